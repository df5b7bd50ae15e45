package org.tarjoman.api.problem;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;

import org.junit.jupiter.api.Test;
import org.tarjoman.api.testing.RawHttp;
import org.tarjoman.api.testing.SegmentationClient;
import org.tarjoman.api.testing.TarjomanClient;

@QuarkusTest
class ProblemResponsesTest {

    private static final TarjomanClient NEWSROOM = new TarjomanClient();
    private static final SegmentationClient SEGMENTATION = NEWSROOM.segmentation();
    private static final String JSON = "application/json";

    @Test
    void shouldRefuseAnEmptyArticle() {
        problem(SEGMENTATION.segment(Map.of("text", "   \n\t ")).then(),
                400, "empty-article")
                .body("detail", equalTo("The article is empty: it has no text to segment."));
    }

    @Test
    void shouldRefuseAMissingText() {
        problem(SEGMENTATION.segment(Map.of("format", "text")).then(),
                400, "validation")
                .body("errors[0].field", equalTo("text"))
                .body("detail", equalTo("text is required"));
    }

    @Test
    void shouldRefuseAnUnknownFormat() {
        problem(SEGMENTATION.segment(Map.of("text", "سلام.", "format", "pdf")).then(),
                400, "unsupported-format")
                .body("detail", equalTo("Format 'pdf' is not supported; use 'text' or 'html'."));
    }

    @Test
    void shouldRefuseASourceLanguageOtherThanPersian() {
        problem(SEGMENTATION.segment(Map.of("text", "Привет.", "language", "ru")).then(),
                400, "unsupported-language")
                .body("detail", containsString("'ru' is not supported"));
    }

    @Test
    void shouldAcceptPersianWithARegion() {
        SEGMENTATION.segment(Map.of("text", "سلام.", "language", "fa-IR")).then().statusCode(200);
    }

    @Test
    void shouldRefuseInvalidUtf8() {
        byte[] body = {(byte) 0xD8, (byte) 0xB3, (byte) 0xC3, (byte) 0x28, '.'};
        problem(SEGMENTATION.segment("text/plain; charset=UTF-8", body).then(),
                400, "invalid-encoding")
                .body("detail", equalTo("The body is not valid UTF-8 (first bad byte at offset 2)."));
    }

    @Test
    void shouldRefuseInvalidUtf8InJson() {
        byte[] body = "{\"text\":\"\u0633\uFFFF\"}".getBytes(StandardCharsets.UTF_8);
        body[body.length - 4] = (byte) 0xC3;
        body[body.length - 3] = (byte) 0x28;
        problem(SEGMENTATION.segment(JSON, body).then(), 400, "invalid-encoding");
    }

    @Test
    void shouldRefuseMalformedJsonWithItsPosition() {
        problem(SEGMENTATION.segment(JSON, "{\"text\": \"سلام\"".getBytes(StandardCharsets.UTF_8)).then(),
                400, "malformed-body")
                .body("detail", allOf(containsString("not valid JSON"), containsString("line 1")));
    }

    @Test
    void shouldRefuseAFieldOfTheWrongType() {
        problem(SEGMENTATION.segment(JSON, "{\"text\": [1, 2]}".getBytes(StandardCharsets.UTF_8)).then(),
                400, "malformed-body")
                .body("detail", containsString("Field 'text' has the wrong type"));
    }

    @Test
    void shouldRefuseABodyOverTheLimit() {
        byte[] body = new byte[2 * 1024 * 1024 + 1];
        java.util.Arrays.fill(body, (byte) 'a');
        problem(SEGMENTATION.segment("text/plain; charset=UTF-8", body).then(),
                413, "payload-too-large")
                .body("detail", equalTo("The body has 2097153 bytes; the limit is 2097152 bytes (2 MB)."));
    }

    @Test
    void shouldRefuseAnUnsupportedMediaType() {
        problem(SEGMENTATION.segment("application/pdf", new byte[] {1, 2, 3}).then(),
                415, "unsupported-media-type");
    }

    @Test
    void shouldAnswerUnknownApiPathsWithAProblem() {
        problem(NEWSROOM.request().accept(ContentType.JSON).get("/api/v1/nothing-here").then(), 404, "not-found")
                .body("detail", equalTo("No resource at /api/v1/nothing-here."));
    }

    @Test
    void shouldAnswerAWrongMethodWithAProblem() {
        problem(NEWSROOM.get("/api/v1/segmentation").then(), 405, "method-not-allowed");
    }

    @Test
    void shouldNameAQueryParameterThatIsNoNumber() {
        problem(NEWSROOM.memory("fa-en").getMatches(Map.of("q", "سلام", "limit", "abc")).then(), 400, "validation")
                .body("errors[0].field", equalTo("limit"))
                .body("detail", equalTo("Query parameter 'limit' must be a whole number from -2147483648 to 2147483647."));
        problem(NEWSROOM.jobs().list(Map.of("page", "99999999999")).then(), 400, "validation")
                .body("errors[0].field", equalTo("page"));
    }

    @Test
    void shouldNameAQueryParameterOutOfRangeByItsOwnName() {
        problem(NEWSROOM.jobs().list(Map.of("size", 0)).then(), 400, "validation")
                .body("errors[0].field", equalTo("size"))
                .body("detail", equalTo("size must be between 1 and 200"));
    }

    @Test
    void shouldAnswerAnIdThatIsNoNumberWith404NamingIt() {
        problem(NEWSROOM.get("/api/v1/jobs/abc").then(), 404, "not-found")
                .body("detail", containsString("path parameter 'id' must be a whole number"));
    }

    @Test
    void shouldRefuseAContentTypeThatCannotBeParsed() throws Exception {
        RawHttp.Answer answer = NEWSROOM.raw("POST", "/api/v1/segmentation", List.of(Map.entry("Content-Type", ";;;=")),
                "سلام.".getBytes(StandardCharsets.UTF_8));

        assertThat(answer.status()).isEqualTo(415);
        assertThat(answer.header("Content-Type")).startsWith("application/problem+json");
        assertThat(answer.bodyText()).contains("Content-Type ';;;=' cannot be parsed as a media type.");
    }

    @Test
    void shouldRefuseAMultipartBodyThatCannotBeParsed() throws Exception {
        RawHttp.Answer neverCloses = NEWSROOM.raw("POST", "/api/v1/memories/fa-en/import",
                List.of(Map.entry("Content-Type", "multipart/form-data; boundary=zz")),
                "--zz\r\nContent-Disposition: form-data; name=\"file\"; filename=\"a.tmx\"\r\n\r\n<tmx".getBytes(StandardCharsets.UTF_8));
        RawHttp.Answer noBoundary = NEWSROOM.raw("POST", "/api/v1/jobs",
                List.of(Map.entry("Content-Type", "multipart/form-data; boundary=")), new byte[] {'x'});

        for (RawHttp.Answer answer : List.of(neverCloses, noBoundary)) {
            assertThat(answer.status()).isEqualTo(400);
            assertThat(answer.header("Content-Type")).startsWith("application/problem+json");
            assertThat(answer.bodyText()).contains("/problems.html#malformed-body");
        }
    }

    private static ValidatableResponse problem(ValidatableResponse response, int status, String slug) {
        return response.statusCode(status)
                .contentType("application/problem+json")
                .body("type", equalTo("/problems.html#" + slug))
                .body("status", equalTo(status))
                .body("title", not(equalTo(null)))
                .body("instance", not(equalTo(null)))
                .body("detail", not(containsString("Exception")))
                .body("detail", not(containsString("org.tarjoman")))
                .body("detail", not(containsString("\tat ")));
    }
}
