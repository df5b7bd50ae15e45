package org.tarjoman.api.problem;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.lessThan;
import static org.hamcrest.Matchers.startsWith;
import static org.tarjoman.api.testing.Identity.translator;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import io.restassured.response.ValidatableResponse;

import org.junit.jupiter.api.Test;
import org.tarjoman.api.testing.MemoryClient;
import org.tarjoman.api.testing.StreamedBody;
import org.tarjoman.api.testing.TarjomanClient;
import org.tarjoman.api.testing.TaskClient;

/**
 * No body can crash, stall or exhaust the application: in every format a document nested too deep or
 * with too many codes answers 400 {@code limit-exceeded}, a body over its endpoint's limit 413
 * {@code payload-too-large}, whatever its declared length (chunked bodies have none), both at once,
 * and nothing changes.
 */
@QuarkusTest
class InputLimitsTest {

    private static final TarjomanClient NEWSROOM = new TarjomanClient();
    private static final TarjomanClient TRANSLATOR = NEWSROOM.as(translator("translator-limits"));
    private static final String ARTICLE = "تهران و مسکو موافقت‌نامه همکاری را امضا کردند. مذاکرات ادامه دارد.";
    private static final int HOSTILE = 100_000;
    /** Generous for a loaded machine and a first request; what it catches is a stall (up to 192 s before the limits). */
    private static final long AT_ONCE_MS = 30_000;
    private static final long MB = 1024 * 1024;

    // Deep nesting and inline codes, per format

    @Test
    void shouldRefuseAnHtmlArticleNestedThirtyThousandDivsDeep() {
        String html = "<h1>سفر پزشکیان</h1>\n" + nested("<div>", "</div>", 30_000, ARTICLE);

        limitExceeded(NEWSROOM.segmentation().segment("text/html; charset=UTF-8", utf8(html)), "nesting-depth")
                .body("line", equalTo(2))
                .body("detail", equalTo("The document is refused, line 2: more than 100 elements open at once "
                        + "(limit nesting-depth); nothing was changed."));
    }

    @Test
    void shouldRefuseAJobWhoseHtmlHasMoreInlineCodesThanOkapiHolds() {
        long before = jobs();
        String html = "<p>" + "<b>خبر</b> ".repeat(3_064) + ARTICLE + "</p>"; // 6,128 codes answered 500

        limitExceeded(NEWSROOM.submit(html).format("html").titled("codes").to("en").post(), "inline-codes")
                .body("max", equalTo(1000));
        limitExceeded(NEWSROOM.jobs().upload("codes.html", utf8(html), "text/html", Map.of("targetLanguages", "en")),
                "inline-codes");
        assertThat(jobs()).isEqualTo(before);
    }

    @Test
    void shouldRefuseAJobOfMoreSegmentsThanOneTransactionTakes() {
        long before = jobs();
        String article = (ARTICLE + " ").repeat(5_001); // two sentences each: 10,002 segments

        limitExceeded(NEWSROOM.submit(article).titled("segments").to("en", "ru").post(), "segments")
                .body("detail", equalTo("The document is refused, more than 10,000 segments in one article "
                        + "(limit segments); nothing was changed."));
        assertThat(jobs()).isEqualTo(before);
    }

    @Test
    void shouldRefuseXliff12WithDeeplyNestedGroupsAndChangeNothing() {
        TaskClient task = task();
        List<Long> versions = versions(task);
        String xliff = task.xliff("1.2").replace("<body>", "<body>" + "<group>".repeat(HOSTILE))
                .replace("</body>", "</group>".repeat(HOSTILE) + "</body>");

        limitExceeded(task.importXliff(xliff), "nesting-depth");
        assertThat(versions(task)).isEqualTo(versions);
    }

    @Test
    void shouldRefuseXliff2WithDeeplyNestedCodesAndChangeNothing() {
        TaskClient task = task();
        List<Long> versions = versions(task);
        String xliff = task.xliff("2.1");
        int source = xliff.indexOf("<source>") + "<source>".length();
        int end = xliff.indexOf("</source>", source);
        String deep = xliff.substring(0, source) + nested("<pc id=\"1\">", "</pc>", HOSTILE, xliff.substring(source, end))
                + xliff.substring(end);

        limitExceeded(task.importXliff(deep), "nesting-depth");
        assertThat(versions(task)).isEqualTo(versions);
    }

