package org.tarjoman.api.mt.engine;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;

import org.tarjoman.api.mt.MtOutcome;
import org.tarjoman.api.mt.MtRequest;

/**
 * Google Cloud Translation v2 basic ({@code POST /language/translate/v2?key=…}, a JSON body with a list
 * {@code q}, up to 128 texts a call): inline codes as tags with {@code format=html}, which Google leaves
 * untranslated. The key travels in the query, as v2 requires, so no reason ever carries the URL.
 */
public final class GoogleEngine extends BatchEngine {

    public static final String NAME = "google";
    static final URI DEFAULT_URL = URI.create("https://translation.googleapis.com");
    private static final int BATCH = 100;

    private final URI translate;

    public GoogleEngine(String apiKey, URI url, EngineHttp http) {
        super(NAME, "nmt", BATCH, http);
        String base = url.toString().replaceAll("/+$", "");
        this.translate = URI.create(base + "/language/translate/v2?key=" + URLEncoder.encode(apiKey, StandardCharsets.UTF_8));
    }

    @Override
    public List<MtOutcome> translate(List<MtRequest> batch) throws EngineFailure {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("q", batch.stream().map(MtRequest::source).toList());
        body.put("source", batch.get(0).sourceLanguage());
        body.put("target", batch.get(0).targetLanguage());
        body.put("format", "html");
        JsonNode translations = http.post(HttpRequest.newBuilder(translate), body).path("data").path("translations");
        if (!translations.isArray() || translations.size() != batch.size()) {
            throw new EngineFailure("the answer has " + (translations.isArray() ? translations.size() : "no")
                    + " data.translations for " + batch.size() + " texts");
        }
        List<MtOutcome> outcomes = new ArrayList<>(batch.size());
        for (int i = 0; i < batch.size(); i++) {
            JsonNode text = translations.get(i).path("translatedText");
            outcomes.add(text.isTextual() ? MarkupAnswer.read(batch.get(i).source(), text.asText(), this)
                    : new MtOutcome.Failed(NAME, "data.translations[" + i + "] has no translatedText"));
        }
        return outcomes;
    }
}
