package org.tarjoman.core.normalize;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.tarjoman.core.testing.TestData;

class JoinedKeyTest {

    private final PersianNormalizer normalizer = new PersianNormalizer();

    private String joined(String text) {
        return JoinedKey.of(normalizer.normalize(text));
    }

    private void checkSameJoinedKey(String... variants) {
        String key = joined(variants[0]);
        for (String variant : variants) {
            assertThat(joined(variant)).as("joined key of %s", variant).isEqualTo(key);
        }
    }

    @Test
    void shouldJoinCompoundsTheSplitWordListDoesNotKnow() {
        checkSameJoinedKey("الهام‌بخش", "الهام بخش", "الهامبخش");
        checkSameJoinedKey("کم‌فشار", "کم فشار", "کمفشار");
        checkSameJoinedKey("آتش‌سوزی", "آتش سوزی", "آتشسوزی");
    }

    @Test
    void shouldDropEverySpaceBetweenPersianWords() {
        assertThat(joined("آتش سوزی در بازار تبریز")).isEqualTo("آتشسوزیدربازارتبریز");
    }

    @Test
    void shouldDropSpacesBetweenAPersianLetterAndADigitOrPunctuation() {
        checkSameJoinedKey("دهه ۹۰‌ها", "دهه ۹۰ ها", "دهه ۹۰ها");
        checkSameJoinedKey("بیانیه‌ای ، که", "بیانیه‌ای، که");
    }

    @Test
    void shouldKeepSpacesBetweenLatinWordsAndBetweenDigits() {
        assertThat(joined("New York")).isEqualTo("new york");
        assertThat(joined("۱۲ ۵۰۰")).isEqualTo("12 500");
    }

    @Test
    void shouldKeepLettersThatDiffer() {
        assertThat(joined("آتش سوزی")).isNotEqualTo(joined("اتش سوزی"));
    }

    @Test
    void shouldLeaveEmptyAndSpacelessKeysAlone() {
        assertThat(JoinedKey.of("")).isEmpty();
        assertThat(JoinedKey.of("همکاری")).isEqualTo("همکاری");
    }

    @Test
    void shouldBeAFixedPointOnNtrexPersianNews() throws IOException {
        List<String> lines = Files.readAllLines(TestData.ntrexPersian(), StandardCharsets.UTF_8);
        for (String line : lines) {
            String key = joined(line);
            assertThat(JoinedKey.of(key)).as("joined key of %s", line).isEqualTo(key);
        }
    }
}
