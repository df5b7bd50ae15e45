package org.tarjoman.core.html;

import java.util.ArrayList;
import java.util.List;

import org.tarjoman.core.segment.SentenceSegmenter;
import org.tarjoman.core.segment.Span;

/**
 * Test double for the Persian SRX segmenter: a sentence ends after {@code .}, {@code ؟},
 * {@code ?} or {@code !} followed by whitespace. Spans are trimmed of whitespace.
 */
final class PunctuationSentenceSegmenter implements SentenceSegmenter {

    @Override
    public List<Span> split(String paragraph) {
        List<Span> spans = new ArrayList<>();
        int start = 0;
        for (int i = 0; i < paragraph.length(); i++) {
            boolean end = i == paragraph.length() - 1
                    || ".؟?!".indexOf(paragraph.charAt(i)) >= 0 && Character.isWhitespace(paragraph.charAt(i + 1));
            if (end) {
                addTrimmed(paragraph, start, i + 1, spans);
                start = i + 1;
            }
        }
        return spans;
    }

    private static void addTrimmed(String text, int start, int end, List<Span> spans) {
        while (start < end && Character.isWhitespace(text.charAt(start))) {
            start++;
        }
        while (end > start && Character.isWhitespace(text.charAt(end - 1))) {
            end--;
        }
        if (end > start) {
            spans.add(new Span(start, end));
        }
    }
}
