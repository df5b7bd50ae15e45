package org.tarjoman.memory.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;

import org.tarjoman.memory.InMemoryUnitStore;
import org.tarjoman.memory.LanguagePair;
import org.tarjoman.memory.MatchQuery;
import org.tarjoman.memory.TranslationMemory;
import org.tarjoman.memory.TranslationUnit;

/**
 * Latency, throughput and heap of the matching index on memories recombined from NTREX sentences
 * ({@link NtrexCorpus}), over an {@link InMemoryUnitStore}, and target-side concordance. Run (after
 * {@code ./mvnw -q -pl core -am install -DskipTests}):
 * {@code ./mvnw -q -pl translation-memory test-compile exec:exec@bench}; sizes as arguments
 * (default {@code 100000 1000000}).
 */
public final class MemoryBenchmark {

    private static final LanguagePair FA_EN = LanguagePair.parse("fa-en");
    private static final int QUERIES = 2000;
    private static final int ARTICLE = 30;
    private static final int ARTICLES = 40;
    private static final int CONCORDANCE_RUNS = 200;
    private static final int CONCORDANCE_LIMIT = 20;
    /** Target concordance queries: a word in no target, a common word, a rare one, a phrase of two words. */
    private static final List<String> TARGET_PHRASES = List.of("Tehran", "said", "Kremlin", "prime minister");

    public static void main(String[] args) {
        int[] sizes = args.length == 0 ? new int[] {100_000, 1_000_000}
                : Arrays.stream(args).mapToInt(Integer::parseInt).toArray();
        NtrexCorpus corpus = NtrexCorpus.load();
        List<String> rows = new ArrayList<>();
        List<String> targetRows = new ArrayList<>();
        rows.add(String.format("%-10s %9s %9s %9s | %9s %9s %9s | %9s %9s %9s | %8s %8s %8s | %8s %8s | %8s | %9s %9s",
                "units", "exact p50", "p95", "p99", "fuzzy p50", "p95", "p99", "full p50", "p95", "p99",
                "cpu ex.", "fuzzy", "full", "batch/s1", "batch/s2", "build s", "heap MB", "est. MB"));
        for (int size : sizes) {
            String[] row = run(corpus, size);
            rows.add(row[0]);
            targetRows.add(row[1]);
            System.out.println(row[0]);
            System.out.println(row[1]);
        }
        System.out.println();
        System.out.println("exact = match() at threshold 100 of a stored source; fuzzy = top-5 at threshold 70 of a stored");
        System.out.println("source with 1-2 word edits; full = top-5 at threshold 70 of a stored source (exact + fuzzy);");
        System.out.println("latencies in ms; cpu = mean CPU ms of the looking-up thread per look-up; batch = matchAll segments/s (30-segment articles) on 1 and 2 threads;");
        System.out.println("heap = GC'd used-heap growth by building the index; est. = the index's own estimate.");
        System.out.println("target concordance = targetConcordance(phrase, " + CONCORDANCE_LIMIT + "), p50/p95 ms of "
                + CONCORDANCE_RUNS + " runs, hits found; target MB = the target index's part of est.");
        rows.forEach(System.out::println);
        targetRows.forEach(System.out::println);
    }

