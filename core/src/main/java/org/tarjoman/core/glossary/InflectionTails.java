package org.tarjoman.core.glossary;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The endings a Persian noun or name takes and a term still hits with, in their key form (the ezafe
 * kasra {@code ِ} and {@code ۀ}'s hamza are already gone from keys, so {@code پزشکیانِ} and
 * {@code خانۀ} need no ending at all). An ending is a plural, then an ezafe, indefinite or possessive
 * ending, either or both:
 * <ul>
 *   <li>{@link #PLURALS}: {@code ها} ({@code وزارت‌ها}), {@code ان} ({@code نمایندگان} aside: a final
 *       {@code ه} turning into {@code گ} is not an ending), {@code یان} after a vowel ({@code دانشجویان});</li>
 *   <li>{@link #ENDINGS}: ezafe or indefinite {@code ی} ({@code شورای}, {@code وزارتی}), {@code ای} and
 *       {@code یی} after a vowel ({@code خانه‌ای}, {@code دانشجویی}), possessives {@code م ت ش مان تان شان}
 *       with their forms after a vowel ({@code ام}, {@code یش}…).</li>
 * </ul>
 * So {@code وزارت‌های}, {@code کشورهایشان}, {@code پزشکیانی} hit; {@code ایرانشهر} and {@code ایران‌خودرو}
 * do not hit {@code ایران}: what follows is a word, not an ending.
 *
 * <p>An ending that starts with {@code ی} and has more letters ({@code یان}, {@code یی}, {@code یش}) follows
 * only {@code ا} or {@code و}, and an ending (not the plural {@code ان}) that starts with {@code ا} ({@code ای}, {@code اش}) only {@code ه} or
 * {@code ی}: so {@code پزشکیان} is not the plural of {@code پزشک} (that is {@code پزشکان}).
 * A one-letter ending glued to a term of three letters or fewer is refused: there it is more often
 * another word ({@code کارت} "card" is not {@code کار} + {@code ت}, {@code قمی} is "from Qom").
 */
final class InflectionTails {

    static final List<String> PLURALS = List.of("", "ها", "ان", "یان");
    static final List<String> ENDINGS = List.of("", "ی", "ای", "یی",
            "م", "ت", "ش", "مان", "تان", "شان",
            "ام", "ات", "اش", "امان", "اتان", "اشان",
            "یم", "یت", "یش", "یمان", "یتان", "یشان");
    static final int SHORT_TERM = 3;

    private static final char ALEF = '\u0627';
    private static final char WAW = '\u0648';
    private static final char HEH = '\u0647';
    private static final char YEH = '\u06CC';

    private static final Set<String> TAILS = tails();
    static final int LONGEST = TAILS.stream().mapToInt(String::length).max().orElse(0);

    private InflectionTails() {
    }

    /**
     * Whether {@code tail} may follow a term whose key has {@code termLength} characters.
     *
     * @param glued the tail is written straight after the term, no ZWNJ nor space between
     */
    static boolean allows(String tail, String termKey, boolean glued) {
        if (tail.isEmpty()) {
            return true;
        }
        if (glued && tail.length() == 1 && termKey.length() <= SHORT_TERM) {
            return false;
        }
        if (!TAILS.contains(tail)) {
            return false;
        }
        char last = termKey.charAt(termKey.length() - 1);
        if (tail.length() > 1 && tail.charAt(0) == YEH) {
            return last == ALEF || last == WAW;
        }
        if (tail.length() > 1 && tail.charAt(0) == ALEF && !tail.startsWith("ان")) {
            return last == HEH || last == YEH;
        }
        return true;
    }

    /** Whether a word written apart after a term ({@code همکاری ها}) is its plural ending. */
    static boolean isSpacedPlural(String word) {
        return word.startsWith("ها") && TAILS.contains(word);
    }

    private static Set<String> tails() {
        Set<String> tails = new HashSet<>();
        for (String plural : PLURALS) {
            for (String ending : ENDINGS) {
                tails.add(plural + ending);
            }
        }
        tails.remove("");
        return Set.copyOf(tails);
    }
}
