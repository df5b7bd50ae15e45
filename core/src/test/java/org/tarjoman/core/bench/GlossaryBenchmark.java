package org.tarjoman.core.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.tarjoman.core.glossary.GlossaryTerm;
import org.tarjoman.core.glossary.TermIndex;
import org.tarjoman.core.glossary.TermMatch;
import org.tarjoman.core.qa.TargetLanguage;
import org.tarjoman.core.testing.TestData;

/**
 * What term recognition costs per segment with a 10,000-term glossary: the terms are every 1-, 2- and
 * 3-word sequence of the NTREX Persian text, taken in order until there are 10,000 (so segments are
 * dense with hits and candidates, worse than a real glossary), and the segments are NTREX's 1,997 and
 * the IRNA article's lines. Thread CPU time, so a loaded machine inflates it less.
 * <pre>./mvnw -q -pl core test-compile exec:exec@glossary-bench</pre>
 */
public final class GlossaryBenchmark {

    private static final int TERMS = 10_000;

    private GlossaryBenchmark() {
    }

    public static void main(String[] args) throws IOException {
        List<String> ntrex = Files.readAllLines(TestData.ntrexPersian());
        List<String> segments = new ArrayList<>(ntrex);
        Files.readAllLines(TestData.irnaArticle()).stream().filter(line -> !line.isBlank()).forEach(segments::add);
        List<GlossaryTerm> terms = terms(ntrex);

        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        long buildCpu = threads.getCurrentThreadCpuTime();
        TermIndex index = TermIndex.of(terms);
        double buildMs = (threads.getCurrentThreadCpuTime() - buildCpu) / 1e6;

        long hits = 0;
        for (int round = 0; round < 3; round++) {
            for (String segment : segments) {
                hits += index.find(segment).size();
            }
        }
        int rounds = 10;
        long cpu = threads.getCurrentThreadCpuTime();
        long wall = System.nanoTime();
        hits = 0;
        for (int round = 0; round < rounds; round++) {
            for (String segment : segments) {
                List<TermMatch> matches = index.find(segment);
                hits += TermMatch.toTermHits(matches, TargetLanguage.EN).size();
            }
        }
        long found = (long) rounds * segments.size();
        int characters = segments.stream().mapToInt(String::length).sum();
        System.out.printf("glossary: %d terms, index built in %.0f ms CPU%n", index.size(), buildMs);
        System.out.printf("segments: %d (NTREX + IRNA), %.0f characters on average, %.1f hits per segment%n",
                segments.size(), (double) characters / segments.size(), (double) hits / found);
        System.out.printf("recognition: %7.1f µs CPU, %7.1f µs wall per segment%n",
                (threads.getCurrentThreadCpuTime() - cpu) / 1_000.0 / found, (System.nanoTime() - wall) / 1_000.0 / found);
    }

    private static List<GlossaryTerm> terms(List<String> lines) {
        Set<String> sources = new LinkedHashSet<>(List.of("پزشکیان", "مجلس شورای اسلامی", "وزارت امور خارجه"));
        for (String line : lines) {
            String[] words = line.replaceAll("[\\p{P}«»]", " ").trim().split("\\s+");
            for (int n = 1; n <= 3 && sources.size() < TERMS; n++) {
                for (int i = 0; i + n <= words.length && sources.size() < TERMS; i += 2) {
                    sources.add(String.join(" ", List.of(words).subList(i, i + n)));
                }
            }
            if (sources.size() >= TERMS) {
                break;
            }
        }
        List<GlossaryTerm> terms = new ArrayList<>();
        int id = 0;
        for (String source : sources) {
            terms.add(new GlossaryTerm(String.valueOf(++id), source, TargetLanguage.EN, "term " + id, List.of(),
                    List.of("wrong " + id)));
        }
        return terms;
    }
}
