package org.tarjoman.api.mt.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.net.http.HttpClient;
import java.time.Duration;
import java.util.List;
import java.util.stream.IntStream;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.tarjoman.api.mt.MtOutcome;
import org.tarjoman.api.mt.MtRequest;
import org.tarjoman.api.testing.mt.FakeDeepl;
import org.tarjoman.api.testing.mt.FakeEngineServer.Reply;

/** The DeepL engine against a local server speaking DeepL API v2. */
class DeeplEngineTest {

    private static final FakeDeepl SERVER = new FakeDeepl();
    private static final String KEY = "0f1e2d3c-4b5a-6978-8796-a5b4c3d2e1f0:fx";
    private static final String SENTENCE = "<g id=\"1\">جلالی:</g> سفر پزشکیان به مسکو، تاریخی خواهد بود<x id=\"2\"/>";

    private final DeeplEngine engine = new DeeplEngine(KEY, SERVER.url(),
            new EngineHttp(HttpClient.newHttpClient(), new ObjectMapper(), Duration.ofSeconds(5), Duration.ofSeconds(2), List.of(KEY)));

    @AfterAll
    static void stop() {
        SERVER.close();
    }

    @BeforeEach
    void reset() {
        SERVER.reset();
    }

    @Test
    void shouldSendTheTextsAsXmlWithTheKeyInTheAuthorizationHeader() throws Exception {
        engine.translate(List.of(MtRequest.of("fa", "en", SENTENCE), MtRequest.of("fa", "en", "کاظم جلالی")));

        var sent = SERVER.lastRequest();
        assertThat(sent.path()).isEqualTo("/v2/translate");
        assertThat(sent.header("Authorization")).isEqualTo("DeepL-Auth-Key " + KEY);
        JsonNode body = sent.json();
        assertThat(body.path("text")).hasSize(2);
        assertThat(body.path("text").path(0).asText()).isEqualTo(SENTENCE);
        assertThat(body.path("source_lang").asText()).isEqualTo("FA");
        assertThat(body.path("target_lang").asText()).isEqualTo("EN-GB");
        assertThat(body.path("tag_handling").asText()).isEqualTo("xml");
        assertThat(sent.query()).isNull();
    }

    @Test
    void shouldAnswerEachTextWithItsTagsKept() throws Exception {
        List<MtOutcome> outcomes = engine.translate(List.of(MtRequest.of("fa", "ru", SENTENCE)));

        assertThat(outcomes).containsExactly(new MtOutcome.Translated("RU(" + SENTENCE + ")", "deepl", "deepl"));
    }

    @Test
    void shouldTakeFiftyTextsAtMost() {
        assertThat(engine.batchSize()).isEqualTo(50);
    }

    @Test
    void shouldRejectOnlyTheTextWhoseTagDeepLDropped() throws Exception {
        SERVER.enqueue(Reply.json(200, "{\"translations\":[{\"detected_source_language\":\"FA\",\"text\":\"Jalali: the trip\"},"
                + "{\"detected_source_language\":\"FA\",\"text\":\"Kazem Jalali\"}]}"));

        List<MtOutcome> outcomes = engine.translate(List.of(MtRequest.of("fa", "en", SENTENCE), MtRequest.of("fa", "en", "کاظم جلالی")));

        assertThat(outcomes).containsExactly(
                new MtOutcome.Failed("deepl", "the answer drops the inline code <g id=\"1\">"),
                new MtOutcome.Translated("Kazem Jalali", "deepl", "deepl"));
    }

    @Test
    void shouldPickTheFreeHostForAFreeKey() {
        assertThat(DeeplEngine.hostFor(KEY)).isEqualTo(URI.create("https://api-free.deepl.com"));
        assertThat(DeeplEngine.hostFor("0f1e2d3c-4b5a-6978-8796-a5b4c3d2e1f0")).isEqualTo(URI.create("https://api.deepl.com"));
    }

    @Test
    void shouldFailWithDeepLsMessageOnAForbiddenKey() {
        SERVER.enqueue(FakeDeepl.error(403, "Wrong endpoint. Use https://api.deepl.com"));

        assertThatThrownBy(() -> engine.translate(List.of(MtRequest.of("fa", "en", SENTENCE))))
                .hasMessage("HTTP 403: Wrong endpoint. Use https://api.deepl.com");
    }

    @Test
    void shouldFailWhenTheQuotaIsExceeded() {
        SERVER.enqueue(FakeDeepl.error(456, "Quota Exceeded"));

        assertThatThrownBy(() -> engine.translate(List.of(MtRequest.of("fa", "en", SENTENCE)))).hasMessage("HTTP 456: Quota Exceeded");
    }

    @Test
    void shouldWaitForRetryAfterOnTooManyRequests() throws Exception {
        SERVER.enqueue(Reply.tooManyRequests("{\"message\":\"Too many requests\"}", 1));

        assertThat(engine.translate(List.of(MtRequest.of("fa", "en", SENTENCE))).get(0)).isInstanceOf(MtOutcome.Translated.class);
        assertThat(SERVER.requests()).hasSize(2);
    }

    @Test
    void shouldFailWhenTheAnswerCountsOtherThanTheTexts() {
        SERVER.enqueue(Reply.json(200, "{\"translations\":[]}"));

        assertThatThrownBy(() -> engine.translate(List.of(MtRequest.of("fa", "en", SENTENCE))))
                .hasMessage("the answer has 0 translations for 1 texts");
    }

    @Test
    void shouldFailOnTruncatedJsonAndOnAnHtmlPage() {
        SERVER.enqueue(Reply.truncated("{\"translations\":[{\"detected_source_language\":\"FA\",\"text\":\"Jalali\"}]}"),
                Reply.html(503, "<html><body><h1>503 Service Unavailable</h1></body></html>"));
        List<MtRequest> one = List.of(MtRequest.of("fa", "en", "کاظم جلالی"));

        assertThatThrownBy(() -> engine.translate(one)).hasMessage("answered something that is not JSON (or JSON cut short)");
        assertThatThrownBy(() -> engine.translate(one)).hasMessage("HTTP 503: an HTML page");
    }

    @Test
    void shouldSendAFullBatchInOneCall() throws Exception {
        List<MtRequest> fifty = IntStream.range(0, 50).mapToObj(i -> MtRequest.of("fa", "en", "جمله " + i)).toList();

        assertThat(engine.translate(fifty)).hasSize(50).allMatch(o -> o instanceof MtOutcome.Translated);
        assertThat(SERVER.requests()).hasSize(1);
        assertThat(SERVER.lastRequest().json().path("text")).hasSize(50);
    }
}
