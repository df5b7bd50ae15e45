package org.tarjoman.api.webhook;

import java.io.IOException;
import java.io.InputStream;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.TreeMap;
import java.util.concurrent.CopyOnWriteArrayList;

import com.sun.net.httpserver.HttpServer;

/** A newsroom's webhook endpoint on 127.0.0.1 that records what it receives and answers given statuses. */
final class Receiver implements AutoCloseable {

    /** One request as received. */
    record Request(String method, String path, Map<String, String> headers, byte[] body, Instant at) {

        String header(String name) {
            return headers.get(name);
        }
    }

    private final HttpServer server;
    private final Queue<Integer> statuses;
    private final List<Request> requests = new CopyOnWriteArrayList<>();

    private Receiver(Queue<Integer> statuses) throws IOException {
        this.statuses = statuses;
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/", exchange -> {
            Map<String, String> headers = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
            exchange.getRequestHeaders().forEach((name, values) -> headers.put(name, String.join(",", values)));
            byte[] body;
            try (InputStream in = exchange.getRequestBody()) {
                body = in.readAllBytes();
            }
            requests.add(new Request(exchange.getRequestMethod(), exchange.getRequestURI().getPath(), headers, body,
                    Instant.now()));
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
    static Receiver answering(Integer... statuses) throws IOException {
        return new Receiver(new ArrayDeque<>(List.of(statuses)));
    }

    /** A URL on 127.0.0.1 where nothing listens: connections are refused. */
    static String closedPortUrl() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            return "http://127.0.0.1:" + socket.getLocalPort() + "/hooks/tarjoman";
        }
    }

    String url() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/hooks/tarjoman?token=abc";
    }

    List<Request> requests() {
        return List.copyOf(requests);
    }

    List<Request> requestsFor(long eventId) {
        return requests.stream().filter(r -> String.valueOf(eventId).equals(r.header("X-Tarjoman-Delivery"))).toList();
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
