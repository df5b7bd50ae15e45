package org.tarjoman.core.qa;

import static org.assertj.core.api.Assertions.assertThat;
import static org.tarjoman.core.qa.IrnaSegments.SIGNING;
import static org.tarjoman.core.qa.IrnaSegments.SIGNING_EN;
import static org.tarjoman.core.qa.IrnaSegments.SIGNING_RU;

import java.util.List;

import org.junit.jupiter.api.Test;

class DateCheckTest {

    private static List<Finding> dates(List<Finding> findings) {
        return Qa.of(FindingCode.DATE_MISMATCH, findings);
    }

    private static List<Finding> enWithDate(String date) {
        return dates(Qa.en(SIGNING, SIGNING_EN.replace("17 January 2025", date)));
    }

    private static List<Finding> ruWithDate(String date) {
        return dates(Qa.ru(SIGNING, SIGNING_RU.replace("17 января 2025 г.", date)));
    }

    @Test
    void shouldAcceptTheSolarHijriDateAsItsGregorianDayInCommonEnglishForms() {
        assertThat(enWithDate("17 January 2025")).isEmpty();
        assertThat(enWithDate("January 17, 2025")).isEmpty();
        assertThat(enWithDate("17 Jan 2025")).isEmpty();
        assertThat(enWithDate("Jan. 17, 2025")).isEmpty();
        assertThat(enWithDate("2025-01-17")).isEmpty();
    }

    @Test
    void shouldAcceptTheSolarHijriDateAsItsGregorianDayInCommonRussianForms() {
        assertThat(ruWithDate("17 января 2025 г.")).isEmpty();
        assertThat(ruWithDate("17 января 2025 года")).isEmpty();
        assertThat(ruWithDate("17.01.2025")).isEmpty();
        assertThat(ruWithDate("17 января 2025\u202Fг.")).isEmpty();
    }

    @Test
    void shouldAcceptTheSameSolarHijriDateTransliterated() {
        assertThat(enWithDate("28 Dey 1403")).isEmpty();
        assertThat(ruWithDate("28 дея 1403 г.")).isEmpty();
    }

    @Test
    void shouldReportAnotherDayAsAnErrorOnTheTargetsDate() {
        String target = SIGNING_EN.replace("17 January 2025", "18 January 2025");

        List<Finding> findings = dates(Qa.en(SIGNING, target));

        assertThat(findings).singleElement().satisfies(f -> {
            assertThat(f.severity()).isEqualTo(Severity.ERROR);
            assertThat(Qa.spanned(f, SIGNING, target)).isEqualTo("18 January 2025");
            assertThat(f.message()).contains("۲۸ دی ماه ۱۴۰۳").contains("17 January 2025");
        });
        assertThat(enWithDate("28 Dey 1404")).hasSize(1);
        assertThat(ruWithDate("18 января 2025 г.")).singleElement()
                .satisfies(f -> assertThat(f.message()).contains("17 января 2025\u202Fг."));
    }

    @Test
    void shouldReportAMissingDateOnTheSource() {
        List<Finding> findings = enWithDate("that day");

        assertThat(findings).singleElement().satisfies(f -> {
            assertThat(f.severity()).isEqualTo(Severity.ERROR);
            assertThat(Qa.spanned(f, SIGNING, "")).isEqualTo("۲۸ دی ماه ۱۴۰۳");
        });
    }

    @Test
    void shouldReadEveryFormOfTheSourceDate() {
        String[] forms = {"۲۸ دی ۱۴۰۳", "۱۴۰۳/۱۰/۲۸", "۲۸ دي ۱۴۰۳", "۲۸ دی‌ماه ۱۴۰۳"};
        for (String form : forms) {
            String source = "موافقت‌نامه در " + form + " امضا می‌شود.";
            assertThat(dates(Qa.en(source, "The agreement will be signed on 17 January 2025."))).as(form).isEmpty();
            assertThat(dates(Qa.en(source, "The agreement will be signed on 16 January 2025."))).as(form).hasSize(1);
        }
    }

    @Test
    void shouldWarnAboutAnImpossibleSourceDateWithoutFailing() {
        String source = "موافقت‌نامه در ۳۱ اسفند ۱۴۰۳ امضا می‌شود.";

        List<Finding> findings = Qa.en(source, "The agreement will be signed on 31 Esfand 1403.");

        assertThat(dates(findings)).singleElement().satisfies(f -> {
            assertThat(f.severity()).isEqualTo(Severity.WARNING);
            assertThat(Qa.spanned(f, source, "")).isEqualTo("۳۱ اسفند ۱۴۰۳");
        });
        assertThat(findings).extracting(Finding::code).containsOnly(FindingCode.DATE_MISMATCH);
    }

    @Test
    void shouldWarnAboutADateTheSourceDoesNotHave() {
        String source = "سفیر ایران در روسیه گفت: همکاری در حمل و نقل در حال گسترش است.";
        String target = "The Iranian ambassador to Russia said on 17 January 2025: transport cooperation is expanding.";

        assertThat(dates(Qa.en(source, target))).singleElement()
                .satisfies(f -> assertThat(f.severity()).isEqualTo(Severity.WARNING));
    }
}
