package org.tarjoman.api.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import org.junit.jupiter.api.Assumptions;

/**
 * Debian's nginx in front of two nodes, from the repository's {@code docker/cluster/nginx.conf.template}
 * (the one {@code docker/cluster/run.sh} uses): round robin, the client's address in X-Forwarded-For.
 */
public final class Nginx implements AutoCloseable {

    private static final Path BINARY = Path.of("/usr/sbin/nginx");

    private final Process process;
    private final int port;

    private Nginx(Process process, int port) {
        this.process = process;
        this.port = port;
    }

    /** nginx on a free port, proxying to the two nodes; skips (or, in CI, fails) when nginx is not installed. */
    public static Nginx inFrontOf(Path work, int nodeA, int nodeB) {
        if (!Files.isExecutable(BINARY)) {
            String reason = "nginx is not installed at " + BINARY;
            if (ExternalService.required()) {
                throw new IllegalStateException(reason + "; external services are required (-DrequireExternal=true)");
            }
            Assumptions.abort("SKIPPED: " + reason + ". Install Debian's nginx (see .ci/run) to run the cluster test.");
        }
        try {
            Path prefix = Files.createDirectories(work.resolve("nginx").toAbsolutePath());
            // nginx started as root runs its workers as nobody, who buffer bodies over 16 kB below the
            // prefix: a temporary folder's 0700 would refuse them (a 500 for a full article)
            for (Path folder = prefix; folder != null && folder.startsWith(work.toAbsolutePath()); folder = folder.getParent()) {
                Files.setPosixFilePermissions(folder, java.nio.file.attribute.PosixFilePermissions.fromString("rwxr-xr-x"));
            }
            int port = freePort();
            Path template = Path.of(System.getProperty("tests.repository", ".."), "docker", "cluster", "nginx.conf.template");
            String config = Files.readString(template).replace("@PREFIX@", prefix.toString())
                    .replace("@PORT@", String.valueOf(port)).replace("@NODE_A@", String.valueOf(nodeA))
                    .replace("@NODE_B@", String.valueOf(nodeB));
            Path file = prefix.resolve("nginx.conf");
            Files.writeString(file, config);
            Process process = new ProcessBuilder(BINARY.toString(), "-p", prefix.toString(), "-c", file.toString())
                    .redirectErrorStream(true).redirectOutput(prefix.resolve("nginx.out").toFile()).start();
            Nginx nginx = new Nginx(process, port);
            nginx.awaitListening();
            return nginx;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public int port() {
        return port;
    }

    /** The newsroom system's client, through the proxy. */
    public TarjomanClient client() {
        return TarjomanClient.onPort(port);
    }

    private void awaitListening() {
        long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException("nginx exited with " + process.exitValue() + "; see nginx.out");
            }
            try (Socket ignored = new Socket(InetAddress.getLoopbackAddress(), port)) {
                return;
            } catch (IOException notYet) {
                try {
                    Thread.sleep(50);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return;
                }
            }
        }
        throw new IllegalStateException("nginx did not listen on " + port + " within 10 s");
    }

    @Override
    public void close() {
        process.destroy();
        try {
            process.waitFor();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }
}
