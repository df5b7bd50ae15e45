package org.tarjoman.core.plaintext;

import org.tarjoman.core.normalize.PersianChars;

/**
 * A line that ends its block although no blank line follows it: a headline or subheading glued to
 * the paragraph below (newsroom systems often drop the blank line), as in
 * <pre>
 * روند مناسبات در سال ۲۰۲۴
 * سفیر ایران در روسیه گفت: سطح مناسبات دو کشور بسیار بالاست.
 * </pre>
 * The line must
 * <ul>
 *   <li>have no final sentence punctuation (a sentence's line end is a sentence boundary anyway);</li>
 *   <li>be short: at most {@link #MAX_WORDS} words (a headline; an unwrapped paragraph is longer);</li>
 *   <li>not end with a mark that says the sentence goes on ({@code ،} {@code ,} {@code ؛} {@code ;}
 *       {@code :} a dash, an opening bracket or quote) nor with the word {@code و} ("and");</li>
 *   <li>start a sentence: open its block or follow a line that ended one. A hard-wrapped paragraph
 *       breaks its lines inside sentences, so its inner lines never qualify; only a wrapped line
 *       that starts a sentence and has at most 12 words could be cut by mistake.</li>
 * </ul>
 */
final class GluedHeading {

    static final int MAX_WORDS = 12;

    private GluedHeading() {
    }

    static boolean endsBlock(CharSequence line, boolean startsSentence) {
        if (!startsSentence || PlainTextArticleReader.endsWithSentencePunctuation(line)) {
            return false;
        }
        int end = line.length();
        while (end > 0 && PersianChars.isSpace(line.charAt(end - 1))) {
            end--;
        }
        if (end == 0 || goesOn(line.charAt(end - 1)) || endsWithAnd(line, end)) {
            return false;
        }
        return words(line, end) <= MAX_WORDS;
    }

    private static boolean goesOn(char last) {
        return switch (last) {
            case '،', ',', '؛', ';', ':', '-', '–', '—', '(', '[', '«', '“' -> true;
            default -> false;
        };
    }

    private static boolean endsWithAnd(CharSequence line, int end) {
        return line.charAt(end - 1) == 'و' && (end == 1 || PersianChars.isSpace(line.charAt(end - 2)));
    }

    private static int words(CharSequence line, int end) {
        int words = 0;
        boolean inWord = false;
        for (int i = 0; i < end; i++) {
            boolean space = PersianChars.isSpace(line.charAt(i));
            if (!space && !inWord) {
                words++;
            }
            inWord = !space;
        }
        return words;
    }
}
