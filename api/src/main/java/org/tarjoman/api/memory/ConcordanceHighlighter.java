package org.tarjoman.api.memory;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.tarjoman.core.normalize.PersianNormalizer;
import org.tarjoman.core.segment.Span;

/**
 * Finds where a concordance phrase stands in a unit's text as written: the shortest run of whole
 * words whose matching key contains the phrase's key. Working on keys lets {@code همکاری ها} find
 * {@code همکاری‌ها} and {@code رئيس} find {@code رئیس}, while the span points into the stored text.
 */
final class ConcordanceHighlighter {

    private final PersianNormalizer normalizer;

    ConcordanceHighlighter(PersianNormalizer normalizer) {
        this.normalizer = normalizer;
    }

    Optional<Span> find(String text, String phraseKey) {
        List<Span> words = words(text);
        for (int length = 1; length <= words.size(); length++) {
            for (int first = 0; first + length <= words.size(); first++) {
                Span span = new Span(words.get(first).start(), words.get(first + length - 1).end());
                if (normalizer.normalize(span.of(text)).contains(phraseKey)) {
                    return Optional.of(span);
                }
            }
        }
        return Optional.empty();
    }

    private static List<Span> words(String text) {
        List<Span> words = new ArrayList<>();
        int start = -1;
        for (int i = 0; i <= text.length(); i++) {
            boolean space = i == text.length() || Character.isWhitespace(text.charAt(i));
            if (space && start >= 0) {
                words.add(new Span(start, i));
                start = -1;
            } else if (!space && start < 0) {
                start = i;
            }
        }
        return words;
    }
}
