package org.tarjoman.core.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.util.Collection;
import java.util.concurrent.TimeUnit;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.tarjoman.core.ArticleSegmenter;
import org.tarjoman.core.document.Document;
import org.tarjoman.core.document.SourceFormat;
import org.tarjoman.core.normalize.PersianNormalizer;
import org.tarjoman.core.testing.TestData;

/**
 * Throughput of the text pipeline on one core: segmentation of the IRNA sample article (repeated
 * ten times into one long article) plus a matching key for every segment, as a job's creation does.
 * Run: {@code ./mvnw -q -pl core test-compile exec:exec@bench}; prints words per second.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
@Threads(1)
public class PipelineBenchmark {

    static final int REPEAT = 10;

    private ArticleSegmenter segmenter;
    private PersianNormalizer normalizer;
    private String article;

    @Setup
    public void setUp() throws IOException {
        segmenter = ArticleSegmenter.persian();
        normalizer = new PersianNormalizer();
        article = article();
    }

    @Benchmark
    public void segmentAndNormalize(Blackhole sink) {
        Document document = segmenter.segment(article, SourceFormat.TEXT, "fa");
        document.segments().forEach(s -> sink.consume(normalizer.normalize(s.text())));
    }

    static String article() throws IOException {
        String one = Files.readString(TestData.irnaArticle()).strip();
        return String.join("\n\n", java.util.Collections.nCopies(REPEAT, one));
    }

    public static void main(String[] args) throws RunnerException, IOException {
        int words = ArticleSegmenter.persian().segment(article(), SourceFormat.TEXT, "fa").words();
        Collection<RunResult> results = new Runner(new OptionsBuilder()
                .include(PipelineBenchmark.class.getSimpleName()).build()).run();
        for (RunResult result : results) {
            double articlesPerSecond = result.getPrimaryResult().getScore();
            double error = result.getPrimaryResult().getScoreError();
            System.out.printf("%nsegmentation + normalization, one thread: %,.0f words/s (± %,.0f; %d words per article, %,.1f articles/s)%n",
                    articlesPerSecond * words, error * words, words, articlesPerSecond);
        }
    }
}
