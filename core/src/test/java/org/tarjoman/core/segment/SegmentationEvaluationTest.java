package org.tarjoman.core.segment;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.tarjoman.core.count.WordCounter;
import org.tarjoman.core.document.SegmentFactory;
import org.tarjoman.core.plaintext.PlainTextArticleReader;
import org.tarjoman.core.testing.TestData;

/**
 * Sentence-boundary precision, recall and F1 of our Persian rules against two baselines (Okapi's
 * default SRX rules for {@code fa}, ICU4J's sentence BreakIterator) on two gold sets:
 * <ul>
 *   <li>UD Persian PerDT dev sentences, joined five at a time by a single space into paragraphs;</li>
 *   <li>{@code hard-cases.txt}: abbreviations, numbers, URLs, quotes, colons, mixed scripts;</li>
 *   <li>NTREX-128's Persian news, held out from the rules ({@link NtrexParagraphs}).</li>
 * </ul>
 * Prints the table that {@code core/README.md} quotes.
 */
class SegmentationEvaluationTest {

    private static final int SENTENCES_PER_PARAGRAPH = 5;
    private static final String NTREX = "ntrex-news (held out)";

    private static final Map<String, SentenceSegmenter> SYSTEMS = new LinkedHashMap<>();
    private static final Map<String, List<List<String>>> DATASETS = new LinkedHashMap<>();

    @BeforeAll
    static void loadSystemsAndData() throws IOException {
        SYSTEMS.put("tarjoman persian.srx", SrxSentenceSegmenter.persian());
        SYSTEMS.put("okapi default srx (fa)", SrxSentenceSegmenter.okapiDefault("fa"));
        SYSTEMS.put("icu4j BreakIterator (fa)", new IcuSentenceSegmenter("fa"));
        DATASETS.put("ud-perdt-dev", udParagraphs());
        DATASETS.put("hard-cases", hardCases());
        DATASETS.put(NTREX, NtrexParagraphs.load());
    }

    @Test
    void shouldFindSentenceBoundariesBetterThanOkapiAndIcu() {
        Map<String, Map<String, BoundaryScore>> scores = new LinkedHashMap<>();
        SYSTEMS.forEach((system, segmenter) -> {
            Map<String, BoundaryScore> bySet = new LinkedHashMap<>();
            DATASETS.forEach((set, paragraphs) -> bySet.put(set, score(segmenter, paragraphs)));
            scores.put(system, bySet);
        });
        printTable(scores);
        printMistakes(SYSTEMS.get("tarjoman persian.srx"));

        Map<String, BoundaryScore> ours = scores.get("tarjoman persian.srx");
        assertThat(ours.get(NTREX).f1()).as("F1 of our rules on news they were not written from")
                .isGreaterThanOrEqualTo(0.995);
        for (String set : DATASETS.keySet()) {
            assertThat(ours.get(set).f1()).as("F1 of our rules on %s", set).isGreaterThanOrEqualTo(0.99);
            assertThat(ours.get(set).f1()).as("ours vs Okapi default on %s", set)
                    .isGreaterThan(scores.get("okapi default srx (fa)").get(set).f1());
            assertThat(ours.get(set).f1()).as("ours vs ICU4J on %s", set)
                    .isGreaterThan(scores.get("icu4j BreakIterator (fa)").get(set).f1());
        }
    }

    /**
     * The plain-text reader on NTREX documents with every line break kept and no blank line: the
     * segmenter's boundaries plus the glued-heading rule. Headlines longer than the rule's 12 words
     * and lines that end a sentence without punctuation cannot be found, so the floor is lower.
     */
    @Test
    void shouldFindLineAndSentenceBoundariesOfNtrexArticlesReadAsPlainText() throws IOException {
        PlainTextArticleReader reader = new PlainTextArticleReader(SrxSentenceSegmenter.persian(),
                new SegmentFactory(new WordCounter(), text -> List.of()));
        BoundaryScore total = BoundaryScore.NONE;
        List<String> mistakes = new ArrayList<>();
        for (List<List<String>> document : NtrexParagraphs.documents()) {
            total = total.plus(NtrexArticleScore.of(reader, document, mistakes));
        }
        mistakes.forEach(mistake -> System.out.println("[ntrex-articles] " + mistake));
        System.out.printf(Locale.ROOT, "%n| tarjoman plain-text reader | ntrex-articles (held out) | %d | %d | %d | %.4f | %.4f | %.4f |%n",
                total.gold(), total.predicted(), total.correct(), total.precision(), total.recall(), total.f1());
        assertThat(total.f1()).as("F1 of the reader on NTREX articles").isGreaterThanOrEqualTo(0.97);
    }

    private static BoundaryScore score(SentenceSegmenter segmenter, List<List<String>> paragraphs) {
        BoundaryScore total = BoundaryScore.NONE;
        for (List<String> sentences : paragraphs) {
            total = total.plus(BoundaryScore.of(segmenter, sentences));
        }
        return total;
    }

    private static void printTable(Map<String, Map<String, BoundaryScore>> scores) {
        StringBuilder table = new StringBuilder("\n| system | dataset | boundaries (gold) | predicted | correct | P | R | F1 |\n")
                .append("|---|---|---:|---:|---:|---:|---:|---:|\n");
        scores.forEach((system, bySet) -> bySet.forEach((set, s) -> table.append(String.format(Locale.ROOT,
                "| %s | %s | %d | %d | %d | %.4f | %.4f | %.4f |%n",
                system, set, s.gold(), s.predicted(), s.correct(), s.precision(), s.recall(), s.f1()))));
        System.out.println(table);
    }

    /** The paragraphs our rules get wrong, to read when the score moves. */
    private static void printMistakes(SentenceSegmenter ours) {
        DATASETS.forEach((set, paragraphs) -> {
            for (List<String> sentences : paragraphs) {
                BoundaryScore s = BoundaryScore.of(ours, sentences);
                if (s.correct() != s.gold() || s.predicted() != s.gold()) {
                    String paragraph = String.join(" ", sentences);
                    System.out.println("[" + set + "] gold:      " + sentences);
                    System.out.println("[" + set + "] predicted: "
                            + ours.split(paragraph).stream().map(span -> span.of(paragraph)).toList());
                }
            }
        });
    }

    private static List<List<String>> udParagraphs() throws IOException {
        List<String> sentences = Files.readAllLines(TestData.udPersianSentences())
                .stream().map(String::strip).filter(line -> !line.isEmpty()).toList();
        List<List<String>> paragraphs = new ArrayList<>();
        for (int i = 0; i < sentences.size(); i += SENTENCES_PER_PARAGRAPH) {
            paragraphs.add(sentences.subList(i, Math.min(i + SENTENCES_PER_PARAGRAPH, sentences.size())));
        }
        return paragraphs;
    }

    private static List<List<String>> hardCases() throws IOException {
        String text;
        try (InputStream in = SegmentationEvaluationTest.class.getResourceAsStream("hard-cases.txt")) {
            text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        List<List<String>> paragraphs = new ArrayList<>();
        List<String> current = new ArrayList<>();
        for (String line : (text + "\n").split("\n", -1)) {
            if (line.isBlank()) {
                if (!current.isEmpty()) {
                    paragraphs.add(List.copyOf(current));
                    current.clear();
                }
            } else if (!line.startsWith("#")) {
                current.add(line.strip());
            }
        }
        return paragraphs;
    }
}
