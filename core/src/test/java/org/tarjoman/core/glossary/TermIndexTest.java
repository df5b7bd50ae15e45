package org.tarjoman.core.glossary;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.tarjoman.core.qa.TargetLanguage;
import org.tarjoman.core.qa.TermHit;
import org.tarjoman.core.testing.TestData;

/** Recognition of glossary terms in a Persian source: what hits, with which span, and what must not. */
class TermIndexTest {

    private static final GlossaryTerm PEZESHKIAN = term("1", "پزشکیان", "Pezeshkian", List.of(), List.of("Pezeshkiyan"));
    private static final GlossaryTerm PEZESHKIAN_RU = new GlossaryTerm("2", "پزشکیان", TargetLanguage.RU, "Пезешкиан",
            List.of(), List.of("Пезешкян"));
    private static final GlossaryTerm MAJLIS = term("3", "مجلس شورای اسلامی", "Islamic Consultative Assembly",
            List.of("Majlis"), List.of());
    private static final GlossaryTerm MAJLIS_SHORT = term("4", "مجلس", "parliament", List.of(), List.of());
    private static final GlossaryTerm FOREIGN_MINISTRY = term("5", "وزارت امور خارجه", "Ministry of Foreign Affairs",
            List.of("Foreign Ministry"), List.of());
    private static final GlossaryTerm MINISTRY = term("6", "وزارت", "ministry", List.of(), List.of());
    private static final GlossaryTerm AFFAIRS = term("7", "امور", "affairs", List.of(), List.of());
    private static final GlossaryTerm IRAN = term("8", "ایران", "Iran", List.of(), List.of("Persia"));
    private static final GlossaryTerm COOPERATION = term("9", "همکاری", "cooperation", List.of(), List.of());
    private static final GlossaryTerm PRESIDENT = term("10", "رئیس‌جمهور", "President", List.of(), List.of());
    private static final GlossaryTerm HOUSE = term("11", "خانه", "house", List.of(), List.of());
    private static final GlossaryTerm WORK = term("12", "کار", "work", List.of(), List.of());
    private static final GlossaryTerm STUDENT = term("13", "دانشجو", "student", List.of(), List.of());
    private static final GlossaryTerm BRICS = term("14", "بریکس", "BRICS", List.of(), List.of());
    private static final GlossaryTerm PHYSICIAN = term("15", "پزشک", "physician", List.of(), List.of());

    private static final TermIndex INDEX = TermIndex.of(List.of(PEZESHKIAN, PEZESHKIAN_RU, MAJLIS, MAJLIS_SHORT,
            FOREIGN_MINISTRY, MINISTRY, AFFAIRS, IRAN, COOPERATION, PRESIDENT, HOUSE, WORK, STUDENT, BRICS, PHYSICIAN));

    private static GlossaryTerm term(String id, String source, String preferred, List<String> alternatives,
                                     List<String> forbidden) {
        return new GlossaryTerm(id, source, TargetLanguage.EN, preferred, alternatives, forbidden);
    }

    /** The texts the index found in {@code source}, as written there. */
    private static List<String> found(String source) {
        List<TermMatch> matches = INDEX.find(source);
        matches.forEach(m -> assertThat(source.substring(m.start(), m.end())).isEqualTo(m.text()));
        return matches.stream().map(TermMatch::text).toList();
    }

    private static void check(String source, String... expected) {
        assertThat(found(source)).containsExactly(expected);
    }

    @Test
    void shouldFindANameInTheIrnaHeadlineWithItsSpan() {
        String headline = "جلالی: سفر پزشکیان به مسکو، تاریخی خواهد بود";

        TermMatch match = INDEX.find(headline).get(0);

        assertThat(match.start()).isEqualTo(headline.indexOf("پزشکیان"));
        assertThat(match.end()).isEqualTo(headline.indexOf("پزشکیان") + "پزشکیان".length());
        assertThat(match.terms()).containsExactly(PEZESHKIAN, PEZESHKIAN_RU);
    }

    @Test
    void shouldFindATermWrittenWithArabicYehAndKaf() {
        check("سفر پزشكيان به مسكو", "پزشكيان");
    }

    @Test
    void shouldFindATermWithTheEzafeKasraInsideTheSpan() {
        check("سفر پزشکیانِ رئیس‌جمهور", "پزشکیانِ", "رئیس‌جمهور");
    }

    @Test
    void shouldFindAMultiWordTermWhateverIsBetweenItsParts() {
        check("سخنگوی وزارت امور خارجه گفت", "وزارت امور خارجه");
        check("سخنگوی وزارت‌امور‌خارجه گفت", "وزارت‌امور‌خارجه");
        check("سخنگوی وزارتامورخارجه گفت", "وزارتامورخارجه");
        check("سفر رئیسجمهور و رئیس جمهور", "رئیسجمهور", "رئیس جمهور");
    }

    @Test
    void shouldPreferTheLongestTerm() {
        check("نمایندگان مجلس شورای اسلامی", "مجلس شورای اسلامی");
        assertThat(INDEX.find("نمایندگان مجلس شورای اسلامی").get(0).terms()).containsExactly(MAJLIS);
        check("وزارت امور خارجه و امور اقتصادی", "وزارت امور خارجه", "امور");
    }

