package org.tarjoman.api.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * The packaged application ({@code quarkus-run.jar}, as it is shipped) run as a child process on a
 * data folder of its own and a free loopback port, for tests of what only a real process shows:
 * what survives {@link #kill() kill -9}. Failsafe names the jar in {@code tests.appJar}; each start
 * writes its log beside the data folder.
 */
public final class PackagedApp implements AutoCloseable {

    private static final Duration STARTUP = Duration.ofSeconds(90);

    private final Process process;
    private final int port;

    private PackagedApp(Process process, int port) {
        this.process = process;
        this.port = port;
    }

    /** Starts the app on {@code dataDir} and answers once it is ready ({@code /q/health/ready}). */
    public static PackagedApp start(Path dataDir, String logName) {
        return start(dataDir, logName, Map.of());
    }

    /** Starts the app with these environment variables too, as an operator sets them ({@code TARJOMAN_DB}…). */
    public static PackagedApp start(Path dataDir, String logName, Map<String, String> environment) {
        PackagedApp app = launch(dataDir, logName, environment);
        app.awaitReady();
        return app;
    }

    /** Starts the process and answers at once, for a test that watches the start itself; see {@link #awaitReady()}. */
    public static PackagedApp launch(Path dataDir, String logName, Map<String, String> environment) {
        Path jar = Path.of(System.getProperty("tests.appJar", "target/quarkus-app/quarkus-run.jar"));
        if (!Files.isRegularFile(jar)) {
            throw new IllegalStateException("No packaged app at " + jar.toAbsolutePath() + ": run it after 'package'.");
        }
        int port = freePort();
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx512m", "-Dquarkus.http.host=127.0.0.1", "-Dquarkus.http.port=" + port,
                "-Dtarjoman.data-dir=" + dataDir.toAbsolutePath(),
                // production refuses the documented signing secret and a missing session key; the load comes from one caller
                "-Dtarjoman.webhooks.secret=crash-test-only", "-Dtarjoman.rate-limit.enabled=false",
                "-Dquarkus.http.auth.session.encryption-key=" + TestAccounts.SESSION_KEY,
                "-Dtarjoman.api-key=" + TestAccounts.API_KEY, "-Dtarjoman.admin.password=" + TestAccounts.ADMIN_PASSWORD));
        // -Dtests.appOptions="…" tries other settings, e.g. H2's default write delay in the JDBC URL
        command.addAll(Arrays.asList(System.getProperty("tests.appOptions", "").trim().split("\\s+")));
        command.removeIf(String::isEmpty);
        command.addAll(List.of("-jar", jar.toAbsolutePath().toString()));
        try {
            ProcessBuilder builder = new ProcessBuilder(command);
            builder.environment().putAll(environment);
            Process process = builder.redirectErrorStream(true)
                    .redirectOutput(dataDir.resolveSibling(logName).toFile()).start();
            return new PackagedApp(process, port);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The port this process listens on (on 127.0.0.1). */
    public int port() {
        return port;
    }

    /** The newsroom system's client of this process. */
    public TarjomanClient client() {
        return TarjomanClient.onPort(port);
    }

    /** SIGKILL: no shutdown hook, no flush, no close of the database; as a crash or the OOM killer ends it. */
    public void kill() {
        process.destroyForcibly();
        waitForExit();
    }

    /** An orderly stop (SIGTERM), as an operator stops it. */
    @Override
    public void close() {
        if (process.isAlive()) {
            process.destroy();
            try {
                if (!process.waitFor(30, TimeUnit.SECONDS)) {
                    kill();
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                kill();
            }
        }
    }

    /** The exit status once the process ended: 143 after an orderly SIGTERM, 137 after a kill. */
    public int exitValue() {
        return process.exitValue();
    }

    /** Waits until {@code /q/health/ready} answers 200; fails if the process ends or takes longer than 90 s. */
    public void awaitReady() {
        long deadline = System.nanoTime() + STARTUP.toNanos();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException("The app exited with " + process.exitValue() + " while starting; see its log.");
            }
            try {
                if (client().get("/q/health/ready").statusCode() == 200) {
                    return;
                }
            } catch (Exception notListeningYet) {
                // connection refused until the HTTP server is up
            }
            pause();
        }
        kill();
        throw new IllegalStateException("The app was not ready within " + STARTUP.toSeconds() + " s; see its log.");
    }

    private void waitForExit() {
        try {
            process.waitFor();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static void pause() {
        try {
            Thread.sleep(100);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for the app", e);
        }
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
