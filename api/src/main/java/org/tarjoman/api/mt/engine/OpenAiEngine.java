package org.tarjoman.api.mt.engine;

import java.net.URI;
import java.net.http.HttpRequest;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import com.fasterxml.jackson.databind.JsonNode;

import org.tarjoman.api.mt.MtOutcome;
import org.tarjoman.api.mt.MtRequest;
import org.tarjoman.api.mt.llm.AnswerCheck;
import org.tarjoman.api.mt.llm.InlineCodeShield;
import org.tarjoman.api.mt.llm.LlmPrompt;

/**
 * OpenAI-compatible chat completions ({@code POST {base-url}/chat/completions}), what OpenAI, vLLM, Ollama,
 * llama.cpp's server and LM Studio all speak. One segment per request, its grounding in the prompt
 * ({@link LlmPrompt}); the assistant message is the translation. An answer that fails {@link AnswerCheck}
 * is asked for once more, then given up for that segment.
 */
public final class OpenAiEngine implements Engine {

    public static final String NAME = "openai";

    private final URI completions;
    private final String model;
    private final Optional<String> apiKey;
    private final double temperature;
    private final int concurrency;
    private final EngineHttp http;

    public OpenAiEngine(URI baseUrl, String model, Optional<String> apiKey, double temperature, int concurrency, EngineHttp http) {
        String base = baseUrl.toString();
        this.completions = URI.create(base.endsWith("/") ? base + "chat/completions" : base + "/chat/completions");
        this.model = model;
        this.apiKey = apiKey;
        this.temperature = temperature;
        this.concurrency = concurrency;
        this.http = http;
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public String model() {
        return model;
    }

    @Override
    public int batchSize() {
        return 1;
    }

    @Override
    public java.time.Duration timeout() {
        return http.timeout();
    }

    @Override
    public int concurrency() {
        return concurrency;
    }

    @Override
    public String cacheContext(MtRequest request) {
        return String.join("\u0000", LlmPrompt.of(request, InlineCodeShield.of(request.source())).messages()) + "\u0000" + temperature;
    }

    @Override
    public long charactersSent(List<MtRequest> batch) {
        return batch.stream().mapToLong(request -> {
            LlmPrompt prompt = LlmPrompt.of(request, InlineCodeShield.of(request.source()));
            return prompt.system().length() + prompt.user().length();
        }).sum();
    }

    @Override
    public List<MtOutcome> translate(List<MtRequest> batch) throws EngineFailure {
        MtRequest request = batch.get(0);
        InlineCodeShield shield = InlineCodeShield.of(request.source());
        LlmPrompt prompt = LlmPrompt.of(request, shield);
        String rejection = null;
        for (int attempt = 0; attempt < 2; attempt++) {
            String answer = ask(prompt);
            Optional<String> rejected = AnswerCheck.rejection(shield, answer);
            if (rejected.isEmpty()) {
                return List.of(new MtOutcome.Translated(shield.restore(answer.strip()), NAME, model));
            }
            rejection = rejected.get();
        }
        return List.of(new MtOutcome.Failed(NAME, "rejected twice: " + rejection));
    }

    private String ask(LlmPrompt prompt) throws EngineFailure {
        HttpRequest.Builder request = HttpRequest.newBuilder(completions);
        apiKey.ifPresent(key -> request.header("Authorization", "Bearer " + key));
        Map<String, Object> body = Map.of(
                "model", model,
                "temperature", temperature,
                "messages", List.of(
                        Map.of("role", "system", "content", prompt.system()),
                        Map.of("role", "user", "content", prompt.user())));
        JsonNode answer = http.post(request, body);
        JsonNode choice = answer.path("choices").path(0);
        JsonNode content = choice.path("message").path("content");
        if (!content.isTextual()) {
            throw new EngineFailure("the answer has no choices[0].message.content");
        }
        if ("length".equals(choice.path("finish_reason").asText())) {
            throw new EngineFailure("the answer was cut at the model's length limit");
        }
        return content.asText();
    }
}
