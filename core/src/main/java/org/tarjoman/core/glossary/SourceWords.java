package org.tarjoman.core.glossary;

import static org.tarjoman.core.normalize.PersianChars.isPersianLetter;

import java.util.ArrayList;
import java.util.List;

import org.tarjoman.core.normalize.PersianChars;
import org.tarjoman.core.normalize.PersianNormalizer;

/**
 * A text cut into <em>parts</em> for term matching, each with its matching key, and the
 * <em>joined</em> text of all the keys, in which a term is looked for.
 * <ul>
 *   <li>A part is a run of letters, digits and marks ({@code وزارت}, {@code پزشکیانِ}, {@code 2025});
 *       any other visible character (punctuation, symbol) is a part of its own.</li>
 *   <li>Between two parts lies nothing, a space (any whitespace) or a join (ZWNJ or another
 *       invisible format character): {@code وزارت‌ها} is two parts joined, {@code وزارت ها} two parts
 *       spaced.</li>
 *   <li>A part's key is its {@link PersianNormalizer} key ({@code ي} = {@code ی}, {@code ك} = {@code ک},
 *       marks and the ezafe kasra gone, digits ASCII, lower case).</li>
 *   <li>The joined text drops the space or join between parts when either side is a Persian letter, as
 *       {@link org.tarjoman.core.normalize.JoinedKey} does: {@code وزارت امور خارجه},
 *       {@code وزارت‌امور‌خارجه} and {@code وزارتامورخارجه} are all {@code وزارتامورخارجه}, while
 *       {@code New York} keeps its space.</li>
 * </ul>
 * Terms and segments are cut the same way, so a term's joined text is its key in the index. A match
 * always starts and ends on part boundaries, so its span in the original text is exact although keys
 * are shorter than what they stand for.
 */
final class SourceWords {

    enum Gap { NONE, SPACE, JOIN }

    /** A part: {@code [start, end)} in the text, its key, whether it is a word, the gap before it. */
    record Part(int start, int end, String key, boolean word, Gap gapBefore, int joinedStart) {

        int joinedEnd() {
            return joinedStart + key.length();
        }
    }

    private static final PersianNormalizer NORMALIZER = new PersianNormalizer();

    private final List<Part> parts;
    private final String joined;
    private final int[] partAt;

    private SourceWords(List<Part> parts, String joined) {
        this.parts = parts;
        this.joined = joined;
        this.partAt = new int[joined.length()];
        for (int p = 0; p < parts.size(); p++) {
            Part part = parts.get(p);
            for (int i = part.joinedStart(); i < part.joinedEnd(); i++) {
                partAt[i] = p;
            }
        }
    }

    static SourceWords of(String text) {
        List<Part> parts = new ArrayList<>();
        StringBuilder joined = new StringBuilder(text.length());
        Gap gap = Gap.NONE;
        int i = 0;
        while (i < text.length()) {
            char c = text.charAt(i);
            if (PersianChars.isSpace(c)) {
                gap = Gap.SPACE;
                i++;
                continue;
            }
            if (Character.getType(c) == Character.FORMAT) {
                gap = gap == Gap.SPACE ? Gap.SPACE : Gap.JOIN;
                i++;
                continue;
            }
            int start = i;
            boolean word = isWordChar(c);
            i++;
            if (word) {
                while (i < text.length() && isWordChar(text.charAt(i))) {
                    i++;
                }
            } else if (Character.isHighSurrogate(c) && i < text.length()) {
                i++;
            }
            String key = NORMALIZER.normalize(text.substring(start, i));
            if (key.isEmpty()) {
                continue;
            }
            if (!parts.isEmpty() && gap == Gap.SPACE) {
                char before = joined.charAt(joined.length() - 1);
                if (!isPersianLetter(before) && !isPersianLetter(key.charAt(0))) {
                    joined.append(' ');
                }
            }
            parts.add(new Part(start, i, key, word, parts.isEmpty() ? Gap.SPACE : gap, joined.length()));
            joined.append(key);
            gap = Gap.NONE;
        }
        return new SourceWords(List.copyOf(parts), joined.toString());
    }

    /** The key a term is indexed under: its joined text. */
    static String keyOf(String term) {
        return of(term).joined;
    }

    private static boolean isWordChar(char c) {
        int type = Character.getType(c);
        return Character.isLetterOrDigit(c) || type == Character.NON_SPACING_MARK
                || type == Character.COMBINING_SPACING_MARK;
    }

    List<Part> parts() {
        return parts;
    }

    String joined() {
        return joined;
    }

    /** The part that holds the joined text's character at {@code index}. */
    int partAt(int index) {
        return partAt[index];
    }

    /** Whether a word begins with part {@code p}: first part, after a space or after punctuation. */
    boolean startsWord(int p) {
        if (!parts.get(p).word()) {
            return false;
        }
        return p == 0 || parts.get(p).gapBefore() == Gap.SPACE || !parts.get(p - 1).word();
    }

    /** Whether part {@code p + 1} continues the word of part {@code p}: both words, joined by a ZWNJ. */
    boolean continuesWord(int p) {
        return p + 1 < parts.size() && parts.get(p).word() && parts.get(p + 1).word()
                && parts.get(p + 1).gapBefore() == Gap.JOIN;
    }
}