    @Test
    void shouldFindPluralsWrittenJoinedWithZwnjOrApart() {
        check("وزارت‌های کشور", "وزارت‌های");
        check("وزارتهای کشور", "وزارتهای");
        check("موافقتنامه جامع همکاریها", "همکاریها");
        check("موافقتنامه جامع همکاری ها", "همکاری ها");
        check("همکاری‌هایشان ادامه دارد", "همکاری‌هایشان");
    }

    @Test
    void shouldFindEzafeIndefiniteAndPossessiveEndings() {
        check("مجلس شورای اسلامی‌مان", "مجلس شورای اسلامی‌مان");
        check("وزارتی تازه", "وزارتی");
        check("خانه‌ای در تهران", "خانه‌ای");
        check("خانه‌ی پدری", "خانه‌ی");
        check("خانۀ پدری", "خانۀ");
        check("خانه‌اش", "خانه‌اش");
        check("ایرانمان", "ایرانمان");
        check("دانشجویان و دانشجویی", "دانشجویان", "دانشجویی");
    }

    @Test
    void shouldNotFindATermInsideALongerWord() {
        check("مأموران پلیس");
        check("ایرانشهر و ایران‌خودرو");
        check("پیرانشهر");
        check("کارخانه و کارت");
        check("خانواده");
    }

    @Test
    void shouldNotTakeANameForAPluralOfAShorterTerm() {
        assertThat(INDEX.find("پزشکیان").get(0).terms()).containsExactly(PEZESHKIAN, PEZESHKIAN_RU);
        check("پزشکان بیمارستان", "پزشکان");
    }

    @Test
    void shouldStopATermAtPunctuation() {
        check("«پزشکیان»، ایران؛", "پزشکیان", "ایران");
        check("وزارت، امور", "وزارت", "امور");
    }

    @Test
    void shouldConvertAHitToWhatQaChecksForItsTargetLanguage() {
        String source = "سفر پزشکیان به مسکو";

        List<TermHit> english = TermMatch.toTermHits(INDEX.find(source), TargetLanguage.EN);
        List<TermHit> russian = TermMatch.toTermHits(INDEX.find(source), TargetLanguage.RU);

        assertThat(english).containsExactly(new TermHit(4, 11, "پزشکیان", List.of("Pezeshkian"), List.of("Pezeshkiyan")));
        assertThat(russian).containsExactly(new TermHit(4, 11, "پزشکیان", List.of("Пезешкиан"), List.of("Пезешкян")));
    }

    @Test
    void shouldPutThePreferredTranslationFirstAndKeepAllowedOnesOutOfForbidden() {
        GlossaryTerm first = term("a", "مجلس", "Majlis", List.of("parliament"), List.of("Congress"));
        GlossaryTerm second = term("b", "مجلس", "parliament", List.of("Majles"), List.of("Majlis"));

        TermHit hit = TermIndex.of(List.of(first, second)).find("مجلس").get(0).toTermHit(TargetLanguage.EN).orElseThrow();

        assertThat(hit.allowed()).containsExactly("Majlis", "parliament", "Majles");
        assertThat(hit.forbidden()).containsExactly("Congress");
    }

    @Test
    void shouldGiveNoHitForALanguageWithoutAnEntry() {
        TermIndex englishOnly = TermIndex.of(List.of(IRAN));

        assertThat(TermMatch.toTermHits(englishOnly.find("ایران"), TargetLanguage.RU)).isEmpty();
    }

    @Test
    void shouldCountSpansInThePlainTextOfATaggedSegment() {
        String tagged = "<g id=\"1\">سفر</g> پزشکیان &amp; <x id=\"2\"/>ایران";

        List<TermMatch> matches = INDEX.findInTagged(tagged);

        assertThat(matches).extracting(TermMatch::text).containsExactly("پزشکیان", "ایران");
        assertThat(matches.get(0).start()).isEqualTo("سفر ".length());
        assertThat(matches.get(1).start()).isEqualTo("سفر پزشکیان & ".length());
    }

    @Test
    void shouldGiveEverySpellingOfATermOneKey() {
        assertThat(TermIndex.keyOf("وزارت امور خارجه")).isEqualTo(TermIndex.keyOf("وزارت‌امور‌خارجه"))
                .isEqualTo(TermIndex.keyOf("وزارتامورخارجه")).isEqualTo(TermIndex.keyOf("وزارت  امور خارجه"));
        assertThat(TermIndex.keyOf("پزشكيان")).isEqualTo(TermIndex.keyOf("پزشکیان"));
        assertThat(TermIndex.keyOf("New York")).isNotEqualTo(TermIndex.keyOf("NewYork"));
    }

    @Test
    void shouldFindNothingInEmptyOrLatinText() {
        check("");
        check("   ");
        check("Pezeshkian visited Moscow");
        assertThat(TermIndex.empty().find("پزشکیان")).isEmpty();
    }

    @Test
    void shouldFindTheIrnaArticlesTerms() throws IOException {
        String article = Files.readString(TestData.irnaArticle());

        List<String> found = found(article);

        assertThat(found).contains("پزشکیان", "همکاریها", "همکاریهای", "رئیسجمهور", "ایران");
        assertThat(found).doesNotContain("ایرانی");
    }
}
