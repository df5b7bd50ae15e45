package org.tarjoman.api.mt.engine;

import java.net.URI;
import java.net.URISyntaxException;
import java.net.http.HttpClient;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import com.fasterxml.jackson.databind.ObjectMapper;

import org.tarjoman.api.config.TarjomanConfig;

/**
 * The engines of each target language, in the configured order, built once at start. An engine listed
 * but unusable as configured (an unknown name, a missing key or URL, a URL that is not http(s)) is a
 * {@link MisconfiguredEngine} naming the property; one that is configured but unreachable is not checked
 * here: it fails its calls, and the next engine answers.
 */
public final class EngineLineup {

    private static final String PREFIX = "tarjoman.mt.";

    private final Map<String, List<Engine>> byLanguage;

    private EngineLineup(Map<String, List<Engine>> byLanguage) {
        this.byLanguage = byLanguage;
    }

    /** The engines for a target language, first to ask first; empty when none is configured. */
    public List<Engine> forLanguage(String targetLanguage) {
        return byLanguage.getOrDefault(targetLanguage.toLowerCase(Locale.ROOT), List.of());
    }

    /** Every engine built, once each. */
    public List<Engine> engines() {
        return byLanguage.values().stream().flatMap(List::stream).distinct().toList();
    }

    /** @throws MisconfiguredEngine naming the property at fault */
    public static EngineLineup of(TarjomanConfig.Mt config, HttpClient client, ObjectMapper json) {
        Map<String, Engine> built = new LinkedHashMap<>();
        Map<String, List<Engine>> byLanguage = new LinkedHashMap<>();
        for (Map.Entry<String, List<String>> entry : config.engines().entrySet()) {
            String language = entry.getKey().toLowerCase(Locale.ROOT);
            List<Engine> engines = new ArrayList<>();
            for (String listed : entry.getValue()) {
                String name = listed.strip().toLowerCase(Locale.ROOT);
                if (name.isEmpty()) {
                    continue;
                }
                Engine engine = built.get(name);
                if (engine == null) {
                    engine = build(name, PREFIX + "engines." + entry.getKey(), config, client, json);
                    built.put(name, engine);
                }
                if (!engines.contains(engine)) {
                    engines.add(engine);
                }
            }
            if (!engines.isEmpty()) {
                byLanguage.put(language, List.copyOf(engines));
            }
        }
        return new EngineLineup(byLanguage);
    }

    private static Engine build(String name, String listedIn, TarjomanConfig.Mt config, HttpClient client, ObjectMapper json) {
        Duration maxRetryAfter = config.maxRetryAfter();
        return switch (name) {
            case OpenAiEngine.NAME -> {
                TarjomanConfig.Mt.Openai openai = config.openai();
                URI baseUrl = url(required(openai.baseUrl(), "openai.base-url", name), "openai.base-url");
                String model = required(openai.model(), "openai.model", name);
                if (openai.maxConcurrency() < 1) {
                    throw new MisconfiguredEngine(PREFIX + "openai.max-concurrency must be at least 1");
                }
                if (openai.temperature() < 0 || openai.temperature() > 2) {
                    throw new MisconfiguredEngine(PREFIX + "openai.temperature must be between 0 and 2");
                }
                EngineHttp http = new EngineHttp(client, json, openai.timeout(), maxRetryAfter, openai.apiKey().stream().toList());
                yield new OpenAiEngine(baseUrl, model, openai.apiKey().filter(key -> !key.isBlank()),
                        openai.temperature(), openai.maxConcurrency(), http);
            }
            case DeeplEngine.NAME -> {
                String key = required(config.deepl().apiKey(), "deepl.api-key", name);
                URI url = config.deepl().url().isPresent() ? url(config.deepl().url().get(), "deepl.url") : DeeplEngine.hostFor(key);
                yield new DeeplEngine(key, url, new EngineHttp(client, json, config.deepl().timeout(), maxRetryAfter, List.of(key)));
            }
            case GoogleEngine.NAME -> {
                String key = required(config.google().apiKey(), "google.api-key", name);
                URI url = config.google().url().isPresent() ? url(config.google().url().get(), "google.url") : GoogleEngine.DEFAULT_URL;
                yield new GoogleEngine(key, url, new EngineHttp(client, json, config.google().timeout(), maxRetryAfter, List.of(key)));
            }
            case LibreTranslateEngine.NAME -> {
                URI url = url(required(config.libretranslate().url(), "libretranslate.url", name), "libretranslate.url");
                Optional<String> key = config.libretranslate().apiKey().filter(k -> !k.isBlank());
                yield new LibreTranslateEngine(url, key,
                        new EngineHttp(client, json, config.libretranslate().timeout(), maxRetryAfter, key.stream().toList()));
            }
            default -> throw new MisconfiguredEngine(listedIn + " lists the unknown engine '" + name
                    + "' (known: openai, deepl, google, libretranslate)");
        };
    }

    private static String required(Optional<String> value, String property, String engine) {
        return value.filter(v -> !v.isBlank()).orElseThrow(() -> new MisconfiguredEngine(
                PREFIX + property + " is required when the engine '" + engine + "' is listed in tarjoman.mt.engines"));
    }

    private static URI url(String value, String property) {
        try {
            URI uri = new URI(value.strip());
            if (!("http".equalsIgnoreCase(uri.getScheme()) || "https".equalsIgnoreCase(uri.getScheme())) || uri.getHost() == null) {
                throw new MisconfiguredEngine(PREFIX + property + " must be an http or https URL, not '" + value + "'");
            }
            return uri;
        } catch (URISyntaxException e) {
            throw new MisconfiguredEngine(PREFIX + property + " is not a URL: '" + value + "'");
        }
    }
}
