package org.tarjoman.api.testing.mt;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.Headers;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

/**
 * A machine translation provider on a local port, speaking its protocol: every request is recorded
 * (method, path, query, headers, body), the replies queued by {@link #enqueue} are given first, one per
 * request, then the provider's normal answer ({@link #answer}). {@link #delay} slows every answer down;
 * {@link #maxInFlight} tells the concurrency the client reached.
 */
public abstract class FakeEngineServer implements AutoCloseable {

    protected static final ObjectMapper JSON = new ObjectMapper();

    /** A request as received. */
    public record Received(String method, String path, String query, Headers headers, String body) {

        public JsonNode json() {
            try {
                return JSON.readTree(body);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        public String header(String name) {
            return headers.getFirst(name);
        }
    }

    /** A reply: status, content type, body and extra headers. */
    public record Reply(int status, String contentType, String body, Map<String, String> headers) {

        public static Reply json(int status, String body) {
            return new Reply(status, "application/json", body, Map.of());
        }

        public static Reply json(int status, JsonNode body) {
            return json(status, body.toString());
        }

        public static Reply html(int status, String body) {
            return new Reply(status, "text/html; charset=utf-8", body, Map.of());
        }

        /** A 429 asking to come back after some seconds. */
        public static Reply tooManyRequests(String body, int retryAfterSeconds) {
            return new Reply(429, "application/json", body, Map.of("Retry-After", String.valueOf(retryAfterSeconds)));
        }

        /** A 200 whose JSON is cut off midway, as a dropped connection leaves it. */
        public static Reply truncated(String body) {
            return json(200, body.substring(0, body.length() / 2));
        }
    }

    private final HttpServer server;
    private final List<Received> received = new CopyOnWriteArrayList<>();
    private final ConcurrentLinkedQueue<Reply> queued = new ConcurrentLinkedQueue<>();
    private final AtomicInteger inFlight = new AtomicInteger();
    private final AtomicInteger maxInFlight = new AtomicInteger();
    private volatile Duration delay = Duration.ZERO;

    protected FakeEngineServer(String path) {
        try {
            server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        server.createContext(path, this::handle);
        server.setExecutor(Executors.newCachedThreadPool(task -> {
            Thread thread = new Thread(task, "fake-engine");
            thread.setDaemon(true);
            return thread;
        }));
        server.start();
    }

    /** The provider's normal answer to a request. */
    protected abstract Reply answer(Received request);

    /** The server's root ({@code http://127.0.0.1:PORT}). */
    public URI url() {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort());
    }

    public void enqueue(Reply... replies) {
        queued.addAll(List.of(replies));
    }

    public void delay(Duration delay) {
        this.delay = delay;
    }

    public List<Received> requests() {
        return new ArrayList<>(received);
    }

    public Received lastRequest() {
        return received.get(received.size() - 1);
    }

    public int maxInFlight() {
        return maxInFlight.get();
    }

    /** Forgets the requests and queued replies and the delay, between tests. */
    public void reset() {
        received.clear();
        queued.clear();
        delay = Duration.ZERO;
        maxInFlight.set(0);
    }

    @Override
    public void close() {
        server.stop(0);
    }

    private void handle(HttpExchange exchange) throws IOException {
        int now = inFlight.incrementAndGet();
        maxInFlight.accumulateAndGet(now, Math::max);
        try (exchange) {
            String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
            Received request = new Received(exchange.getRequestMethod(), exchange.getRequestURI().getPath(),
                    exchange.getRequestURI().getRawQuery(), exchange.getRequestHeaders(), body);
            received.add(request);
            // taken on arrival: a request held by the delay that outlives its test (its client timed out)
            // must not take, after the reset, a reply the next test queued
            Reply queuedReply = queued.poll();
            if (!delay.isZero()) {
                Thread.sleep(delay.toMillis());
            }
            Reply reply = queuedReply != null ? queuedReply : answer(request);
            byte[] bytes = reply.body().getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().set("Content-Type", reply.contentType());
            reply.headers().forEach((name, value) -> exchange.getResponseHeaders().set(name, value));
            exchange.sendResponseHeaders(reply.status(), bytes.length == 0 ? -1 : bytes.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(bytes);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (IOException e) {
            // the client gave up (a timeout test): nothing to answer
        } finally {
            inFlight.decrementAndGet();
        }
    }

    protected static ObjectNode object() {
        return JSON.createObjectNode();
    }
}
