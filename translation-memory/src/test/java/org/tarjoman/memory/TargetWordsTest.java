package org.tarjoman.memory;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.tarjoman.core.segment.Span;

/** The words target-side concordance compares: one test per rule of {@link TargetWords}. */
class TargetWordsTest {

    @Test
    void shouldSplitAtSpacesPunctuationApostrophesAndHyphens() {
        check("en", "Iran's Moscow-based envoy said: \"talks go on\".", "iran", "s", "moscow", "based", "envoy", "said",
                "talks", "go", "on");
        check("en", "U.S. officials", "u", "s", "officials");
    }

    @Test
    void shouldFoldCaseWithoutALocale() {
        check("en", "TEHRAN Tehran tehran", "tehran", "tehran", "tehran");
        check("ru", "МОСКВА Москва", "москва", "москва");
        check("en", "ISTANBUL İstanbul", "istanbul", "istanbul");
    }

    @Test
    void shouldWriteDigitsOfEveryScriptAsAscii() {
        check("en", "۲۰۲۴ and ٢٠٢٤ and 2024", "2024", "and", "2024", "and", "2024");
    }

    @Test
    void shouldFoldRussianYoToYeAndDropStressMarks() {
        check("ru", "Ёлка, ёлка и елка", "елка", "елка", "и", "елка");
        check("ru", "договоре\u0308нность", "договоренность");
        check("ru", "за\u0301мок", "замок");
    }

    @Test
    void shouldKeepYoOutsideRussian() {
        check("en", "Pyotr Kapitsa (Пётр)", "pyotr", "kapitsa", "пётр");
    }

    @Test
    void shouldComposeCombiningAccents() {
        check("en", "cafe\u0301 café", "café", "café");
    }

    @Test
    void shouldGiveNoWordsForPunctuationOrEmptyText() {
        check("en", "");
        check("en", " ... — !? ");
    }

    @Test
    void shouldFindAPhraseAsConsecutiveWordsWithItsSpanInTheText() {
        TargetWords english = TargetWords.of("en");
        String text = "The foreign minister of Iran, Abbas Araghchi, arrived in Moscow.";

        assertThat(english.find(text, english.words("Foreign Minister"))).contains(new Span(4, 20));
        assertThat(english.find(text, english.words("iran abbas"))).map(s -> s.of(text)).contains("Iran, Abbas");
        assertThat(english.find(text, english.words("minister foreign"))).isEmpty();
        assertThat(english.find(text, english.words("foreign Iran"))).isEmpty();
        assertThat(english.find(text, english.words("Mosco"))).isEmpty();
    }

    private static void check(String language, String text, String... expected) {
        assertThat(TargetWords.of(language).words(text)).containsExactly(expected);
    }
}
