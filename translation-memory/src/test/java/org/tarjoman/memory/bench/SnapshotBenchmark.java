package org.tarjoman.memory.bench;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Arrays;
import java.util.Random;
import java.util.concurrent.CompletableFuture;

import org.tarjoman.memory.InMemoryUnitStore;
import org.tarjoman.memory.LanguagePair;
import org.tarjoman.memory.MatchQuery;
import org.tarjoman.memory.TranslationMemory;
import org.tarjoman.memory.TranslationUnit;

/**
 * An index snapshot against a full build, on memories recombined from NTREX sentences
 * ({@link NtrexCorpus}): the build from the store, the snapshot's write (and how long a put waits
 * for it), its size, and its read into a fresh memory. Run:
 * {@code ./mvnw -q -pl translation-memory test-compile exec:exec@snapshot}; sizes as arguments
 * (default {@code 1000000}).
 */
public final class SnapshotBenchmark {

    private static final LanguagePair FA_EN = LanguagePair.parse("fa-en");

    public static void main(String[] args) throws Exception {
        int[] sizes = args.length == 0 ? new int[] {1_000_000} : Arrays.stream(args).mapToInt(Integer::parseInt).toArray();
        NtrexCorpus corpus = NtrexCorpus.load();
        System.out.printf("%-10s %8s | %8s %8s %10s %10s %8s | %8s %8s%n", "units", "build s", "write s", "in lock", "put asked",
                "put waits", "MB", "read s", "same");
        for (int size : sizes) {
            run(corpus, size);
        }
    }

    private static void run(NtrexCorpus corpus, int size) throws IOException {
        Random random = new Random(size);
        InMemoryUnitStore store = new InMemoryUnitStore();
        Instant t0 = Instant.parse("2024-01-01T00:00:00Z");
        String probe = null;
        for (int i = 0; i < size; i++) {
            String[] pair = corpus.generate(random);
            Instant at = t0.plusSeconds(i);
            store.save(new TranslationUnit(0, FA_EN, pair[0], pair[1], null, null, "bench", "bench", at, at, 0));
            probe = pair[0];
        }
        TranslationMemory memory = new TranslationMemory(FA_EN, store);
        long start = System.nanoTime();
        memory.load();
        double build = seconds(start);
        Path file = Files.createTempFile("tarjoman-snapshot-bench", ".snapshot");
        try {
            // warm-up of the write path, then the measured write with a put arriving while it runs
            try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(file))) {
                memory.writeSnapshot(out);
            }
            // a first put after a load grows every column (~0.1 s): done here, so the measured put waits only for the lock
            String[] first = corpus.generate(random);
            memory.put(store.save(new TranslationUnit(0, FA_EN, first[0], first[1], null, null, "bench", "bench", t0, t0, 0)));
            Files.delete(file);
            String[] extra = corpus.generate(random);
            TranslationUnit added = store.save(new TranslationUnit(0, FA_EN, extra[0], extra[1], null, null, "bench",
                    "bench", t0, t0, 0));
            CompletableFuture<double[]> put = new CompletableFuture<>();
            long writeStart = System.nanoTime();
            start = writeStart;
            Thread writer = new Thread(() -> {
                sleep(20);
                long asked = System.nanoTime();
                memory.put(added);
                long done = System.nanoTime();
                put.complete(new double[] {(asked - writeStart) / 1e9, (done - asked) / 1e9});
            });
            writer.start();
            double locked;
            try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(file))) {
                long lockedFrom = System.nanoTime();
                memory.writeSnapshot(out);
                locked = seconds(lockedFrom);
            }
            double write = seconds(start);
            double[] putTimes = put.join(); // asked at, waited
            double putAskedAt = putTimes[0];
            double putWait = putTimes[1];
            long bytes = Files.size(file);

            TranslationMemory read = new TranslationMemory(FA_EN, store);
            start = System.nanoTime();
            try (InputStream in = new BufferedInputStream(Files.newInputStream(file))) {
                read.loadSnapshot(in);
            }
            double readSeconds = seconds(start);
            MatchQuery query = new MatchQuery(probe, null, null, 70, 5);
            boolean same = read.match(query).equals(memory.match(query)) && read.size() >= size;
            System.out.printf("%-10d %8.1f | %8.2f %8.2f %7.0f ms %7.0f ms %8.1f | %8.2f %8s%n", size, build, write, locked,
                    putAskedAt * 1000, putWait * 1000, bytes / 1e6, readSeconds, same);
        } finally {
            Files.deleteIfExists(file);
        }
    }

    private static double seconds(long since) {
        return (System.nanoTime() - since) / 1e9;
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
