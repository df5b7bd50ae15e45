package org.tarjoman.api.testing.mt;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * DeepL API v2 ({@code POST /v2/translate}, JSON): each text answered as {@code EN(text)}, its XML tags
 * kept, with {@code detected_source_language}. Error bodies as DeepL's: {@code {"message":…}}; 456 is
 * DeepL's "quota exceeded".
 */
public class FakeDeepl extends FakeEngineServer {

    public FakeDeepl() {
        super("/v2/translate");
    }

    @Override
    protected Reply answer(Received request) {
        JsonNode json = request.json();
        String target = json.path("target_lang").asText();
        ObjectNode body = object();
        ArrayNode translations = body.putArray("translations");
        json.path("text").forEach(text -> translations.addObject()
                .put("detected_source_language", "FA").put("text", target.substring(0, 2) + "(" + text.asText() + ")"));
        return Reply.json(200, body);
    }

    public static Reply error(int status, String message) {
        return Reply.json(status, object().put("message", message));
    }
}
