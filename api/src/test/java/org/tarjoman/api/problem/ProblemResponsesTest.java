package org.tarjoman.api.problem;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;

import java.util.Map;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;

import org.junit.jupiter.api.Test;

@QuarkusTest
class ProblemResponsesTest {

    private static final String SEGMENTATION = "/api/v1/segmentation";

    @Test
    void shouldRefuseAnEmptyArticle() {
        problem(given().contentType(ContentType.JSON).body(Map.of("text", "   \n\t ")).post(SEGMENTATION).then(),
                400, "empty-article")
                .body("detail", equalTo("The article is empty: it has no text to segment."));
    }

    @Test
    void shouldRefuseAMissingText() {
        problem(given().contentType(ContentType.JSON).body(Map.of("format", "text")).post(SEGMENTATION).then(),
                400, "validation")
                .body("errors[0].field", equalTo("text"))
                .body("detail", equalTo("text is required"));
    }

    @Test
    void shouldRefuseAnUnknownFormat() {
        problem(given().contentType(ContentType.JSON).body(Map.of("text", "سلام.", "format", "pdf")).post(SEGMENTATION).then(),
                400, "unsupported-format")
                .body("detail", equalTo("Format 'pdf' is not supported; use 'text' or 'html'."));
    }

    @Test
    void shouldRefuseASourceLanguageOtherThanPersian() {
        problem(given().contentType(ContentType.JSON).body(Map.of("text", "Привет.", "language", "ru")).post(SEGMENTATION).then(),
                400, "unsupported-language")
                .body("detail", containsString("'ru' is not supported"));
    }

    @Test
    void shouldAcceptPersianWithARegion() {
        given().contentType(ContentType.JSON).body(Map.of("text", "سلام.", "language", "fa-IR"))
                .post(SEGMENTATION).then().statusCode(200);
    }

    @Test
    void shouldRefuseInvalidUtf8() {
        byte[] body = {(byte) 0xD8, (byte) 0xB3, (byte) 0xC3, (byte) 0x28, '.'};
        problem(given().contentType("text/plain; charset=UTF-8").body(body).post(SEGMENTATION).then(),
                400, "invalid-encoding")
                .body("detail", equalTo("The body is not valid UTF-8 (first bad byte at offset 2)."));
    }

    @Test
    void shouldRefuseInvalidUtf8InJson() {
        byte[] body = "{\"text\":\"\u0633\uFFFF\"}".getBytes(java.nio.charset.StandardCharsets.UTF_8);
        body[body.length - 4] = (byte) 0xC3;
        body[body.length - 3] = (byte) 0x28;
        problem(given().contentType(ContentType.JSON).body(body).post(SEGMENTATION).then(), 400, "invalid-encoding");
    }

    @Test
    void shouldRefuseMalformedJsonWithItsPosition() {
        problem(given().contentType(ContentType.JSON).body("{\"text\": \"سلام\"").post(SEGMENTATION).then(),
                400, "malformed-body")
                .body("detail", allOf(containsString("not valid JSON"), containsString("line 1")));
    }

    @Test
    void shouldRefuseAFieldOfTheWrongType() {
        problem(given().contentType(ContentType.JSON).body("{\"text\": [1, 2]}").post(SEGMENTATION).then(),
                400, "malformed-body")
                .body("detail", containsString("Field 'text' has the wrong type"));
    }

    @Test
    void shouldRefuseABodyOverTheLimit() {
        byte[] body = new byte[2 * 1024 * 1024 + 1];
        java.util.Arrays.fill(body, (byte) 'a');
        problem(given().contentType("text/plain; charset=UTF-8").body(body).post(SEGMENTATION).then(),
                413, "payload-too-large")
                .body("detail", equalTo("The body has 2097153 bytes; the limit is 2097152 bytes (2 MB)."));
    }

    @Test
    void shouldRefuseAnUnsupportedMediaType() {
        problem(given().contentType("application/pdf").body(new byte[] {1, 2, 3}).post(SEGMENTATION).then(),
                415, "unsupported-media-type");
    }

    @Test
    void shouldAnswerUnknownApiPathsWithAProblem() {
        problem(given().accept(ContentType.JSON).get("/api/v1/nothing-here").then(), 404, "not-found")
                .body("detail", equalTo("No resource at /api/v1/nothing-here."));
    }

    @Test
    void shouldAnswerAWrongMethodWithAProblem() {
        problem(given().get(SEGMENTATION).then(), 405, "method-not-allowed");
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
