package org.tarjoman.api.testing.mt;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * LibreTranslate ({@code POST /translate}, JSON): a list {@code q} answered as a list
 * {@code translatedText}, each {@code EN(text)}. Error bodies as LibreTranslate's: {@code {"error":…}}.
 */
public class FakeLibreTranslate extends FakeEngineServer {

    public FakeLibreTranslate() {
        super("/translate");
    }

    @Override
    protected Reply answer(Received request) {
        JsonNode json = request.json();
        String target = json.path("target").asText().toUpperCase();
        ObjectNode body = object();
        ArrayNode translated = body.putArray("translatedText");
        json.path("q").forEach(text -> translated.add(target + "(" + text.asText() + ")"));
        return Reply.json(200, body);
    }

    public static Reply error(int status, String message) {
        return Reply.json(status, object().put("error", message));
    }
}
