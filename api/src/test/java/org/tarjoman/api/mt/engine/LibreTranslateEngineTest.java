package org.tarjoman.api.mt.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.http.HttpClient;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.tarjoman.api.mt.MtOutcome;
import org.tarjoman.api.mt.MtRequest;
import org.tarjoman.api.testing.mt.FakeLibreTranslate;

/** The LibreTranslate engine against a local server speaking its {@code /translate}. */
class LibreTranslateEngineTest {

    private static final FakeLibreTranslate SERVER = new FakeLibreTranslate();

    @AfterAll
    static void stop() {
        SERVER.close();
    }

    @BeforeEach
    void reset() {
        SERVER.reset();
    }

    private static LibreTranslateEngine engine(Optional<String> key) {
        return new LibreTranslateEngine(SERVER.url(), key, new EngineHttp(HttpClient.newHttpClient(), new ObjectMapper(),
                Duration.ofSeconds(5), Duration.ofSeconds(2), key.stream().toList()));
    }

    @Test
    void shouldPostTheTextsWithTheApiKeyInTheBody() throws Exception {
        List<MtOutcome> outcomes = engine(Optional.of("libre-key")).translate(
                List.of(MtRequest.of("fa", "ru", "<x id=\"1\"/>مسکو"), MtRequest.of("fa", "ru", "تهران")));

        var sent = SERVER.lastRequest();
        assertThat(sent.path()).isEqualTo("/translate");
        JsonNode body = sent.json();
        assertThat(body.path("q")).hasSize(2);
        assertThat(body.path("format").asText()).isEqualTo("html");
        assertThat(body.path("api_key").asText()).isEqualTo("libre-key");
        assertThat(outcomes).containsExactly(new MtOutcome.Translated("RU(<x id=\"1\"/>مسکو)", "libretranslate", "libretranslate"),
                new MtOutcome.Translated("RU(تهران)", "libretranslate", "libretranslate"));
    }

    @Test
    void shouldSendNoApiKeyWhenNoneIsSet() throws Exception {
        engine(Optional.empty()).translate(List.of(MtRequest.of("fa", "en", "تهران")));

        assertThat(SERVER.lastRequest().json().has("api_key")).isFalse();
    }

    @Test
    void shouldFailWithLibreTranslatesMessage() {
        SERVER.enqueue(FakeLibreTranslate.error(400, "fa is not supported"));

        assertThatThrownBy(() -> engine(Optional.empty()).translate(List.of(MtRequest.of("fa", "en", "تهران"))))
                .hasMessage("HTTP 400: fa is not supported");
    }

    @Test
    void shouldFailOnAnInvalidKey() {
        SERVER.enqueue(FakeLibreTranslate.error(403, "Invalid API key"));

        assertThatThrownBy(() -> engine(Optional.of("wrong")).translate(List.of(MtRequest.of("fa", "en", "تهران"))))
                .hasMessage("HTTP 403: Invalid API key");
    }
}
