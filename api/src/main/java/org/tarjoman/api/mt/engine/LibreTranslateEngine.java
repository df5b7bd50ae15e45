package org.tarjoman.api.mt.engine;

import java.net.URI;
import java.net.http.HttpRequest;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import com.fasterxml.jackson.databind.JsonNode;

import org.tarjoman.api.mt.MtOutcome;
import org.tarjoman.api.mt.MtRequest;

/**
 * LibreTranslate, the self-hosted open-source engine ({@code POST /translate}, JSON, an optional
 * {@code api_key} in the body): a list {@code q} answers a list {@code translatedText}; inline codes as
 * tags with {@code format=html}.
 */
public final class LibreTranslateEngine extends BatchEngine {

    public static final String NAME = "libretranslate";
    private static final int BATCH = 25;

    private final URI translate;
    private final Optional<String> apiKey;

    public LibreTranslateEngine(URI url, Optional<String> apiKey, EngineHttp http) {
        super(NAME, NAME, BATCH, http);
        this.translate = URI.create(url.toString().replaceAll("/+$", "") + "/translate");
        this.apiKey = apiKey;
    }

    @Override
    public List<MtOutcome> translate(List<MtRequest> batch) throws EngineFailure {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("q", batch.stream().map(MtRequest::source).toList());
        body.put("source", batch.get(0).sourceLanguage());
        body.put("target", batch.get(0).targetLanguage());
        body.put("format", "html");
        apiKey.ifPresent(key -> body.put("api_key", key));
        JsonNode translated = http.post(HttpRequest.newBuilder(translate), body).path("translatedText");
        if (!translated.isArray() || translated.size() != batch.size()) {
            throw new EngineFailure("the answer has " + (translated.isArray() ? translated.size() : "no")
                    + " translatedText for " + batch.size() + " texts");
        }
        List<MtOutcome> outcomes = new ArrayList<>(batch.size());
        for (int i = 0; i < batch.size(); i++) {
            JsonNode text = translated.get(i);
            outcomes.add(text.isTextual() ? MarkupAnswer.read(batch.get(i).source(), text.asText(), this)
                    : new MtOutcome.Failed(NAME, "translatedText[" + i + "] is not text"));
        }
        return outcomes;
    }
}
