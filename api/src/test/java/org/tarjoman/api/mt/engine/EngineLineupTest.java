package org.tarjoman.api.mt.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.http.HttpClient;
import java.time.Duration;
import java.util.Map;

import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.runtime.configuration.DurationConverter;
import io.smallrye.config.EnvConfigSource;
import io.smallrye.config.PropertiesConfigSource;
import io.smallrye.config.SmallRyeConfig;
import io.smallrye.config.SmallRyeConfigBuilder;

import org.junit.jupiter.api.Test;
import org.tarjoman.api.config.TarjomanConfig;

/** The engines built from the configuration, and the start-up refusal of one listed but not set up. */
class EngineLineupTest {

    private static EngineLineup lineup(Map<String, String> properties) {
        SmallRyeConfig config = new SmallRyeConfigBuilder()
                .withSources(new PropertiesConfigSource(properties, "test", 500))
                .withConverter(Duration.class, 100, new DurationConverter())
                .withMapping(TarjomanConfig.Mt.class, "tarjoman.mt")
                .build();
        return EngineLineup.of(config.getConfigMapping(TarjomanConfig.Mt.class, "tarjoman.mt"), HttpClient.newHttpClient(), new ObjectMapper());
    }

    @Test
    void shouldHaveNoEngineWhenNoneIsListed() {
        EngineLineup lineup = lineup(Map.of());

        assertThat(lineup.forLanguage("en")).isEmpty();
        assertThat(lineup.engines()).isEmpty();
    }

    @Test
    void shouldListTheEnginesOfEachLanguageInOrder() {
        EngineLineup lineup = lineup(Map.of(
                "tarjoman.mt.engines.en", "openai,deepl",
                "tarjoman.mt.engines.ru", "deepl",
                "tarjoman.mt.openai.base-url", "http://localhost:11434/v1",
                "tarjoman.mt.openai.model", "qwen2.5:14b",
                "tarjoman.mt.deepl.api-key", "key:fx"));

        assertThat(lineup.forLanguage("en")).extracting(Engine::name).containsExactly("openai", "deepl");
        assertThat(lineup.forLanguage("ru")).extracting(Engine::name).containsExactly("deepl");
        assertThat(lineup.forLanguage("en").get(1)).isSameAs(lineup.forLanguage("ru").get(0));
        assertThat(lineup.forLanguage("en").get(0).model()).isEqualTo("qwen2.5:14b");
    }

    @Test
    void shouldReadTheEnvironmentVariablesTheIssueNames() {
        SmallRyeConfig config = new SmallRyeConfigBuilder()
                .withSources(new EnvConfigSource(Map.of(
                        "TARJOMAN_MT_ENGINES_EN", "openai,deepl",
                        "TARJOMAN_MT_ENGINES_RU", "libretranslate",
                        "TARJOMAN_MT_OPENAI_BASE_URL", "http://vllm:8000/v1",
                        "TARJOMAN_MT_OPENAI_MODEL", "Qwen/Qwen2.5-14B-Instruct",
                        "TARJOMAN_MT_OPENAI_MAX_CONCURRENCY", "3",
                        "TARJOMAN_MT_DEEPL_API_KEY", "key",
                        "TARJOMAN_MT_LIBRETRANSLATE_URL", "http://libretranslate:5000"), 300))
                .withConverter(Duration.class, 100, new DurationConverter())
                .withMapping(TarjomanConfig.Mt.class, "tarjoman.mt")
                .build();

        EngineLineup lineup = EngineLineup.of(config.getConfigMapping(TarjomanConfig.Mt.class, "tarjoman.mt"),
                HttpClient.newHttpClient(), new ObjectMapper());

        assertThat(lineup.forLanguage("en")).extracting(Engine::name).containsExactly("openai", "deepl");
        assertThat(lineup.forLanguage("en").get(0).concurrency()).isEqualTo(3);
        assertThat(lineup.forLanguage("ru")).extracting(Engine::name).containsExactly("libretranslate");
    }

    @Test
    void shouldNotCheckThatAListedEngineIsReachable() {
        EngineLineup lineup = lineup(Map.of("tarjoman.mt.engines.en", "libretranslate",
                "tarjoman.mt.libretranslate.url", "http://libretranslate.invalid:5000"));

        assertThat(lineup.forLanguage("en")).hasSize(1);
    }

    @Test
    void shouldRefuseAnUnknownEngineNamingTheProperty() {
        assertThatThrownBy(() -> lineup(Map.of("tarjoman.mt.engines.en", "openai,bing")))
                .isInstanceOf(MisconfiguredEngine.class)
                .hasMessageStartingWith("tarjoman.mt.openai.base-url is required");
        assertThatThrownBy(() -> lineup(Map.of("tarjoman.mt.engines.ru", "bing")))
                .isInstanceOf(MisconfiguredEngine.class)
                .hasMessage("tarjoman.mt.engines.ru lists the unknown engine 'bing' (known: openai, deepl, google, libretranslate)");
    }

    @Test
    void shouldRefuseAListedEngineWithoutItsKeyNamingTheProperty() {
        assertThatThrownBy(() -> lineup(Map.of("tarjoman.mt.engines.en", "deepl")))
                .isInstanceOf(MisconfiguredEngine.class)
                .hasMessage("tarjoman.mt.deepl.api-key is required when the engine 'deepl' is listed in tarjoman.mt.engines");
        assertThatThrownBy(() -> lineup(Map.of("tarjoman.mt.engines.en", "google")))
                .hasMessageStartingWith("tarjoman.mt.google.api-key is required");
        assertThatThrownBy(() -> lineup(Map.of("tarjoman.mt.engines.en", "libretranslate")))
                .hasMessageStartingWith("tarjoman.mt.libretranslate.url is required");
        assertThatThrownBy(() -> lineup(Map.of("tarjoman.mt.engines.en", "openai", "tarjoman.mt.openai.base-url", "http://localhost:8000/v1")))
                .hasMessageStartingWith("tarjoman.mt.openai.model is required");
    }

    @Test
    void shouldRefuseABadUrlNamingTheProperty() {
        assertThatThrownBy(() -> lineup(Map.of("tarjoman.mt.engines.en", "openai",
                "tarjoman.mt.openai.base-url", "localhost:11434/v1", "tarjoman.mt.openai.model", "m")))
                .isInstanceOf(MisconfiguredEngine.class)
                .hasMessage("tarjoman.mt.openai.base-url must be an http or https URL, not 'localhost:11434/v1'");
        assertThatThrownBy(() -> lineup(Map.of("tarjoman.mt.engines.en", "deepl",
                "tarjoman.mt.deepl.api-key", "k", "tarjoman.mt.deepl.url", "http://bad host")))
                .hasMessage("tarjoman.mt.deepl.url is not a URL: 'http://bad host'");
    }

    @Test
    void shouldNeverPutAKeyInAMessage() {
        assertThatThrownBy(() -> lineup(Map.of("tarjoman.mt.engines.en", "deepl,google", "tarjoman.mt.deepl.api-key", "secret-deepl-key")))
                .message().doesNotContain("secret-deepl-key");
    }
}
