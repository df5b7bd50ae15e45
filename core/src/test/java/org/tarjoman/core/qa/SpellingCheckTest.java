package org.tarjoman.core.qa;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

/**
 * Spelling and grammar by LanguageTool on real news sentences: NTREX-128 lines (test-data/ntrex128) and
 * IRNA-style sentences full of Persian names. One proofreader for the class: loading a language takes seconds.
 */
class SpellingCheckTest {

    private static final SegmentCheck CHECK = new SegmentCheck(new Proofreader());

    private static final String PEZESHKIAN_SAID = "پزشکیان گفت دولت اقدام خواهد کرد.";
    private static final String MEETING = "رئیس‌جمهور مسعود پزشکیان با عباس عراقچی وزیر امور خارجه در تهران دیدار کرد، ایرنا گزارش داد.";
    /** NTREX-128 line 26 (the Persian reference and the Russian one beside the English source). */
    private static final String NTREX_26_FA = "آقای آدامز می‌گوید از بین رفتن بار قابل درک است.";
    private static final String NTREX_26_EN = "He said the disappearance of bars was understandable.";
    /** NTREX-128 line 33. */
    private static final String NTREX_33_FA = "جماعت اصلی سفید پوست که مذهب متدیست داشتند در دهه 1930 از شهر کوچ کردند.";
    private static final String NTREX_33_RU = "Первые прихожане методистской церкви покинули приход в 30-е годы прошлого века.";

    private static List<Finding> proofread(String source, String target, TargetLanguage language, List<TermHit> hits) {
        return CHECK.check(source, target, language, hits).stream()
                .filter(f -> f.code() == FindingCode.SPELLING || f.code() == FindingCode.GRAMMAR).toList();
    }

    private static List<Finding> proofread(String source, String target, TargetLanguage language) {
        return proofread(source, target, language, List.of());
    }

    @Test
    void shouldWarnOnAMisspelledWordWithItsSpanInTheTaggedTarget() {
        String target = "Pezeshkian said the <g id=\"1\">goverment</g> would act &amp; decide.";
        List<Finding> findings = proofread(PEZESHKIAN_SAID, target, TargetLanguage.EN);
        assertThat(findings).singleElement().satisfies(f -> {
            assertThat(f.code()).isEqualTo(FindingCode.SPELLING);
            assertThat(f.severity()).isEqualTo(Severity.WARNING);
            assertThat(f.span().side()).isEqualTo(Side.TARGET);
            assertThat(Qa.spanned(f, PEZESHKIAN_SAID, target)).isEqualTo("goverment");
            assertThat(f.message()).contains("goverment").contains("government");
        });
    }

    @Test
    void shouldWarnOnARussianMisspelling() {
        String target = "Первые прихожане методистской церкви покинули приход в 30-е годы прошлого <x id=\"1\"/>века, сказал павышенным голосом пастор.";
        List<Finding> findings = proofread(NTREX_33_FA, target, TargetLanguage.RU);
        assertThat(findings).extracting(f -> Qa.spanned(f, NTREX_33_FA, target)).containsExactly("павышенным");
        assertThat(findings).extracting(Finding::code).containsExactly(FindingCode.SPELLING);
    }

    @Test
    void shouldBeQuietOnCorrectNtrexTranslations() {
        assertThat(proofread(NTREX_26_FA, NTREX_26_EN, TargetLanguage.EN)).isEmpty();
        assertThat(proofread(NTREX_33_FA, NTREX_33_RU, TargetLanguage.RU)).isEmpty();
    }

    @Test
    void shouldNotFlagPersianNewsNamesAndAcronyms() {
        assertThat(proofread(MEETING, "President Masoud Pezeshkian met Foreign Minister Abbas Araghchi in Tehran, IRNA reported.",
                TargetLanguage.EN)).isEmpty();
        assertThat(proofread("عراقچی به تسنیم گفت که خامنه‌ای توافق را تأیید کرده است.",
                "Araghchi told Tasnim that Khamenei had approved the deal.", TargetLanguage.EN)).isEmpty();
        assertThat(proofread(MEETING, "Президент Масуд Пезешкиан встретился с министром иностранных дел Аббасом Аракчи"
                + " в Тегеране, сообщает ИРНА.", TargetLanguage.RU)).isEmpty();
    }