    @Test
    void shouldRefuseTmxWithDeeplyNestedHighlightsAndImportNothing() {
        MemoryClient memory = NEWSROOM.memory("fa-ru");
        long before = NEWSROOM.memories().units("fa-ru");
        String tmx = "<tmx version=\"1.4\"><header srclang=\"fa\" segtype=\"sentence\" o-tmf=\"t\" adminlang=\"en\" "
                + "datatype=\"plaintext\" creationtool=\"t\" creationtoolversion=\"1\"/><body>\n"
                + "<tu><tuv xml:lang=\"fa\"><seg>سلام</seg></tuv><tuv xml:lang=\"ru\"><seg>привет</seg></tuv></tu>\n"
                + "<tu><tuv xml:lang=\"fa\"><seg>" + nested("<hi>", "</hi>", 20_000, "تهران") + "</seg></tuv>"
                + "<tuv xml:lang=\"ru\"><seg>Тегеран</seg></tuv></tu>\n</body></tmx>";

        limitExceeded(memory.importTmx(tmx), "nesting-depth").body("line", equalTo(3));
        assertThat(NEWSROOM.memories().units("fa-ru")).isEqualTo(before);
    }

    @Test
    void shouldFailAQueuedTmxImportNestedTooDeepAndImportNothing() {
        long before = NEWSROOM.memories().units("fa-ru");
        String tmx = "<tmx version=\"1.4\"><header srclang=\"fa\" segtype=\"sentence\" o-tmf=\"t\" adminlang=\"en\" "
                + "datatype=\"plaintext\" creationtool=\"t\" creationtoolversion=\"1\"/><body>\n"
                + "<tu><tuv xml:lang=\"fa\"><seg>سلام</seg></tuv><tuv xml:lang=\"ru\"><seg>привет</seg></tuv></tu>\n"
                + "<tu><tuv xml:lang=\"fa\"><seg>" + nested("<hi>", "</hi>", HOSTILE, "تهران") + "</seg></tuv>"
                + "<tuv xml:lang=\"ru\"><seg>Тегеран</seg></tuv></tu>\n</body></tmx>"; // over the test's 200 KB: queued

        String location = NEWSROOM.memory("fa-ru").importTmx(tmx).then().statusCode(202).extract().header("Location");

        assertThat(NEWSROOM.memories().awaitImport(location).getList("messages", String.class))
                .containsExactly("line 3: more than 100 elements open at once (limit nesting-depth)");
        assertThat(NEWSROOM.memories().units("fa-ru")).isEqualTo(before);
    }

    @Test
    void shouldRefuseJsonNestedDeeperThanTheParserAllows() {
        String json = "{\"title\":\"deep\",\"targetLanguages\":[\"en\"],\"content\":\"" + ARTICLE + "\",\"x\":"
                + nested("[", "]", HOSTILE, "1") + "}";

        limitExceeded(NEWSROOM.jobs().create(utf8(json)), "json-nesting-depth")
                .body("detail", equalTo("The JSON body is nested deeper than 1000 levels."));
    }

    // Bodies over their endpoint's limit, counted as read

    @Test
    void shouldRefuseAChunkedArticleOverTheLimitAndCreateNoJob() {
        long before = jobs();
        StreamedBody json = StreamedBody.of("{\"title\":\"chunked\",\"targetLanguages\":[\"en\"],\"content\":\"",
                ARTICLE + " ", 3_600_000, "\"}"); // 3.6 MB was accepted when only Content-Length was checked

        tooLarge(NEWSROOM.jobs().create(json), "tarjoman.segmentation.max-body-size")
                .body("detail", equalTo("The body has more than 2097152 bytes; the limit is 2097152 bytes (2 MB)."));
        assertThat(jobs()).isEqualTo(before);
    }

    @Test
    void shouldRefuseAChunkedPlainTextArticleOverTheLimit() {
        tooLarge(NEWSROOM.segmentation().segment("text/plain", StreamedBody.of("", ARTICLE + "\n", 3 * MB, "")),
                "tarjoman.segmentation.max-body-size").body("detail", startsWith("The body has more than 2097152 bytes"));
    }

