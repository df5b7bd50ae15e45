package org.tarjoman.api.mt.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.net.http.HttpClient;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.tarjoman.api.mt.MtExample;
import org.tarjoman.api.mt.MtOutcome;
import org.tarjoman.api.mt.MtRequest;
import org.tarjoman.api.testing.mt.FakeChatCompletions;
import org.tarjoman.api.testing.mt.FakeEngineServer.Reply;

/** The OpenAI-compatible engine against a local chat completions server speaking OpenAI's protocol. */
class OpenAiEngineTest {

    private static final FakeChatCompletions SERVER = new FakeChatCompletions();
    private static final String KEY = "sk-test-0123456789";
    private static final String SENTENCE = "سفیر کشورمان در فدراسیون روسیه گفت: سفر <g id=\"1\">پزشکیان</g> تاریخی خواهد بود.";

    private final OpenAiEngine engine = engine(Duration.ofSeconds(5));

    @AfterAll
    static void stop() {
        SERVER.close();
    }

    @BeforeEach
    void reset() {
        SERVER.reset();
        SERVER.translateWith(sentence -> "EN(" + sentence + ")");
    }

    static OpenAiEngine engine(Duration timeout) {
        EngineHttp http = new EngineHttp(HttpClient.newHttpClient(), new ObjectMapper(), timeout, Duration.ofSeconds(2), List.of(KEY));
        return new OpenAiEngine(URI.create(SERVER.baseUrl()), "test-model", Optional.of(KEY), 0.2, 4, http);
    }

    private static MtRequest request() {
        return new MtRequest("fa", "en", SENTENCE, List.of("جلالی: سفر پزشکیان به مسکو، تاریخی خواهد بود"), List.of(),
                List.of(new MtExample("سفیر کشورمان در روسیه گفت", "Our ambassador to Russia said", 78)), List.of(), List.of());
    }

    @Test
    void shouldPostOneSegmentToChatCompletionsWithBearerModelAndTemperature() throws Exception {
        engine.translate(List.of(request()));

        var sent = SERVER.lastRequest();
        assertThat(sent.method()).isEqualTo("POST");
        assertThat(sent.path()).isEqualTo("/v1/chat/completions");
        assertThat(sent.header("Authorization")).isEqualTo("Bearer " + KEY);
        assertThat(sent.header("Content-Type")).startsWith("application/json");
        JsonNode body = sent.json();
        assertThat(body.path("model").asText()).isEqualTo("test-model");
        assertThat(body.path("temperature").asDouble()).isEqualTo(0.2);
        assertThat(body.path("messages").path(0).path("role").asText()).isEqualTo("system");
        assertThat(body.path("messages").path(1).path("role").asText()).isEqualTo("user");
        String user = body.path("messages").path(1).path("content").asText();
        assertThat(user).contains("[before] جلالی: سفر پزشکیان به مسکو، تاریخی خواهد بود")
                .contains("Our ambassador to Russia said")
                .endsWith("Sentence:\nسفیر کشورمان در فدراسیون روسیه گفت: سفر ⟦1⟧پزشکیان⟦/1⟧ تاریخی خواهد بود.");
    }

    @Test
    void shouldRestoreTheInlineCodesOfTheAnswer() throws Exception {
        SERVER.translateWith(sentence -> "Our ambassador said ⟦1⟧Pezeshkian⟦/1⟧'s trip will be historic & more.");

        List<MtOutcome> outcomes = engine.translate(List.of(request()));

        assertThat(outcomes).containsExactly(new MtOutcome.Translated(
                "Our ambassador said <g id=\"1\">Pezeshkian</g>'s trip will be historic &amp; more.", "openai", "test-model"));
    }

    @Test
    void shouldAskOnceMoreWhenTheAnswerAddsCommentary() throws Exception {
        SERVER.enqueue(FakeChatCompletions.completion("Translation: Our ambassador said ⟦1⟧Pezeshkian⟦/1⟧ will go."));
        SERVER.translateWith(sentence -> "Our ambassador said ⟦1⟧Pezeshkian⟦/1⟧ will go.");

        List<MtOutcome> outcomes = engine.translate(List.of(request()));

        assertThat(SERVER.requests()).hasSize(2);
        assertThat(outcomes.get(0)).isInstanceOf(MtOutcome.Translated.class);
    }

    @Test
    void shouldGiveUpTheSegmentWhenTheAnswerDropsACodeTwice() throws Exception {
        SERVER.translateWith(sentence -> "Our ambassador said Pezeshkian will go.");

        List<MtOutcome> outcomes = engine.translate(List.of(request()));

        assertThat(SERVER.requests()).hasSize(2);
        assertThat(outcomes).containsExactly(new MtOutcome.Failed("openai", "rejected twice: the answer drops the inline code ⟦1⟧"));
    }

