package org.tarjoman.api.testing.mt;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Google Cloud Translation v2 basic ({@code POST /language/translate/v2?key=…}, JSON, a list {@code q}):
 * each text answered as {@code EN(text)} in {@code data.translations[].translatedText}, apostrophes as
 * {@code &#39;} the way Google's HTML mode writes them. Error bodies as Google's:
 * {@code {"error":{"code":…,"message":…,"errors":[…],"status":…}}}.
 */
public class FakeGoogleTranslate extends FakeEngineServer {

    public FakeGoogleTranslate() {
        super("/language/translate/v2");
    }

    @Override
    protected Reply answer(Received request) {
        JsonNode json = request.json();
        String target = json.path("target").asText().toUpperCase();
        ObjectNode body = object();
        ArrayNode translations = body.putObject("data").putArray("translations");
        json.path("q").forEach(text -> translations.addObject()
                .put("translatedText", target + "(" + text.asText().replace("'", "&#39;") + ")"));
        return Reply.json(200, body);
    }

    public static Reply error(int status, String message, String reason, String grpcStatus) {
        ObjectNode body = object();
        ObjectNode error = body.putObject("error").put("code", status).put("message", message);
        error.putArray("errors").addObject().put("message", message).put("domain", "global").put("reason", reason);
        error.put("status", grpcStatus);
        return Reply.json(status, body);
    }
}
