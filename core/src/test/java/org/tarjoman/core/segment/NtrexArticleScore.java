package org.tarjoman.core.segment;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.tarjoman.core.document.Document;
import org.tarjoman.core.document.Segment;
import org.tarjoman.core.plaintext.PlainTextArticleReader;

/**
 * Scores the whole plain-text pipeline on one NTREX document written as a newsroom might send it:
 * one line per NTREX line, no blank lines, so headlines and subheadings are glued to the
 * paragraphs after them. Gold boundaries are the start of every line but the first and of every
 * further sentence inside a line; predicted ones, the start of every segment but the first,
 * whether the reader ended a block there or the segmenter a sentence.
 */
final class NtrexArticleScore {

    private NtrexArticleScore() {
    }

    /** Scores one document; adds a line to {@code mistakes} for each boundary missed or made wrongly. */
    static BoundaryScore of(PlainTextArticleReader reader, List<List<String>> lines, List<String> mistakes) {
        StringBuilder text = new StringBuilder();
        Set<Integer> gold = new HashSet<>();
        for (List<String> sentences : lines) {
            if (!text.isEmpty()) {
                text.append('\n');
            }
            for (int i = 0; i < sentences.size(); i++) {
                if (!text.isEmpty()) {
                    gold.add(text.length() + (i > 0 ? 1 : 0));
                }
                text.append(i > 0 ? " " : "").append(sentences.get(i));
            }
        }
        Document document = reader.read(text.toString(), "fa");
        int correct = 0;
        int predicted = 0;
        int cursor = 0;
        Set<Integer> found = new HashSet<>();
        for (Segment segment : document.segments().toList()) {
            int start = text.indexOf(segment.text(), cursor);
            if (start > 0) {
                predicted++;
                found.add(start);
                if (gold.contains(start)) {
                    correct++;
                } else {
                    mistakes.add("wrong boundary before: " + segment.text());
                }
            }
            cursor = start + segment.text().length();
        }
        gold.stream().filter(at -> !found.contains(at)).sorted().forEach(at -> mistakes.add("missed boundary after: "
                + text.substring(Math.max(0, at - 60), at).replace('\n', '⏎') + " ‖ "
                + text.substring(at, Math.min(text.length(), at + 30))));
        return new BoundaryScore(correct, predicted, gold.size());
    }
}
