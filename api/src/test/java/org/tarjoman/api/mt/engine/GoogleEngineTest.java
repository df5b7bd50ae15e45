package org.tarjoman.api.mt.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.http.HttpClient;
import java.time.Duration;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.tarjoman.api.mt.MtOutcome;
import org.tarjoman.api.mt.MtRequest;
import org.tarjoman.api.testing.mt.FakeEngineServer.Reply;
import org.tarjoman.api.testing.mt.FakeGoogleTranslate;

/** The Google engine against a local server speaking Cloud Translation v2 basic. */
class GoogleEngineTest {

    private static final FakeGoogleTranslate SERVER = new FakeGoogleTranslate();
    private static final String KEY = "AIzaSyTest-0123456789";

    private final GoogleEngine engine = new GoogleEngine(KEY, SERVER.url(),
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
    void shouldSendTheTextsAsABatchedQInHtmlWithTheKeyParameter() throws Exception {
        engine.translate(List.of(MtRequest.of("fa", "en", "<g id=\"1\">ایرنا</g>"), MtRequest.of("fa", "en", "مسکو")));

        var sent = SERVER.lastRequest();
        assertThat(sent.path()).isEqualTo("/language/translate/v2");
        assertThat(sent.query()).isEqualTo("key=" + KEY);
        JsonNode body = sent.json();
        assertThat(body.path("q")).hasSize(2);
        assertThat(body.path("source").asText()).isEqualTo("fa");
        assertThat(body.path("target").asText()).isEqualTo("en");
        assertThat(body.path("format").asText()).isEqualTo("html");
    }

    @Test
    void shouldReadHtmlEntitiesAndKeepTheTags() throws Exception {
        List<MtOutcome> outcomes = engine.translate(List.of(MtRequest.of("fa", "en", "<g id=\"1\">Tehran's</g> &amp; Moscow")));

        assertThat(outcomes).containsExactly(new MtOutcome.Translated("EN(<g id=\"1\">Tehran's</g> &amp; Moscow)", "google", "nmt"));
    }

    @Test
    void shouldTakeAPlaceholderWrittenAsAnEmptyHtmlElement() throws Exception {
        SERVER.enqueue(Reply.json(200, "{\"data\":{\"translations\":[{\"translatedText\":\"<x id=\\\"1\\\"></x>Moscow\"}]}}"));

        List<MtOutcome> outcomes = engine.translate(List.of(MtRequest.of("fa", "en", "<x id=\"1\"/>مسکو")));

        assertThat(outcomes).containsExactly(new MtOutcome.Translated("<x id=\"1\"/>Moscow", "google", "nmt"));
    }

    @Test
    void shouldFailWithGooglesMessageOnABadKey() {
        SERVER.enqueue(FakeGoogleTranslate.error(400, "API key not valid. Please pass a valid API key.", "badRequest", "INVALID_ARGUMENT"));

        assertThatThrownBy(() -> engine.translate(List.of(MtRequest.of("fa", "en", "مسکو"))))
                .hasMessage("HTTP 400: API key not valid. Please pass a valid API key.")
                .message().doesNotContain(KEY);
    }

    @Test
    void shouldFailOnRateLimitWithoutRetryAfter() {
        SERVER.enqueue(FakeGoogleTranslate.error(429, "User Rate Limit Exceeded", "userRateLimitExceeded", "RESOURCE_EXHAUSTED"));

        assertThatThrownBy(() -> engine.translate(List.of(MtRequest.of("fa", "en", "مسکو"))))
                .hasMessage("rate limited (HTTP 429): User Rate Limit Exceeded");
    }

    @Test
    void shouldFailOnGarbage() {
        SERVER.enqueue(Reply.json(200, "\u0000\u0001garbage"));

        assertThatThrownBy(() -> engine.translate(List.of(MtRequest.of("fa", "en", "مسکو"))))
                .hasMessage("answered something that is not JSON (or JSON cut short)");
    }
}
