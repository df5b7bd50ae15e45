package org.tarjoman.api.mt.engine;

import java.net.URI;
import java.net.http.HttpRequest;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;

import org.tarjoman.api.mt.MtOutcome;
import org.tarjoman.api.mt.MtRequest;

/**
 * DeepL API v2 ({@code POST /v2/translate} with a JSON body, {@code Authorization: DeepL-Auth-Key}): up to
 * 50 texts a call, inline codes as XML tags ({@code tag_handling=xml}) that DeepL keeps. A key ending in
 * {@code :fx} belongs to DeepL API Free, served from its own host.
 */
public final class DeeplEngine extends BatchEngine {

    public static final String NAME = "deepl";
    static final URI PRO = URI.create("https://api.deepl.com");
    static final URI FREE = URI.create("https://api-free.deepl.com");
    private static final int BATCH = 50;

    private final URI translate;
    private final String apiKey;

    public DeeplEngine(String apiKey, URI url, EngineHttp http) {
        super(NAME, NAME, BATCH, http);
        String base = url.toString().replaceAll("/+$", "");
        this.translate = URI.create(base + "/v2/translate");
        this.apiKey = apiKey;
    }

    /** The host a key belongs to. */
    public static URI hostFor(String apiKey) {
        return apiKey.endsWith(":fx") ? FREE : PRO;
    }

    @Override
    public List<MtOutcome> translate(List<MtRequest> batch) throws EngineFailure {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("text", batch.stream().map(MtRequest::source).toList());
        body.put("source_lang", batch.get(0).sourceLanguage().toUpperCase(Locale.ROOT));
        body.put("target_lang", targetLanguage(batch.get(0).targetLanguage()));
        body.put("tag_handling", "xml");
        body.put("split_sentences", "nonewlines");
        JsonNode answer = http.post(HttpRequest.newBuilder(translate).header("Authorization", "DeepL-Auth-Key " + apiKey), body);
        JsonNode translations = answer.path("translations");
        if (!translations.isArray() || translations.size() != batch.size()) {
            throw new EngineFailure("the answer has " + (translations.isArray() ? translations.size() : "no")
                    + " translations for " + batch.size() + " texts");
        }
        List<MtOutcome> outcomes = new ArrayList<>(batch.size());
        for (int i = 0; i < batch.size(); i++) {
            JsonNode text = translations.get(i).path("text");
            outcomes.add(text.isTextual() ? MarkupAnswer.read(batch.get(i).source(), text.asText(), this)
                    : new MtOutcome.Failed(NAME, "translations[" + i + "] has no text"));
        }
        return outcomes;
    }

    /** DeepL wants a variant for English ({@code EN} alone is deprecated as a target). */
    static String targetLanguage(String language) {
        return "en".equalsIgnoreCase(language) ? "EN-GB" : language.toUpperCase(Locale.ROOT);
    }
}
