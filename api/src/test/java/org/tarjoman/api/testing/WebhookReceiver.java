package org.tarjoman.api.testing;

import java.io.IOException;
import java.io.InputStream;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.TreeMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import com.sun.net.httpserver.HttpServer;

/**
 * A newsroom's webhook endpoint on a loopback address (127.0.0.1 unless said) that records what it
 * receives and answers given statuses, or, {@link #silent()}, never answers until it is closed.
 */
public final class WebhookReceiver implements AutoCloseable {

    /** One request as received. */
    public record Request(String method, String path, Map<String, String> headers, byte[] body, Instant at) {

        public String header(String name) {
            return headers.get(name);
        }

        public String text() {
            return new String(body, StandardCharsets.UTF_8);
        }
    }

    private final HttpServer server;
    private final String host;
    private final Queue<Integer> statuses;
    private final List<Request> requests = new CopyOnWriteArrayList<>();
    private final ExecutorService handlers = Executors.newCachedThreadPool();
    private final CountDownLatch closed = new CountDownLatch(1);
    private final AtomicInteger held = new AtomicInteger();
    private final AtomicInteger toHold = new AtomicInteger();

    /** With no statuses: silent. */
    private WebhookReceiver(String host, Queue<Integer> statuses) throws IOException {
        this.host = host;
        this.statuses = statuses;
        server = HttpServer.create(new InetSocketAddress(host, 0), 0);
        server.setExecutor(handlers);
        server.createContext("/", exchange -> {
            Map<String, String> headers = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
            exchange.getRequestHeaders().forEach((name, values) -> headers.put(name, String.join(",", values)));
            byte[] body;
            try (InputStream in = exchange.getRequestBody()) {
                body = in.readAllBytes();
            }
            requests.add(new Request(exchange.getRequestMethod(), exchange.getRequestURI().getPath(), headers, body,
                    Instant.now()));
            if (this.statuses.isEmpty() || toHold.getAndUpdate(n -> Math.max(0, n - 1)) > 0) {
                holdUntilClosed();
                exchange.close();
                return;
            }
            Integer status;
            synchronized (this.statuses) {
                status = this.statuses.size() > 1 ? this.statuses.poll() : this.statuses.peek();
            }
            exchange.sendResponseHeaders(status, -1);
            exchange.close();
        });
        server.start();
    }

    /** Answers the statuses in turn, then the last one for ever. */
    public static WebhookReceiver answering(Integer... statuses) throws IOException {
        return answeringOn("127.0.0.1", statuses);
    }

    /** The same on another loopback address (127.0.0.2 …), one the tests' allow-list does not name. */
    public static WebhookReceiver answeringOn(String loopbackAddress, Integer... statuses) throws IOException {
        if (statuses.length == 0) {
            throw new IllegalArgumentException("a receiver that answers needs a status");
        }
        return new WebhookReceiver(loopbackAddress, new ArrayDeque<>(List.of(statuses)));
    }

    /**
     * Holds the first request unanswered (until {@link #close()}), as a receiver whose sender died mid-delivery
     * sees it, and answers every later one with {@code status}.
     */
    public static WebhookReceiver holdingTheFirstThenAnswering(int status) throws IOException {
        WebhookReceiver receiver = new WebhookReceiver("127.0.0.1", new ArrayDeque<>(List.of(status)));
        receiver.toHold.set(1);
        return receiver;
    }

    /** Takes every request and never answers: each is held until {@link #close()}. */
    public static WebhookReceiver silent() throws IOException {
        return new WebhookReceiver("127.0.0.1", new ArrayDeque<>());
    }

    /** A URL on 127.0.0.1 where nothing listens: connections are refused. */
    public static String closedPortUrl() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            return "http://127.0.0.1:" + socket.getLocalPort() + "/hooks/tarjoman";
        }
    }

    /**
     * The hex HMAC-SHA256 of a body, computed here as the README tells a newsroom to, not with
     * Tarjoman's own signing class: what {@code X-Tarjoman-Signature} must carry after {@code sha256=}.
     */
    public static String hmacSha256Hex(byte[] body, String secret) throws GeneralSecurityException {
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
        return HexFormat.of().formatHex(mac.doFinal(body));
    }

    public String url() {
        return "http://" + host + ":" + server.getAddress().getPort() + "/hooks/tarjoman?token=abc";
    }

    /** Requests held unanswered right now (a {@link #silent()} receiver). */
    public int held() {
        return held.get();
    }

    /** Waits until a request is held unanswered, for at most {@code timeout}; answers how many are held. */
    public int awaitHeld(Duration timeout) throws InterruptedException {
        Instant deadline = Instant.now().plus(timeout);
        while (held.get() == 0 && Instant.now().isBefore(deadline)) {
            Thread.sleep(50);
        }
        return held.get();
    }

    public List<Request> requests() {
        return List.copyOf(requests);
    }

    /** How many times each delivery ({@code X-Tarjoman-Delivery}) came. */
    public Map<String, Integer> requestsPerDelivery() {
        Map<String, Integer> perDelivery = new HashMap<>();
        requests.forEach(r -> perDelivery.merge(r.header("X-Tarjoman-Delivery"), 1, Integer::sum));
        return perDelivery;
    }

    public List<Request> requestsFor(long eventId) {
        return requests.stream().filter(r -> String.valueOf(eventId).equals(r.header("X-Tarjoman-Delivery"))).toList();
    }

    /** The requests once there are {@code count} of them, or those there are after {@code timeout}. */
    public List<Request> awaitRequests(int count, Duration timeout) throws InterruptedException {
        Instant deadline = Instant.now().plus(timeout);
        while (requests.size() < count && Instant.now().isBefore(deadline)) {
            Thread.sleep(100);
        }
        return requests();
    }

    @Override
    public void close() {
        closed.countDown();
        server.stop(0);
        handlers.shutdownNow();
    }

    private void holdUntilClosed() {
        held.incrementAndGet();
        try {
            closed.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            held.decrementAndGet();
        }
    }
}
