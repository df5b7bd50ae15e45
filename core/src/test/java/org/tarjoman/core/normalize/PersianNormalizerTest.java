package org.tarjoman.core.normalize;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;
import org.tarjoman.core.testing.TestData;

class PersianNormalizerTest {

    private final PersianNormalizer normalizer = new PersianNormalizer();

    private void check(String in, String expected) {
        assertThat(normalizer.normalize(in)).as("key of %s", in).isEqualTo(expected);
    }

    private void checkSameKey(String... variants) {
        String key = normalizer.normalize(variants[0]);
        for (String variant : variants) {
            assertThat(normalizer.normalize(variant)).as("key of %s", variant).isEqualTo(key);
        }
    }

    private void checkDifferentKeys(String a, String b) {
        assertThat(normalizer.normalize(a)).as("key of %s vs %s", a, b).isNotEqualTo(normalizer.normalize(b));
    }

    @Test
    void shouldFoldArabicYehAndAlefMaksuraToFarsiYeh() {
        check("مدير مقدماتي", "مدیر مقدماتی");
        check("مصطفى", "مصطفی");
    }

    @Test
    void shouldFoldArabicKafToKeheh() {
        check("كودك", "کودک");
        check("كشورم", "کشورم");
    }

    @Test
    void shouldFoldYehWithHamzaAtWordEndToFarsiYeh() {
        check("ناشئ از", "ناشی از");
        check("مبتدئ،", "مبتدی،");
        checkSameKey("ناشئ‌ها", "ناشئ ها", "ناشیها");
    }

    @Test
    void shouldKeepYehWithHamzaInsideWords() {
        check("رئیس هیئت", "رئیس هیئت");
        check("مسئولان", "مسئولان");
        checkDifferentKeys("سئول", "سیول");
    }

    @Test
    void shouldTreatYehFollowedByHamzaAboveAsYehWithHamza() {
        check("ر\u06CC\u0654یس", "رئیس");
        check("ر\u064A\u0654یس", "رئیس");
    }

    @Test
    void shouldDropEzafeHamzaOnHeh() {
        checkSameKey("خانه", "خانهٔ", "خانۀ");
        check("آیندۀ", "آینده");
    }

    @Test
    void shouldFoldHehVariantsToHeh() {
        check("مبادلة", "مبادله");
        check("ھمکاری", "همکاری");
        check("خانە", "خانه");
        check("ه\u200Dمکاری", "همکاری");
    }

    @Test
    void shouldFoldAlefWithHamzaToAlef() {
        check("تأیید", "تایید");
        check("إسلامی", "اسلامی");
        check("ٱلله", "الله");
    }

    @Test
    void shouldKeepAlefMaddaAsItsOwnLetter() {
        check("آستارا", "آستارا");
        check("ا\u0653مار", "آمار");
        checkDifferentKeys("آمار", "امار");
    }

    @Test
    void shouldRemoveDiacritics() {
        check("واقعاً", "واقعا");
        check("ترَک", "ترک");
        check("مُحَمَّد", "محمد");
        check("رحمٰن", "رحمن");
    }

    @Test
    void shouldRemoveTatweel() {
        check("ایـــران", "ایران");
    }

    @Test
    void shouldFoldPersianAndArabicIndicDigitsToAscii() {
        check("۱۴۰۳", "1403");
        check("١٤٠٣", "1403");
        check("۴٫۲ درصد", "4.2 درصد");
        check("۱۲٬۵۰۰ دلار", "12,500 دلار");
        check("۱۵٪", "15%");
    }

    @Test
    void shouldKeepPersianComma() {
        check("امنیتی، دفاعی", "امنیتی، دفاعی");
    }

    @Test
    void shouldRemoveInvisibleFormatCharacters() {
        check("\u200Fپوتین\u200E", "پوتین");
        check("\u202Bپوتین\u202C", "پوتین");
        check("\u2067BRICS\u2069", "brics");
        check("Pu\u00ADtin", "putin");
        check("\uFEFFجلالی\u061C", "جلالی");
    }

    @Test
    void shouldGiveOneKeyToVerbPrefixWrittenWithZwnjSpaceOrNothing() {
        checkSameKey("می‌شود", "می شود", "میشود");
        checkSameKey("نمی‌شود", "نمی شود", "نمیشود");
        checkSameKey("بی‌نظیر", "بی نظیر", "بینظیر");
    }

    @Test
    void shouldGiveOneKeyToSuffixWrittenWithZwnjSpaceOrNothing() {
        checkSameKey("همکاری‌ها", "همکاری ها", "همکاریها");
        checkSameKey("همکاری‌های", "همکاری های", "همکاریهای");
        checkSameKey("بیش‌تر", "بیش تر", "بیشتر");
        checkSameKey("سلطه‌گری", "سلطه گری", "سلطهگری");
        checkSameKey("طیف‌های سیاسی،", "طیف های سیاسی،", "طیفهای سیاسی،");
    }

    @Test
    void shouldJoinVowelSuffixesOnlyAfterHehOrYeh() {
        checkSameKey("منطقه‌ای", "منطقه ای", "منطقهای");
        checkSameKey("داشته‌اند", "داشته اند", "داشتهاند");
        check("گفت ای مردم", "گفت ای مردم");
    }

