package org.tarjoman.core.qa;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Small numbers written as words, enough for news copy: a translator writes {@code ۲ موافقت‌نامه}
 * as "two agreements", and a Persian writer {@code چهار و نیم تا پنج میلیارد دلار} where the English
 * has "4.5 to 5 billion dollars". Only cardinals; a word number is never required, it only excuses
 * a digit number on the other side.
 */
final class NumberWords {

    private static final Map<String, Integer> PERSIAN = new HashMap<>();
    private static final Map<String, Long> PERSIAN_SCALES = Map.of(
            "هزار", 1_000L, "میلیون", 1_000_000L, "میلیارد", 1_000_000_000L, "تریلیون", 1_000_000_000_000L);
    private static final Map<String, Integer> TARGET = new HashMap<>();
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\u200C]+");

    static {
        String[] units = {"صفر", "یک", "دو", "سه", "چهار", "پنج", "شش", "هفت", "هشت", "نه", "ده", "یازده", "دوازده",
            "سیزده", "چهارده", "پانزده", "شانزده", "هفده", "هجده", "نوزده"};
        for (int i = 0; i < units.length; i++) {
            PERSIAN.put(units[i], i);
        }
        String[] tens = {"بیست", "سی", "چهل", "پنجاه", "شصت", "هفتاد", "هشتاد", "نود"};
        for (int i = 0; i < tens.length; i++) {
            PERSIAN.put(tens[i], (i + 2) * 10);
        }
        String[] hundreds = {"صد", "دویست", "سیصد", "چهارصد", "پانصد", "ششصد", "هفتصد", "هشتصد", "نهصد"};
        for (int i = 0; i < hundreds.length; i++) {
            PERSIAN.put(hundreds[i], (i + 1) * 100);
        }
        PERSIAN.put("یکصد", 100);
        PERSIAN.put("پونزده", 15);
        String[][] target = {
            {"zero", "ноль", "нуля"},
            {"one", "один", "одна", "одно", "одного", "одной", "одному", "одним", "одном", "одну"},
            {"two", "два", "две", "двух", "двум", "двумя"},
            {"three", "три", "трёх", "трех", "трём", "трем", "тремя"},
            {"four", "четыре", "четырёх", "четырех", "четырём", "четырьмя"},
            {"five", "пять", "пяти", "пятью"},
            {"six", "шесть", "шести", "шестью"},
            {"seven", "семь", "семи", "семью"},
            {"eight", "восемь", "восьми", "восемью"},
            {"nine", "девять", "девяти", "девятью"},
            {"ten", "десять", "десяти", "десятью"},
            {"eleven", "одиннадцать", "одиннадцати"},
            {"twelve", "двенадцать", "двенадцати"}};
        for (int i = 0; i < target.length; i++) {
            for (String word : target[i]) {
                TARGET.put(word, i);
            }
        }
    }

    /** A number written in words: where, and what it may stand for (with and without its scale word). */
    record WordNumber(int start, int end, List<String> values) {
    }

    private NumberWords() {
    }

    /**
     * Persian cardinals: runs like {@code بیست و پنج}, {@code چهار و نیم}, {@code پنج میلیارد} (also read
     * as plain 5, since "5 billion" has the 5 as its number).
     */
    static List<WordNumber> persian(String text) {
        List<WordNumber> found = new ArrayList<>();
        Matcher words = WORD.matcher(text);
        int start = -1;
        int end = -1;
        double value = 0;
        long scale = 1;
        boolean afterAnd = false;
        while (words.find()) {
            String word = words.group();
            Integer number = PERSIAN.get(word);
            if (start >= 0) {
                if (afterAnd && number != null) {
                    value += number;
                    end = words.end();
                    afterAnd = false;
                    continue;
                }
                if (afterAnd && word.equals("نیم")) {
                    value += 0.5;
                    end = words.end();
                    afterAnd = false;
                    continue;
                }
                if (!afterAnd && scale == 1 && word.equals("و")) {
                    afterAnd = true;
                    continue;
                }
                if (!afterAnd && scale == 1 && PERSIAN_SCALES.containsKey(word)) {
                    scale = PERSIAN_SCALES.get(word);
                    end = words.end();
                    continue;
                }
                found.add(wordNumber(start, end, value, scale));
                start = -1;
            }
            if (number != null) {
                start = words.start();
                end = words.end();
                value = number;
                scale = 1;
                afterAnd = false;
            }
        }
        if (start >= 0) {
            found.add(wordNumber(start, end, value, scale));
        }
        return found;
    }

    /** English and Russian words for 0–12 in {@code text}, with their values. */
    static List<WordNumber> target(String text) {
        List<WordNumber> found = new ArrayList<>();
        Matcher words = WORD.matcher(text);
        while (words.find()) {
            Integer number = TARGET.get(words.group().toLowerCase(Locale.ROOT));
            if (number != null) {
                found.add(new WordNumber(words.start(), words.end(), List.of(String.valueOf(number))));
            }
        }
        return found;
    }

    private static WordNumber wordNumber(int start, int end, double value, long scale) {
        String plain = NumberValue.of(java.math.BigDecimal.valueOf(value));
        return scale == 1
                ? new WordNumber(start, end, List.of(plain))
                : new WordNumber(start, end, List.of(plain, NumberValue.times(plain, scale)));
    }
}
