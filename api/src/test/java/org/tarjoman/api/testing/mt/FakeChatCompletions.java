package org.tarjoman.api.testing.mt;

import java.util.function.UnaryOperator;

import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * An OpenAI-compatible chat completions server ({@code POST /v1/chat/completions}): it answers the
 * sentence under the prompt's last heading ("Sentence:") run through {@link #translateWith}, by default
 * {@code EN(…)} around it, placeholders kept. Error bodies as OpenAI's:
 * {@code {"error":{"message":…,"type":…,"param":null,"code":…}}}.
 */
public class FakeChatCompletions extends FakeEngineServer {

    private volatile UnaryOperator<String> translation = sentence -> "EN(" + sentence + ")";

    public FakeChatCompletions() {
        super("/v1/chat/completions");
    }

    /** The base URL as OpenAI's clients take it, up to {@code /v1}. */
    public String baseUrl() {
        return url() + "/v1";
    }

    public void translateWith(UnaryOperator<String> translation) {
        this.translation = translation;
    }

    @Override
    protected Reply answer(Received request) {
        String user = request.json().path("messages").path(1).path("content").asText();
        String sentence = user.substring(user.lastIndexOf("Sentence:\n") + "Sentence:\n".length());
        return completion(translation.apply(sentence));
    }

    /** A completion whose assistant message is the content. */
    public static Reply completion(String content) {
        ObjectNode body = object().put("id", "chatcmpl-1").put("object", "chat.completion").put("created", 1767225600)
                .put("model", "test-model");
        ObjectNode choice = body.putArray("choices").addObject().put("index", 0).put("finish_reason", "stop");
        choice.putObject("message").put("role", "assistant").put("content", content);
        body.putObject("usage").put("prompt_tokens", 100).put("completion_tokens", 20).put("total_tokens", 120);
        return Reply.json(200, body);
    }

    /** An error as OpenAI answers it. */
    public static Reply error(int status, String type, String code, String message) {
        ObjectNode body = object();
        body.putObject("error").put("message", message).put("type", type).putNull("param").put("code", code);
        return Reply.json(status, body);
    }
}