    @Test
    void shouldGiveOneKeyToCompoundsWrittenSplit() {
        checkSameKey("بین‌المللی", "بین المللی", "بینالمللی");
        checkSameKey("رئیس‌جمهور", "رئیس جمهور", "رئیسجمهور");
        checkSameKey("رئیس‌جمهوری اسلامی", "رئیس جمهوری اسلامی", "رئیسجمهوری اسلامی");
        checkSameKey("خاطرنشان کرد", "خاطر نشان کرد");
        checkSameKey("گفت‌وگو", "گفت و گو", "گفت‌ و ‌گو");
        checkSameKey("رفت‌وآمدهای", "رفت و آمدهای");
    }

    @Test
    void shouldNotJoinSuffixToNonPersianWord() {
        check("BRICS ها", "brics ها");
        check("۲ ها", "2 ها");
    }

    @Test
    void shouldNotJoinWordsThatOnlyEndLikeAPrefix() {
        check("کمی بیشتر", "کمی بیشتر");
    }

    @Test
    void shouldKeepDifferentWordsDifferent() {
        checkDifferentKeys("کار", "کاری");
        checkDifferentKeys("مردم", "مرد م");
        checkDifferentKeys("او همکار است", "او هم کار است");
        checkDifferentKeys("گفتگو", "گفت و گو");
        checkDifferentKeys("گفت و گوش", "گفتوگوش");
    }

    @Test
    void shouldLowerCaseLatinLetters() {
        check("Vladimir Putin", "vladimir putin");
        check("MWP با Twp", "mwp با twp");
    }

    @Test
    void shouldCollapseAndTrimWhitespace() {
        check(" \tجلالی\u00A0\n  گفت  ", "جلالی گفت");
    }

    @Test
    void shouldKeepEmptyTextEmpty() {
        check("", "");
        check(" \u200C\u200F ", "");
    }

    @Test
    void shouldOnlyLowerCaseEnglishText() {
        check("Welsh Assembly members  worried", "welsh assembly members worried");
    }

    @Test
    void shouldNeverThrowOnRandomText() {
        Random random = new Random(42);
        for (int n = 0; n < 2_000; n++) {
            String text = randomText(random, 0x0000, 0xFFFF);
            assertThatCode(() -> normalizer.normalize(text)).as("text %s", text).doesNotThrowAnyException();
        }
    }

    @Test
    void shouldBeIdempotentOnRandomPersianText() {
        Random random = new Random(7);
        String alphabet = "ابپتثجچحخدذرزژسشصضطظعغفقکگلمنوهیيكئؤأإآةۀھە ٔ ًّ ـ\u200C\u200D\u200F  ۱۲٫٬،";
        for (int n = 0; n < 5_000; n++) {
            assertIdempotent(randomPersian(random, alphabet));
        }
    }

    @Test
    void shouldBeIdempotentOnNtrexPersianNews() throws IOException {
        List<String> lines = Files.readAllLines(TestData.ntrexPersian(), StandardCharsets.UTF_8);
        assertThat(lines).hasSizeGreaterThan(1_000);
        lines.forEach(this::assertIdempotent);
    }

    @Test
    void shouldGiveTheSameKeyFromTheKeysOfTheWordsOnNtrexPersianNews() throws IOException {
        List<String> lines = Files.readAllLines(TestData.ntrexPersian(), StandardCharsets.UTF_8);
        lines.forEach(this::assertSameKeyFromWords);
    }

    @Test
    void shouldGiveTheSameKeyFromTheKeysOfTheWordsOnRandomPersianText() {
        Random random = new Random(11);
        // marks and invisibles at word edges, split words, no-break and other spaces
        String alphabet = "ابپتیيكئؤأآةۀ ٔ ًّ ـ\u200C\u200D\u200F\u00A0\u2007\t\n ۱۲٫،.«»ée\u0301";
        for (int n = 0; n < 5_000; n++) {
            assertSameKeyFromWords(randomPersian(random, alphabet));
        }
    }

    private void assertSameKeyFromWords(String text) {
        List<String> wordKeys = new ArrayList<>();
        StringBuilder word = new StringBuilder();
        for (int i = 0; i <= text.length(); i++) {
            if (i == text.length() || PersianChars.isSpace(text.charAt(i))) {
                wordKeys.add(normalizer.normalize(word));
                word.setLength(0);
            } else {
                word.append(text.charAt(i));
            }
        }
        assertThat(normalizer.joinWordKeys(wordKeys)).as("key from the words of %s", text)
                .isEqualTo(normalizer.normalize(text));
    }

    private void assertIdempotent(String text) {
        String key = normalizer.normalize(text);
        assertThat(normalizer.normalize(key)).as("key of key of %s", text).isEqualTo(key);
    }

    /** Up to 30 pieces: characters of the alphabet and, one time in four, a word the split-word rules join. */
    private static String randomPersian(Random random, String alphabet) {
        StringBuilder text = new StringBuilder();
        int length = random.nextInt(30);
        for (int i = 0; i < length; i++) {
            text.append(random.nextInt(4) == 0
                    ? List.of("می", "نمی", "بی", "ها", "ای", "بین", "المللی", "گفت", "و", "گو").get(random.nextInt(10))
                    : String.valueOf(alphabet.charAt(random.nextInt(alphabet.length()))));
        }
        return text.toString();
    }

    private static String randomText(Random random, int from, int to) {
        StringBuilder text = new StringBuilder();
        int length = random.nextInt(40);
        for (int i = 0; i < length; i++) {
            text.append((char) (from + random.nextInt(to - from + 1)));
        }
        return text.toString();
    }
}
