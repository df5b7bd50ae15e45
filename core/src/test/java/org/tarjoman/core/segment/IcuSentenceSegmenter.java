package org.tarjoman.core.segment;

import java.util.ArrayList;
import java.util.List;

import com.ibm.icu.text.BreakIterator;
import com.ibm.icu.util.ULocale;

/** ICU4J's UAX #29 sentence breaks as a {@link SentenceSegmenter}: a baseline for the evaluation. */
final class IcuSentenceSegmenter implements SentenceSegmenter {

    private final ULocale locale;

    IcuSentenceSegmenter(String language) {
        this.locale = new ULocale(language);
    }

    @Override
    public List<Span> split(String paragraph) {
        BreakIterator breaks = BreakIterator.getSentenceInstance(locale);
        breaks.setText(paragraph);
        List<Span> spans = new ArrayList<>();
        for (int start = breaks.first(), end = breaks.next(); end != BreakIterator.DONE; start = end, end = breaks.next()) {
            int s = start;
            int e = end;
            while (s < e && Character.isWhitespace(paragraph.charAt(s))) {
                s++;
            }
            while (e > s && Character.isWhitespace(paragraph.charAt(e - 1))) {
                e--;
            }
            if (s < e) {
                spans.add(new Span(s, e));
            }
        }
        return spans;
    }
}