    @Test
    void shouldFailWithOpenAisMessageOnAnErrorBodyAndNeverShowTheKey() {
        SERVER.enqueue(FakeChatCompletions.error(401, "invalid_request_error", "invalid_api_key",
                "Incorrect API key provided: " + KEY + ". You can find your API key at https://platform.openai.com/account/api-keys."));

        assertThatThrownBy(() -> engine.translate(List.of(request())))
                .isInstanceOf(EngineFailure.class)
                .hasMessageStartingWith("HTTP 401: Incorrect API key provided: ***.")
                .message().doesNotContain(KEY);
    }

    @Test
    void shouldWaitForRetryAfterAndAskAgainOnA429() throws Exception {
        SERVER.enqueue(Reply.tooManyRequests("{\"error\":{\"message\":\"Rate limit reached\",\"type\":\"requests\",\"param\":null,\"code\":\"rate_limit_exceeded\"}}", 1));
        long start = System.nanoTime();

        List<MtOutcome> outcomes = engine.translate(List.of(request()));

        assertThat(Duration.ofNanos(System.nanoTime() - start)).isGreaterThanOrEqualTo(Duration.ofMillis(900));
        assertThat(outcomes.get(0)).isInstanceOf(MtOutcome.Translated.class);
        assertThat(SERVER.requests()).hasSize(2);
    }

    @Test
    void shouldFailWithoutWaitingWhenRetryAfterIsBeyondTheBound() {
        SERVER.enqueue(Reply.tooManyRequests("{\"error\":{\"message\":\"You exceeded your current quota\",\"type\":\"insufficient_quota\",\"param\":null,\"code\":\"insufficient_quota\"}}", 3600));

        assertThatThrownBy(() -> engine.translate(List.of(request())))
                .hasMessage("rate limited (HTTP 429, retry after 3600 s): You exceeded your current quota");
        assertThat(SERVER.requests()).hasSize(1);
    }

    @Test
    void shouldFailOnASlowAnswerAtTheTimeout() {
        SERVER.delay(Duration.ofMillis(1500));

        assertThatThrownBy(() -> engine(Duration.ofMillis(300)).translate(List.of(request())))
                .hasMessage("no answer within 300 ms");
    }

    @Test
    void shouldFailOnTruncatedJson() {
        SERVER.enqueue(Reply.truncated(FakeChatCompletions.completion("Our ambassador said").body()));

        assertThatThrownBy(() -> engine.translate(List.of(request())))
                .hasMessage("answered something that is not JSON (or JSON cut short)");
    }

    @Test
    void shouldFailOnAnHtmlErrorPageOfAProxy() {
        SERVER.enqueue(Reply.html(502, "<html><head><title>502 Bad Gateway</title></head><body><center><h1>502 Bad Gateway</h1></center><hr><center>nginx</center></body></html>"));

        assertThatThrownBy(() -> engine.translate(List.of(request()))).hasMessage("HTTP 502: an HTML page");
    }

    @Test
    void shouldFailOnAnHtmlPageAnsweredWith200() {
        SERVER.enqueue(Reply.html(200, "<!DOCTYPE html><html><body>Sign in</body></html>"));

        assertThatThrownBy(() -> engine.translate(List.of(request()))).hasMessage("answered an HTML page instead of JSON");
    }

    @Test
    void shouldFailOnJsonWithoutAChoice() {
        SERVER.enqueue(Reply.json(200, "{\"id\":\"x\",\"choices\":[]}"));

        assertThatThrownBy(() -> engine.translate(List.of(request()))).hasMessage("the answer has no choices[0].message.content");
    }

    @Test
    void shouldFailOnAServerError() {
        SERVER.enqueue(FakeChatCompletions.error(500, "server_error", null, "The server had an error while processing your request."));

        assertThatThrownBy(() -> engine.translate(List.of(request())))
                .hasMessage("HTTP 500: The server had an error while processing your request.");
    }

    @Test
    void shouldFailWhenNothingListens() {
        EngineHttp http = new EngineHttp(HttpClient.newHttpClient(), new ObjectMapper(), Duration.ofSeconds(2), Duration.ZERO, List.of());
        OpenAiEngine nowhere = new OpenAiEngine(URI.create("http://127.0.0.1:9/v1"), "m", Optional.empty(), 0, 1, http);

        assertThatThrownBy(() -> nowhere.translate(List.of(request()))).isInstanceOf(EngineFailure.class)
                .message().startsWith("unreachable").doesNotContain("127.0.0.1");
    }
}