    private static String[] run(NtrexCorpus corpus, int size) {
        Random random = new Random(size);
        InMemoryUnitStore store = new InMemoryUnitStore();
        List<String> sources = new ArrayList<>(size);
        Instant t0 = Instant.parse("2024-01-01T00:00:00Z");
        for (int i = 0; i < size; i++) {
            String[] pair = corpus.generate(random);
            Instant at = t0.plusSeconds(i);
            store.save(new TranslationUnit(0, FA_EN, pair[0], pair[1], null, null, "bench", "bench", at, at,
                    random.nextInt(5)));
            sources.add(pair[0]);
        }
        long before = usedHeap();
        TranslationMemory memory = new TranslationMemory(FA_EN, store);
        long start = System.nanoTime();
        memory.load();
        double buildSeconds = (System.nanoTime() - start) / 1e9;
        long heap = usedHeap() - before;

        List<MatchQuery> exact = new ArrayList<>();
        List<MatchQuery> fuzzy = new ArrayList<>();
        List<MatchQuery> full = new ArrayList<>();
        for (int i = 0; i < QUERIES; i++) {
            String source = sources.get(random.nextInt(size));
            exact.add(new MatchQuery(source, null, null, 100, 5));
            full.add(new MatchQuery(source, null, null, 70, 5));
            fuzzy.add(new MatchQuery(corpus.edit(sources.get(random.nextInt(size)), random, 1 + random.nextInt(2)),
                    null, null, 70, 5));
        }
        List<List<MatchQuery>> articles = new ArrayList<>();
        for (int a = 0; a < ARTICLES; a++) {
            List<MatchQuery> article = new ArrayList<>();
            for (int s = 0; s < ARTICLE; s++) {
                String base = sources.get(random.nextInt(size));
                String source = switch (s % 3) {
                    case 0 -> base;
                    case 1 -> corpus.edit(base, random, 1 + random.nextInt(2));
                    default -> corpus.generate(random)[0];
                };
                article.add(new MatchQuery(source, null, null, 70, 5));
            }
            articles.add(article);
        }
        latencies(memory, fuzzy.subList(0, 500)); // warm-up
        latencies(memory, exact.subList(0, 500));
        double[] e = latencies(memory, exact);
        double[] f = latencies(memory, fuzzy);
        double[] x = latencies(memory, full);
        double single = batch(memory, articles, 1);
        double dual = batch(memory, articles, 2);
        String row = String.format("%-10d %9.3f %9.3f %9.3f | %9.3f %9.3f %9.3f | %9.3f %9.3f %9.3f | %8.3f %8.3f %8.3f | %8.0f %8.0f | %8.1f | %9.1f %9.1f",
                size, e[0], e[1], e[2], f[0], f[1], f[2], x[0], x[1], x[2], e[3], f[3], x[3], single, dual, buildSeconds,
                heap / 1e6, memory.estimatedHeapBytes() / 1e6);
        StringBuilder target = new StringBuilder(String.format("%-10d target concordance:", size));
        for (String phrase : TARGET_PHRASES) {
            double[] t = targetConcordance(memory, phrase);
            target.append(String.format(" '%s' %.3f/%.3f (%d hits);", phrase, t[0], t[1], (int) t[2]));
        }
        target.append(String.format(" target MB %.1f", memory.estimatedTargetHeapBytes() / 1e6));
        return new String[] {row, target.toString()};
    }

    /** p50 and p95 in milliseconds of {@link #CONCORDANCE_RUNS} target concordances, and the hits found. */
    private static double[] targetConcordance(TranslationMemory memory, String phrase) {
        int hits = 0;
        for (int i = 0; i < CONCORDANCE_RUNS / 4; i++) {
            hits = memory.targetConcordance(phrase, CONCORDANCE_LIMIT).size(); // warm-up
        }
        long[] nanos = new long[CONCORDANCE_RUNS];
        for (int i = 0; i < nanos.length; i++) {
            long start = System.nanoTime();
            memory.targetConcordance(phrase, CONCORDANCE_LIMIT);
            nanos[i] = System.nanoTime() - start;
        }
        Arrays.sort(nanos);
        return new double[] {nanos[nanos.length / 2] / 1e6, nanos[(int) (nanos.length * 0.95)] / 1e6, hits};
    }

    /**
     * p50, p95, p99 in milliseconds, and the mean CPU time of this thread per look-up: on a shared
     * machine the wall times carry other processes' time slices, the CPU time far less so.
     */
    private static double[] latencies(TranslationMemory memory, List<MatchQuery> queries) {
        long[] nanos = new long[queries.size()];
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        long cpu = threads.getCurrentThreadCpuTime();
        for (int i = 0; i < nanos.length; i++) {
            long start = System.nanoTime();
            memory.match(queries.get(i));
            nanos[i] = System.nanoTime() - start;
        }
        cpu = threads.getCurrentThreadCpuTime() - cpu;
        Arrays.sort(nanos);
        return new double[] {nanos[nanos.length / 2] / 1e6, nanos[(int) (nanos.length * 0.95)] / 1e6,
                nanos[(int) (nanos.length * 0.99)] / 1e6, cpu / 1e6 / nanos.length};
    }

    private static double batch(TranslationMemory memory, List<List<MatchQuery>> articles, int threads) {
        for (List<MatchQuery> article : articles.subList(0, ARTICLES / 4)) {
            memory.matchAll(article, threads);
        }
        long start = System.nanoTime();
        int segments = 0;
        for (List<MatchQuery> article : articles) {
            segments += memory.matchAll(article, threads).size();
        }
        return segments / ((System.nanoTime() - start) / 1e9);
    }

    private static long usedHeap() {
        for (int i = 0; i < 3; i++) {
            System.gc();
        }
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    }
}
