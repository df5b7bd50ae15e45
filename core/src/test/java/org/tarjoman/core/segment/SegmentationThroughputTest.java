package org.tarjoman.core.segment;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.tarjoman.core.count.WordCounter;
import org.tarjoman.core.document.SegmentFactory;
import org.tarjoman.core.text.PlainTextArticleReader;

/** Prints words per second on one core: the segmenter alone and the whole plain-text pipeline. */
class SegmentationThroughputTest {

    @Test
    void shouldReportWordsPerSecond() throws IOException {
        List<String> sentences = Files.readAllLines(SegmentationEvaluationTest.shared()
                .resolve("data/ntrex128/newstest2019-ref.fas.txt"));
        StringBuilder article = new StringBuilder();
        for (int i = 0; i < sentences.size(); i++) {
            article.append(sentences.get(i)).append(i % 4 == 3 ? "\n\n" : " ");
        }
        String text = article.toString();
        int words = new WordCounter().count(text);
        PlainTextArticleReader reader = new PlainTextArticleReader(SrxSentenceSegmenter.persian(),
                new SegmentFactory(new WordCounter(), segment -> List.of()));

        double wordsPerSecond = 0;
        for (int round = 0; round < 20; round++) {
            long start = System.nanoTime();
            int segments = reader.read(text, "fa").segmentCount();
            long nanos = System.nanoTime() - start;
            wordsPerSecond = words / (nanos / 1e9);
            assertThat(segments).isPositive();
        }
        System.out.printf(Locale.ROOT, "%nplain-text pipeline: %,d words, %,.0f words/s%n", words, wordsPerSecond);
    }
}
