package org.tarjoman.core.segment;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import org.tarjoman.core.testing.TestData;

/**
 * Held-out sentence data for the segmenter: the Persian side of NTREX-128 (newstest2019), news
 * translated from English by professionals, which the rules were not written from.
 *
 * <p>NTREX lines are aligned segments, not gold sentences, so two things are decided here:
 * <ul>
 *   <li>Paragraphs: consecutive lines of one document (up to {@link #LINES_PER_PARAGRAPH}) joined by
 *       one space, as UD's sentences are. A line without final punctuation (a headline, a
 *       subheading, a line ending in {@code :} before a quotation) stands alone: in an article it
 *       is a line of its own, which the plain-text reader makes a block, and no punctuation-based
 *       splitter could find its end inside running text.</li>
 *   <li>Gold sentences inside a line: {@code ntrex-sentences-within-lines.txt} lists, per line
 *       number, the words that start each further sentence of that line, read by hand from every
 *       line with sentence punctuation followed by a space inside it.</li>
 * </ul>
 */
final class NtrexParagraphs {

    static final int LINES_PER_PARAGRAPH = 5;
    private static final Pattern FINAL_PUNCTUATION = Pattern.compile("[.؟?!…۔]+[»\"”’')\\]]*$");

    private NtrexParagraphs() {
    }

    /** The paragraphs to score the sentence segmenter on, each a list of gold sentences. */
    static List<List<String>> load() throws IOException {
        List<List<String>> paragraphs = new ArrayList<>();
        for (List<List<String>> document : documents()) {
            List<String> current = new ArrayList<>();
            int linesInCurrent = 0;
            for (List<String> line : document) {
                boolean standsAlone = !endsWithSentencePunctuation(line.get(line.size() - 1));
                if (!current.isEmpty() && (standsAlone || linesInCurrent == LINES_PER_PARAGRAPH)) {
                    paragraphs.add(List.copyOf(current));
                    current.clear();
                    linesInCurrent = 0;
                }
                current.addAll(line);
                linesInCurrent++;
                if (standsAlone) {
                    paragraphs.add(List.copyOf(current));
                    current.clear();
                    linesInCurrent = 0;
                }
            }
            if (!current.isEmpty()) {
                paragraphs.add(List.copyOf(current));
            }
        }
        return paragraphs;
    }

    /** The NTREX documents in order: each a list of its lines, each line a list of its gold sentences. */
    static List<List<List<String>>> documents() throws IOException {
        List<String> lines = Files.readAllLines(TestData.ntrexPersian(), StandardCharsets.UTF_8);
        List<String> ids = Files.readAllLines(TestData.ntrexDocumentIds(), StandardCharsets.UTF_8);
        Map<Integer, List<String>> splits = sentenceStarts();
        List<List<List<String>>> documents = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i).strip();
            if (line.isEmpty()) {
                continue;
            }
            if (documents.isEmpty() || !ids.get(i).equals(ids.get(i - 1))) {
                documents.add(new ArrayList<>());
            }
            documents.get(documents.size() - 1).add(sentencesOf(line, splits.getOrDefault(i + 1, List.of()), i + 1));
        }
        return documents;
    }

    static boolean endsWithSentencePunctuation(String line) {
        return FINAL_PUNCTUATION.matcher(line).find();
    }

    private static List<String> sentencesOf(String line, List<String> starts, int number) {
        List<String> sentences = new ArrayList<>();
        String rest = line;
        for (String start : starts) {
            int at = rest.indexOf(" " + start);
            if (at < 0) {
                throw new IllegalStateException("line " + number + " has no sentence starting " + start);
            }
            sentences.add(rest.substring(0, at).strip());
            rest = rest.substring(at + 1);
        }
        sentences.add(rest.strip());
        return sentences;
    }

    /** Line number (1-based) → the first words of each sentence after the line's first. */
    private static Map<Integer, List<String>> sentenceStarts() throws IOException {
        Map<Integer, List<String>> starts = new HashMap<>();
        try (InputStream in = NtrexParagraphs.class.getResourceAsStream("ntrex-sentences-within-lines.txt")) {
            String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            for (String entry : text.split("\n")) {
                if (entry.isBlank() || entry.startsWith("#")) {
                    continue;
                }
                String[] fields = entry.split("\t");
                starts.computeIfAbsent(Integer.parseInt(fields[0].strip()), n -> new ArrayList<>()).add(fields[1].strip());
            }
        }
        return starts;
    }
}