    @Test
    void shouldStillWarnOnATypoOfACommonWordAtASentenceStart() {
        String target = "Teh president said the government would act.";
        assertThat(proofread(PEZESHKIAN_SAID, target, TargetLanguage.EN))
                .extracting(f -> Qa.spanned(f, PEZESHKIAN_SAID, target)).containsExactly("Teh");
    }

    @Test
    void shouldNotFlagTheGlossaryTargetOfATermInTheSource() {
        String source = "مجلس طرح را تصویب کرد.";
        String target = "The majlis approved the bill.";
        TermHit majlis = new TermHit(0, 4, "مجلس", List.of("Majlis"), List.of());
        assertThat(proofread(source, target, TargetLanguage.EN))
                .extracting(f -> Qa.spanned(f, source, target)).containsExactly("majlis");
        assertThat(proofread(source, target, TargetLanguage.EN, List.of(majlis))).isEmpty();
    }

    @Test
    void shouldNotFlagARussianGlossaryTargetInAnotherCase() {
        String source = "سپاه پاسداران بیانیه‌ای منتشر کرد.";
        String target = "Представители сепаха опубликовали заявление.";
        TermHit sepah = new TermHit(0, 4, "سپاه", List.of("сепах"), List.of());
        assertThat(proofread(source, target, TargetLanguage.RU)).isNotEmpty();
        assertThat(proofread(source, target, TargetLanguage.RU, List.of(sepah))).isEmpty();
    }

    @Test
    void shouldWarnOnEnglishGrammar() {
        String target = "Araghchi told Tasnim that Khamenei had approved a agreement.";
        List<Finding> findings = proofread("عراقچی به تسنیم گفت که خامنه‌ای توافق را تأیید کرده است.", target, TargetLanguage.EN);
        assertThat(findings).singleElement().satisfies(f -> {
            assertThat(f.code()).isEqualTo(FindingCode.GRAMMAR);
            assertThat(f.severity()).isEqualTo(Severity.WARNING);
            assertThat(target.substring(f.span().start(), f.span().end())).isEqualTo("a");
            assertThat(f.message()).contains("an");
        });
        assertThat(proofread(NTREX_26_FA, "He have said the disappearance of bars was understandable.", TargetLanguage.EN))
                .extracting(Finding::code).containsExactly(FindingCode.GRAMMAR);
    }

    @Test
    void shouldWarnOnRussianAgreement() {
        String target = "Пезешкиан заявил, что новый машина стоит дорого.";
        assertThat(proofread(PEZESHKIAN_SAID, target, TargetLanguage.RU)).singleElement().satisfies(f -> {
            assertThat(f.code()).isEqualTo(FindingCode.GRAMMAR);
            assertThat(target.substring(f.span().start(), f.span().end())).isEqualTo("новый машина");
        });
    }

    @Test
    void shouldLeaveSpellingOutOfACheckMadeWithoutAProofreader() {
        assertThat(new SegmentCheck().check(PEZESHKIAN_SAID, "Pezeshkian said the goverment would act.", TargetLanguage.EN))
                .noneMatch(f -> f.code() == FindingCode.SPELLING);
    }

    @Test
    void shouldTellATypoFromANameByOneEdit() {
        assertThat(SpellingCheck.Edits.withinOne("the", "teh")).isTrue();
        assertThat(SpellingCheck.Edits.withinOne("government", "goverment")).isTrue();
        assertThat(SpellingCheck.Edits.withinOne("pedestrian", "pezeshkian")).isFalse();
        assertThat(SpellingCheck.atSentenceStart("He said. «Teh", 10)).isTrue();
        assertThat(SpellingCheck.atSentenceStart("met Araghchi", 4)).isFalse();
    }
}
