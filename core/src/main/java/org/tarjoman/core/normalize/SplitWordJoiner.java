package org.tarjoman.core.normalize;

import static org.tarjoman.core.normalize.PersianChars.FARSI_YEH;
import static org.tarjoman.core.normalize.PersianChars.HEH;
import static org.tarjoman.core.normalize.PersianChars.isPersianLetter;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Removes the space inside a Persian word that is written split, so that {@code می شود},
 * {@code می‌شود} and {@code میشود} give one key (the ZWNJ is already gone when this runs).
 * Rules, on text whose spaces are already single:
 * <ol>
 *   <li>{@link #PREFIXES}: a whole word {@code می}, {@code نمی}, {@code بی} joins the next word if that
 *       starts with a Persian letter. {@code بی} is also the letter name "B" ({@code بی بی سی}); the only
 *       cost is that {@code بی بی سی} and {@code بیبی سی} share a key. {@code هم} is <em>not</em> a
 *       prefix here: as the word "also" it would glue {@code او هم کار دارد} into {@code همکار}.</li>
 *   <li>{@link #SUFFIXES}: a word that is exactly a suffix ({@code ها}, {@code ترین}, …) joins the
 *       previous word if that ends with a Persian letter: {@code BRICS ها} and {@code ۲ ها} stay apart.</li>
 *   <li>{@link #SUFFIXES_AFTER_VOWEL}: {@code ای}, {@code ام}, {@code اند}, … join only a word ending
 *       in {@code ه} or {@code ی} ({@code منطقه ای}, {@code داشته اند}); after a consonant {@code ای} is
 *       the vocative "O" ({@code گفت ای مردم}).</li>
 *   <li>{@link #COMPOUNDS}: fixed phrases commonly written joined, split or with ZWNJ
 *       ({@code بین المللی}, {@code رئیس جمهور}, {@code گفت و گو}); the last word may carry one of
 *       {@link #COMPOUND_ENDINGS} ({@code رئیس جمهوری}, {@code رفت و آمدهای}).</li>
 * </ol>
 * A one-letter word is never joined: {@code مرد م} stays two words, unlike {@code مردم}. Spellings
 * that differ by more than a space ({@code گفتگو} and {@code گفت و گو}) keep different keys.
 * The rules run until nothing changes, so that a key is a fixed point.
 */
final class SplitWordJoiner {

    static final Set<String> PREFIXES = Set.of("می", "نمی", "بی");

    static final Set<String> SUFFIXES = Set.of(
            "ها", "های", "هایی", "هایم", "هایت", "هایش", "هایمان", "هایتان", "هایشان",
            "تر", "ترین", "گر", "گری", "گران", "پذیر", "پذیری");

    static final Set<String> SUFFIXES_AFTER_VOWEL = Set.of("ای", "ام", "ات", "اش", "ایم", "اید", "اند");

    static final List<String> COMPOUNDS = List.of(
            "بین الملل", "رئیس جمهور", "نخست وزیر", "خاطر نشان", "یاد آور", "پیش بینی", "هم زمان",
            "موافقت نامه", "توافق نامه", "برنامه ریزی", "باقی مانده", "دو جانبه", "چند جانبه", "راه آهن",
            "گفت و گو", "جست و جو", "رفت و آمد", "حمل و نقل");

    static final Set<String> COMPOUND_ENDINGS = Set.of("ی", "ان", "ها", "های", "هایی");

    /** The compounds by their first word, in {@link #COMPOUNDS}' order: one look-up per word, not one per compound. */
    private static final Map<String, List<String[]>> COMPOUNDS_BY_FIRST = COMPOUNDS.stream().map(c -> c.split(" "))
            .collect(Collectors.groupingBy(words -> words[0], LinkedHashMap::new, Collectors.toList()));

    private static final int LONGEST_PREFIX = longest(PREFIXES);
    private static final int LONGEST_SUFFIX = Math.max(longest(SUFFIXES), longest(SUFFIXES_AFTER_VOWEL));
    private static final int LONGEST_FIRST = longest(COMPOUNDS_BY_FIRST.keySet());

    /** {@code text} has single spaces and no leading or trailing space. */
    String join(String text) {
        String joined = text;
        String previous;
        do {
            previous = joined;
            joined = joinOnce(previous);
        } while (joined != previous);
        return joined;
    }

    /** The text with one round of the rules applied; the same instance when none applies. */
    private static String joinOnce(String text) {
        int spaces = 0;
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) == ' ') {
                spaces++;
            }
        }
        if (spaces == 0) {
            return text;
        }
        int[] starts = new int[spaces + 1];
        int[] ends = new int[spaces + 1];
        for (int i = 0, w = 0; i <= text.length(); i++) {
            if (i == text.length() || text.charAt(i) == ' ') {
                ends[w] = i;
                if (++w <= spaces) {
                    starts[w] = i + 1;
                }
            }
        }
        Words words = new Words(text, starts, ends);
        boolean[] glued = new boolean[starts.length];
        boolean any = false;
        for (int w = 0; w < starts.length; w++) {
            int length = words.compoundLength(w);
            for (int k = 1; k < length; k++) {
                glued[w + k] = true;
                any = true;
            }
        }
        for (int w = 1; w < starts.length; w++) {
            glued[w] |= (!glued[w - 1] && words.isPrefix(w - 1) && words.startsWithWord(w))
                    || words.isSuffixOf(w, w - 1);
            any |= glued[w];
        }
        if (!any) {
            return text;
        }
        StringBuilder out = new StringBuilder(text.length());
        for (int w = 0; w < starts.length; w++) {
            if (w > 0 && !glued[w]) {
                out.append(' ');
            }
            out.append(text, starts[w], ends[w]);
        }
        return out.toString();
    }

    private static int longest(Collection<String> words) {
        return words.stream().mapToInt(String::length).max().orElse(0);
    }

    /**
     * The words of one text. The head of a word is its leading Persian letters when only
     * punctuation or nothing follows them ({@code ها،}); its tail, its trailing Persian letters when
     * only punctuation or nothing precedes them ({@code «می}). Otherwise they are empty. Heads and
     * tails are kept as offsets and made strings only when short enough to be in a list: making
     * every one a string, and comparing each tail with every compound, was most of joining's time
     * (JFR, the editor's look-up at 1M units).
     */
    private static final class Words {

        private final String text;
        private final int[] starts;
        private final int[] ends;
        /** Where word {@code w}'s head ends, or -1 when it has none. */
        private final int[] headEnds;
        /** Where word {@code w}'s tail starts, or -1 when it has none. */
        private final int[] tailStarts;

        Words(String text, int[] starts, int[] ends) {
            this.text = text;
            this.starts = starts;
            this.ends = ends;
            this.headEnds = new int[starts.length];
            this.tailStarts = new int[starts.length];
            for (int w = 0; w < starts.length; w++) {
                headEnds[w] = headEnd(w);
                tailStarts[w] = tailStart(w);
            }
        }

        boolean isPrefix(int w) {
            String tail = tail(w, LONGEST_PREFIX);
            return tail != null && PREFIXES.contains(tail);
        }

        /** Word {@code w} is a suffix and {@code previous} ends in two Persian letters. */
        boolean isSuffixOf(int w, int previous) {
            int last = ends[previous] - 1;
            if (last < starts[previous] + 1
                    || !isPersianLetter(text.charAt(last)) || !isPersianLetter(text.charAt(last - 1))) {
                return false;
            }
            String head = head(w, LONGEST_SUFFIX);
            if (head == null) {
                return false;
            }
            char before = text.charAt(last);
            return SUFFIXES.contains(head)
                    || ((before == HEH || before == FARSI_YEH) && SUFFIXES_AFTER_VOWEL.contains(head));
        }

        /** Word {@code w} starts with two Persian letters: a one-letter word is never glued. */
        boolean startsWithWord(int w) {
            return ends[w] - starts[w] >= 2
                    && isPersianLetter(text.charAt(starts[w])) && isPersianLetter(text.charAt(starts[w] + 1));
        }

        /** How many words starting at {@code w} make a known compound, or 0. */
        int compoundLength(int w) {
            String tail = tail(w, LONGEST_FIRST);
            List<String[]> compounds = tail == null ? null : COMPOUNDS_BY_FIRST.get(tail);
            if (compounds == null) {
                return 0;
            }
            for (String[] compound : compounds) {
                if (w + compound.length <= starts.length && matches(w, compound)) {
                    return compound.length;
                }
            }
            return 0;
        }

        /** Words after {@code w} spell the compound's middle words and the last word's head starts with its last. */
        private boolean matches(int w, String[] compound) {
            int last = compound.length - 1;
            for (int k = 1; k < last; k++) {
                int start = starts[w + k];
                if (ends[w + k] - start != compound[k].length() || !text.startsWith(compound[k], start)) {
                    return false;
                }
            }
            int start = starts[w + last];
            int headEnd = headEnds[w + last];
            String lastWord = compound[last];
            if (headEnd < start + lastWord.length() || !text.startsWith(lastWord, start)) {
                return false;
            }
            return headEnd == start + lastWord.length()
                    || COMPOUND_ENDINGS.contains(text.substring(start + lastWord.length(), headEnd));
        }

        /** Word {@code w}'s head if it has one of at most {@code longest} characters, else null. */
        private String head(int w, int longest) {
            int end = headEnds[w];
            return end < 0 || end - starts[w] > longest ? null : text.substring(starts[w], end);
        }

        /** Word {@code w}'s tail if it has one of at most {@code longest} characters, else null. */
        private String tail(int w, int longest) {
            int start = tailStarts[w];
            return start < 0 || ends[w] - start > longest ? null : text.substring(start, ends[w]);
        }

        private int tailStart(int w) {
            int from = ends[w];
            while (from > starts[w] && isPersianLetter(text.charAt(from - 1))) {
                from--;
            }
            if (from == ends[w] || (from > starts[w] && Character.isLetter(text.charAt(from - 1)))) {
                return -1;
            }
            return from;
        }

        private int headEnd(int w) {
            int to = starts[w];
            while (to < ends[w] && isPersianLetter(text.charAt(to))) {
                to++;
            }
            if (to == starts[w] || (to < ends[w] && Character.isLetter(text.charAt(to)))) {
                return -1;
            }
            return to;
        }
    }
}