    @Test
    void shouldRefuseAChunkedXliffOverTheLimitAndChangeNothing() {
        TaskClient task = task();
        List<Long> versions = versions(task);
        String xliff = task.xliff("1.2");
        int body = xliff.indexOf("<body>") + "<body>".length();
        StreamedBody huge = StreamedBody.of(xliff.substring(0, body), "<!-- padding -->\n", 33 * MB, xliff.substring(body));

        tooLarge(task.importXliff(huge), "tarjoman.xliff.max-body-size").body("maxBytes", equalTo((int) (32 * MB)))
                .body("detail", startsWith("The body has more than 33554432 bytes"));
        assertThat(versions(task)).isEqualTo(versions);
    }

    @Test
    void shouldRefuseAChunkedTmxOverTheLimitAndImportNothing() {
        long before = NEWSROOM.memories().units("fa-ru");
        String unit = "<tu><tuv xml:lang=\"fa\"><seg>" + ARTICLE + "</seg></tuv><tuv xml:lang=\"ru\"><seg>Тегеран и Москва "
                + "подписали соглашение.</seg></tuv></tu>\n";
        StreamedBody huge = StreamedBody.of("<tmx version=\"1.4\"><header srclang=\"fa\" segtype=\"sentence\" o-tmf=\"t\" "
                + "adminlang=\"en\" datatype=\"plaintext\" creationtool=\"t\" creationtoolversion=\"1\"/><body>\n", unit,
                9 * MB, "</body></tmx>"); // the test profile's limit is 8 MB

        tooLarge(NEWSROOM.memory("fa-ru").importTmx(huge), "tarjoman.memory.max-import-size")
                .body("detail", startsWith("The body has more than 8388608 bytes"));
        assertThat(NEWSROOM.memories().units("fa-ru")).isEqualTo(before);
    }

    @Test
    void shouldRefuseAChunkedSegmentSaveOverTheRequestLimit() {
        TaskClient task = TRANSLATOR.task(job(), "en");
        long segment = task.segments().getLong("segments[0].id");
        StreamedBody json = StreamedBody.of("{\"status\":\"DRAFT\",\"version\":0,\"target\":\"", "Tehran ", 2 * MB, "\"}");

        tooLarge(task.save(segment, json), "tarjoman.requests.max-body-size")
                .body("detail", startsWith("The body has more than 1048576 bytes"));
        assertThat(task.segment(segment).target()).isNull();
    }

    @Test
    void shouldRefuseADeclaredLengthOverTheLimitBeforeReadingTheBody() {
        byte[] body = new byte[(int) (2 * MB) + 1];
        java.util.Arrays.fill(body, (byte) 'a');

        tooLarge(NEWSROOM.segmentation().segment("text/plain; charset=UTF-8", body), "tarjoman.segmentation.max-body-size")
                .body("detail", equalTo("The body has 2097153 bytes; the limit is 2097152 bytes (2 MB)."));
    }

    private static ValidatableResponse limitExceeded(Response response, String limit) {
        return problem(response, 400, "limit-exceeded").body("limit", equalTo(limit));
    }

    private static ValidatableResponse tooLarge(Response response, String property) {
        return problem(response, 413, "payload-too-large").body("limit", equalTo(property));
    }

    private static ValidatableResponse problem(Response response, int status, String slug) {
        return response.then().time(lessThan(AT_ONCE_MS)).statusCode(status).contentType(Problem.MEDIA_TYPE)
                .body("type", equalTo("/problems.html#" + slug))
                .body("detail", org.hamcrest.Matchers.not(containsString("Exception")));
    }

    private static long job() {
        return NEWSROOM.submit(ARTICLE).titled("limits").to("en").create();
    }

    private static TaskClient task() {
        return TRANSLATOR.task(job(), "en");
    }

    private static List<Long> versions(TaskClient task) {
        return task.segments().getList("segments.version", Long.class);
    }

    private static long jobs() {
        return NEWSROOM.jobs().list(Map.of("size", 1)).then().statusCode(200).extract().jsonPath().getLong("total");
    }

    private static String nested(String open, String close, int depth, String inside) {
        return open.repeat(depth) + inside + close.repeat(depth);
    }

    private static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
