package org.tarjoman.api.mt.engine;

import java.io.IOException;
import java.net.ConnectException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Optional;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Sends an engine's JSON requests and reads its answers, turning whatever goes wrong into an
 * {@link EngineFailure} with a reason fit to show: the provider's own error message when its error body
 * has one ({@code {"error":{"message":…}}}, {@code {"message":…}}, {@code {"error":"…"}}), else what came
 * ("an HTML page", "no JSON"). A 429 whose {@code Retry-After} is within {@code maxRetryAfter} is waited
 * for and asked again, twice at most. Secrets (keys) are struck from every reason, since some servers
 * echo the request.
 */
public final class EngineHttp {

    private static final int MAX_REASON = 200;
    private static final int RATE_LIMIT_RETRIES = 2;

    private final HttpClient client;
    private final ObjectMapper json;
    private final Duration timeout;
    private final Duration maxRetryAfter;
    private final List<String> secrets;

    public EngineHttp(HttpClient client, ObjectMapper json, Duration timeout, Duration maxRetryAfter, List<String> secrets) {
        this.client = client;
        this.json = json;
        this.timeout = timeout;
        this.maxRetryAfter = maxRetryAfter;
        this.secrets = secrets.stream().filter(secret -> !secret.isEmpty()).toList();
    }

    public Duration timeout() {
        return timeout;
    }

    /** Posts a JSON body and reads the JSON answer of a 2xx. */
    public JsonNode post(HttpRequest.Builder request, Object body) throws EngineFailure {
        String text;
        try {
            text = json.writeValueAsString(body);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
        HttpRequest built = request.timeout(timeout)
                .header("Content-Type", "application/json; charset=utf-8")
                .header("Accept", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(text, StandardCharsets.UTF_8)).build();
        for (int attempt = 0; ; attempt++) {
            HttpResponse<String> response = send(built);
            int status = response.statusCode();
            if (status == 429) {
                Optional<Duration> wait = retryAfter(response);
                if (attempt < RATE_LIMIT_RETRIES && wait.isPresent() && wait.get().compareTo(maxRetryAfter) <= 0) {
                    sleep(wait.get());
                    continue;
                }
                throw new EngineFailure("rate limited (HTTP 429" + wait.map(d -> ", retry after " + d.toSeconds() + " s").orElse("")
                        + "): " + errorMessage(response.body()));
            }
            if (status < 200 || status > 299) {
                throw new EngineFailure("HTTP " + status + ": " + errorMessage(response.body()));
            }
            return read(response.body());
        }
    }

    private HttpResponse<String> send(HttpRequest request) throws EngineFailure {
        try {
            return client.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (HttpTimeoutException e) {
            throw new EngineFailure("no answer within " + timeout.toMillis() + " ms");
        } catch (ConnectException e) {
            throw new EngineFailure("unreachable (connection refused)");
        } catch (IOException e) {
            throw new EngineFailure("the connection failed (" + e.getClass().getSimpleName() + ")");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new EngineFailure("interrupted");
        }
    }

    private JsonNode read(String body) throws EngineFailure {
        if (looksLikeHtml(body)) {
            throw new EngineFailure("answered an HTML page instead of JSON");
        }
        try {
            JsonNode node = json.readTree(body);
            if (node == null || node.isMissingNode()) {
                throw new EngineFailure("answered an empty body");
            }
            return node;
        } catch (JsonProcessingException e) {
            throw new EngineFailure("answered something that is not JSON (or JSON cut short)");
        }
    }

    /** The provider's message from an error body, else a description of the body. */
    String errorMessage(String body) {
        if (body == null || body.isBlank()) {
            return "no body";
        }
        if (looksLikeHtml(body)) {
            return "an HTML page";
        }
        try {
            JsonNode node = json.readTree(body);
            JsonNode error = node.path("error");
            String message = error.isTextual() ? error.asText()
                    : error.path("message").isTextual() ? error.path("message").asText()
                    : node.path("message").isTextual() ? node.path("message").asText()
                    : node.path("detail").isTextual() ? node.path("detail").asText() : null;
            return message == null ? "a JSON body without a message" : safe(message);
        } catch (JsonProcessingException e) {
            return "a body that is not JSON";
        }
    }

    /** Text from the provider, with every secret struck and the length bounded. */
    public String safe(String text) {
        String out = text;
        for (String secret : secrets) {
            out = out.replace(secret, "***");
        }
        out = out.strip().replaceAll("\\s+", " ");
        return out.length() > MAX_REASON ? out.substring(0, MAX_REASON) + "…" : out;
    }

    private static boolean looksLikeHtml(String body) {
        String start = body.stripLeading();
        return start.startsWith("<");
    }

    /** {@code Retry-After} as seconds or as an HTTP date (RFC 9110, 10.2.3). */
    static Optional<Duration> retryAfter(HttpResponse<?> response) {
        Optional<String> header = response.headers().firstValue("Retry-After").map(String::strip);
        if (header.isEmpty()) {
            return Optional.empty();
        }
        String value = header.get();
        if (value.matches("\\d{1,9}")) {
            return Optional.of(Duration.ofSeconds(Long.parseLong(value)));
        }
        try {
            Duration wait = Duration.between(ZonedDateTime.now(), ZonedDateTime.parse(value, DateTimeFormatter.RFC_1123_DATE_TIME));
            return Optional.of(wait.isNegative() ? Duration.ZERO : wait);
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }

    private static void sleep(Duration wait) throws EngineFailure {
        try {
            Thread.sleep(wait.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new EngineFailure("interrupted");
        }
    }
}
