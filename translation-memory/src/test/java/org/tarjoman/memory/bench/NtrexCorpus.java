package org.tarjoman.memory.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.tarjoman.memory.testing.TestData;

/**
 * Realistic Persian for tests and benchmarks, recombined from the NTREX-128 news sentences
 * ({@code newstest2019-ref.fas.txt} and the aligned English, from {@link TestData#ntrex}).
 * New sentences splice two sentences at a Persian comma or {@code و}, substitute words of the corpus
 * and vary numbers; queries edit one or two words of a sentence (replace, drop, swap).
 */
public final class NtrexCorpus {

    private static final String PERSIAN_DIGITS = "۰۱۲۳۴۵۶۷۸۹";

    private final List<String> persian;
    private final List<String> english;
    private final String[] words;

    private NtrexCorpus(List<String> persian, List<String> english) {
        this.persian = persian;
        this.english = english;
        List<String> all = new ArrayList<>();
        for (String line : persian) {
            for (String word : line.split("\\s+")) {
                if (word.codePoints().allMatch(Character::isLetter) && word.length() > 1) {
                    all.add(word);
                }
            }
        }
        this.words = all.toArray(new String[0]);
    }

    public static NtrexCorpus load() {
        Path persian = TestData.ntrex("newstest2019-ref.fas.txt");
        try {
            List<String> fa = Files.readAllLines(persian, StandardCharsets.UTF_8);
            List<String> en = Files.readAllLines(TestData.ntrex("newstest2019-src.eng.txt"), StandardCharsets.UTF_8);
            List<String> keptFa = new ArrayList<>();
            List<String> keptEn = new ArrayList<>();
            for (int i = 0; i < Math.min(fa.size(), en.size()); i++) {
                if (!fa.get(i).isBlank() && !en.get(i).isBlank()) {
                    keptFa.add(fa.get(i).strip());
                    keptEn.add(en.get(i).strip());
                }
            }
            return new NtrexCorpus(keptFa, keptEn);
        } catch (IOException e) {
            throw new UncheckedIOException("NTREX corpus not found beside " + persian.toAbsolutePath(), e);
        }
    }

    public int size() {
        return persian.size();
    }

    public String persian(int i) {
        return persian.get(i);
    }

    public String english(int i) {
        return english.get(i);
    }

    /** A new source/target pair: a splice of two sentences or one with substituted words, numbers varied. */
    public String[] generate(Random random) {
        int i = random.nextInt(size());
        String fa = persian.get(i);
        String en = english.get(i);
        if (random.nextInt(3) == 0) {
            int j = random.nextInt(size());
            int cutI = cut(fa, random);
            int cutJ = cut(persian.get(j), random);
            if (cutI > 0 && cutJ > 0) {
                fa = fa.substring(0, cutI) + "، " + persian.get(j).substring(cutJ).strip();
                en = half(en, true) + ", " + half(english.get(j), false);
            }
        }
        fa = substitute(fa, random, 1 + random.nextInt(2));
        return new String[] {varyNumbers(fa, random), en};
    }

    /** The sentence with {@code edits} word edits: replaced, dropped or two neighbours swapped. */
    public String edit(String sentence, Random random, int edits) {
        List<String> tokens = new ArrayList<>(List.of(sentence.split(" ")));
        for (int e = 0; e < edits && tokens.size() > 2; e++) {
            int at = random.nextInt(tokens.size() - 1);
            switch (random.nextInt(4)) {
                case 0 -> tokens.remove(at);
                case 1 -> tokens.set(at + 1, tokens.set(at, tokens.get(at + 1)));
                default -> tokens.set(at, words[random.nextInt(words.length)]);
            }
        }
        return String.join(" ", tokens);
    }

    private String substitute(String sentence, Random random, int count) {
        String[] tokens = sentence.split(" ");
        for (int c = 0; c < count; c++) {
            int at = random.nextInt(tokens.length);
            if (tokens[at].codePoints().allMatch(Character::isLetter)) {
                tokens[at] = words[random.nextInt(words.length)];
            }
        }
        return String.join(" ", tokens);
    }

    private static String varyNumbers(String sentence, Random random) {
        StringBuilder out = new StringBuilder(sentence.length() + 8);
        boolean inNumber = false;
        for (int i = 0; i < sentence.length(); i++) {
            char c = sentence.charAt(i);
            boolean digit = Character.isDigit(c);
            if (digit && !inNumber) {
                String number = Integer.toString(1 + random.nextInt(2000));
                for (char d : number.toCharArray()) {
                    out.append(PERSIAN_DIGITS.charAt(d - '0'));
                }
            } else if (!digit) {
                out.append(c);
            }
            inNumber = digit;
        }
        if (random.nextInt(4) == 0) {
            String number = Integer.toString(1 + random.nextInt(500));
            StringBuilder persianNumber = new StringBuilder();
            for (char d : number.toCharArray()) {
                persianNumber.append(PERSIAN_DIGITS.charAt(d - '0'));
            }
            return persianNumber + " " + out;
        }
        return out.toString();
    }

    /** Where a sentence splits into two clauses (after a Persian comma or before و), or -1. */
    private static int cut(String sentence, Random random) {
        int comma = sentence.indexOf("، ", sentence.length() / 4);
        int and = sentence.indexOf(" و ", sentence.length() / 4);
        int cut = comma > 0 && (and < 0 || random.nextBoolean()) ? comma : and;
        return cut > 0 && cut < sentence.length() - 10 ? cut : -1;
    }

    private static String half(String sentence, boolean first) {
        int comma = sentence.indexOf(", ");
        if (comma < 0) {
            comma = sentence.length() / 2;
        }
        return first ? sentence.substring(0, comma) : sentence.substring(comma).replaceFirst("^[, ]+", "");
    }
}
