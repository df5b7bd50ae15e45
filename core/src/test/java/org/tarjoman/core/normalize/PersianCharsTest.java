package org.tarjoman.core.normalize;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PersianCharsTest {

    /** Each space of {@code in} shown as {@code _}, so what counts as one is visible. */
    private static void checkSpaces(String in, String expected) {
        StringBuilder shown = new StringBuilder();
        in.chars().forEach(c -> shown.append(PersianChars.isSpace(c) ? '_' : (char) c));
        assertThat(shown.toString()).as("spaces of %s", in).isEqualTo(expected);
    }

    private static void checkAsciiDigits(String in, String expected) {
        assertThat(PersianChars.asciiDigits(in)).as("ASCII digits of %s", in).isEqualTo(expected);
    }

    private static void checkPersianLetters(String in, String expected) {
        assertThat(PersianChars.persianLetters(in)).as("Persian letters of %s", in).isEqualTo(expected);
    }

    @Test
    void shouldCountSpacesTabsAndLineBreaksAsSpaces() {
        checkSpaces("سفر پزشکیان\tبه\nمسکو", "سفر_پزشکیان_به_مسکو");
    }

    @Test
    void shouldCountNoBreakSpacesAsSpaces() {
        checkSpaces("۱۵\u00A0درصد،\u202F۳\u2007۰۰۰", "۱۵_درصد،_۳_۰۰۰");
    }

    @Test
    void shouldNotCountZwnjZwjOrBomAsSpaces() {
        checkSpaces("همکاری\u200Cها", "همکاری\u200Cها");
        checkSpaces("ه\u200D", "ه\u200D");
        checkSpaces("\uFEFFخبر", "\uFEFFخبر");
    }

    @Test
    void shouldFoldPersianAndArabicIndicDigitsToAscii() {
        checkAsciiDigits("۲۸ دی ۱۴۰۳", "28 دی 1403");
        checkAsciiDigits("٢٠٢٥/٠١/١٧", "2025/01/17");
        checkAsciiDigits("COVID-19", "COVID-19");
    }

    @Test
    void shouldKeepDigitSeparatorsAndPercentSigns() {
        checkAsciiDigits("۴٫۵٪ و ۱۲٬۵۰۰", "4٫5٪ و 12٬500");
    }

    @Test
    void shouldGiveTheValueOfADigitInAnyOfTheThreeScripts() {
        assertThat(PersianChars.digitValue('۷')).isEqualTo(7);
        assertThat(PersianChars.digitValue('٧')).isEqualTo(7);
        assertThat(PersianChars.digitValue('7')).isEqualTo(7);
        assertThat(PersianChars.digitValue('٫')).isEqualTo(-1);
        assertThat(PersianChars.digitValue('ه')).isEqualTo(-1);
    }

    @Test
    void shouldParseANumberWrittenInPersianDigits() {
        assertThat(PersianChars.parseDigits("۱۴۰۳")).isEqualTo(1403);
        assertThat(PersianChars.parseDigits("٠٩")).isEqualTo(9);
    }

    @Test
    void shouldWriteArabicKeyboardYehAndKafAsPersianLetters() {
        checkPersianLetters("كشور ايران", "کشور ایران");
        checkPersianLetters("مصطفى", "مصطفی");
    }

    @Test
    void shouldLeaveOtherLettersAsWritten() {
        checkPersianLetters("رئیس هیئت", "رئیس هیئت");
        checkPersianLetters("خانهٔ مدرسة", "خانهٔ مدرسة");
        checkPersianLetters("BRICS", "BRICS");
        checkPersianLetters("", "");
    }
}
