package org.tarjoman.memory.tmx;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.tarjoman.memory.LanguagePair;
import org.tarjoman.memory.TranslationUnit;

class TmxImportTest {

    private static final LanguagePair FA_EN = LanguagePair.parse("fa-en");
    private static final LanguagePair FA_RU = LanguagePair.parse("fa-ru");
    private static final Instant NOW = Instant.parse("2025-01-15T12:00:00Z");

    private final MemorySink sink = new MemorySink();

    private ImportReport importInto(LanguagePair pair, String tmx) {
        return new TmxImport(pair, sink).withClock(Clock.fixed(NOW, ZoneOffset.UTC)).run(TmxFixture.stream(tmx));
    }

    @Test
    void shouldImportNtrexPersianToEnglish() {
        ImportReport report = importInto(FA_EN, TmxFixture.ntrexTmx(50));

        List<String> fa = TmxFixture.ntrex("newstest2019-ref.fas.txt", 50);
        List<String> en = TmxFixture.ntrex("newstest2019-src.eng.txt", 50);
        assertThat(report.added()).isEqualTo(50);
        assertThat(report.processed()).isEqualTo(50);
        assertThat(sink.units()).extracting(TranslationUnit::source)
                .containsExactlyElementsOf(fa.stream().map(TmxFixture::escape).toList());
        assertThat(sink.units()).extracting(TranslationUnit::target)
                .containsExactlyElementsOf(en.stream().map(TmxFixture::escape).toList());
        assertThat(sink.units()).allSatisfy(u -> {
            assertThat(u.pair()).isEqualTo(FA_EN);
            assertThat(u.createdAt()).isEqualTo(NOW);
        });
    }

    @Test
    void shouldImportNtrexPersianToRussianFromTheSameFile() {
        ImportReport report = importInto(FA_RU, TmxFixture.ntrexTmx(50));

        assertThat(report.added()).isEqualTo(50);
        assertThat(sink.units().get(0).source()).isEqualTo(TmxFixture.ntrex("newstest2019-ref.fas.txt", 1).get(0));
        assertThat(sink.units().get(0).target()).isEqualTo(TmxFixture.ntrex("newstest2019-ref.rus.txt", 1).get(0));
    }

    @Test
    void shouldFoldPersianAndEnglishLanguageVariants() {
        ImportReport report = importInto(FA_EN, TmxFixture.tmx("fa-IR")
                .tu().tuv("fa-IR", "یک").tuv("en-US", "one")
                .tu().tuv("per", "دو").tuv("EN", "two")
                .tu().tuv("pes", "سه").tuv("eng", "three")
                .tu().tuv("FA", "چهار").tuv("en_GB", "four")
                .tu().raw("<tuv lang=\"fas\"><seg>پنج</seg></tuv><tuv xml:lang=\"en\"><seg>five</seg></tuv>")
                .build());

        assertThat(report.added()).isEqualTo(5);
        assertThat(sink.units()).extracting(TranslationUnit::source).containsExactly("یک", "دو", "سه", "چهار", "پنج");
    }

    @Test
    void shouldSkipATuMissingALanguageAndSayWhich() {
        ImportReport report = importInto(FA_EN, TmxFixture.tmx("fa")
                .tu("tuid=\"ok\"").tuv("fa", "سلام").tuv("en", "hello")
                .tu("tuid=\"de-only\"").tuv("fa", "خداحافظ").tuv("de", "Tschüss")
                .tu().tuv("en", "thanks").build());

        assertThat(report.added()).isEqualTo(1);
        assertThat(report.skipped()).isEqualTo(2);
        assertThat(report.skippedReasons()).extracting(Object::toString)
                .containsExactly("tu 2 (tuid de-only), line 9: no en <tuv>", "tu 3, line 13: no fa <tuv>");
    }

    @Test
    void shouldMergeDuplicatesInTheFileCountingEachAndKeepingTheNewestData() {
        ImportReport report = importInto(FA_EN, TmxFixture.tmx("fa")
                .tu("creationdate=\"20240101T000000Z\" changedate=\"20240101T000000Z\" creationid=\"ali\" usagecount=\"1\"")
                .tuv("fa", "سلام").tuv("en", "hello")
                .tu("creationdate=\"20240301T000000Z\" changedate=\"20240301T000000Z\" creationid=\"sara\" usagecount=\"5\"")
                .prop("x-context-next", "حال شما چطور است؟")
                .tuv("fa", "سلام").tuv("en", "hello")
                .tu("tuid=\"old\" creationdate=\"20230101T000000Z\" changedate=\"20230101T000000Z\" usagecount=\"2\"")
                .tuv("fa", "سلام").tuv("en", "hello").build());

        assertThat(report.added()).isEqualTo(1);
        assertThat(report.merged()).isEqualTo(2);
        assertThat(report.mergedInto()).extracting(ImportReport.Problem::reason)
                .containsExactly("merged into unit 1", "merged into unit 1");
        TranslationUnit unit = sink.units().get(0);
        assertThat(unit.createdAt()).isEqualTo("2023-01-01T00:00:00Z");
        assertThat(unit.changedAt()).isEqualTo("2024-03-01T00:00:00Z");
        assertThat(unit.usageCount()).as("1, then the file's 5, then one more").isEqualTo(6);
        assertThat(unit.author()).isEqualTo("sara");
        assertThat(unit.nextSource()).isEqualTo("حال شما چطور است؟");
    }

    @Test
    void shouldMergeADuplicateOfTheMemoryIntoItsUnitAndNameIt() {
        String tmx = TmxFixture.tmx("fa").tu("changedate=\"20240101T000000Z\"").tuv("fa", "سلام").tuv("en", "hello")
                .build();
        importInto(FA_EN, tmx);

        ImportReport again = importInto(FA_EN, tmx);

        assertThat(again.added()).isZero();
        assertThat(again.skipped()).isZero();
        assertThat(again.merged()).isEqualTo(1);
        assertThat(again.mergedInto().get(0)).hasToString("tu 1, line 5: merged into unit 1");
        assertThat(sink.units()).singleElement().extracting(TranslationUnit::usageCount).isEqualTo(2);
    }

    @Test
    void shouldKeepTheSameSourceWithAnotherTargetAsASeparateUnit() {
        ImportReport report = importInto(FA_EN, TmxFixture.tmx("fa")
                .tu().tuv("fa", "رئیس‌جمهور").tuv("en", "the president")
                .tu().tuv("fa", "رئیس‌جمهور").tuv("en", "President").build());

        assertThat(report.added()).isEqualTo(2);
        assertThat(sink.units()).extracting(TranslationUnit::target).containsExactly("the president", "President");
    }

    @Test
    void shouldRejectUnusableContentAndImportTheRest() {
        ImportReport report = importInto(FA_EN, TmxFixture.tmx("fa")
                .tu("tuid=\"empty\"").tuv("fa", "  ").tuv("en", "nothing")
                .tu("tuid=\"codes\"").tuvXml("fa", "<bpt>&lt;b></bpt>متن").tuv("en", "text")
                .tu("tuid=\"date\" changedate=\"soon\"").tuv("fa", "فردا").tuv("en", "tomorrow")
                .tu().tuv("fa", "درست").tuv("en", "right").build());

        assertThat(report.added()).isEqualTo(1);
        assertThat(report.rejected()).isEqualTo(3);
        assertThat(report.rejectedReasons()).extracting(Object::toString).containsExactly(
                "tu 1 (tuid empty), line 5: fa <tuv> (line 6): empty <seg>",
                "tu 2 (tuid codes), line 9: fa <tuv> (line 10): <bpt> without the required attribute i",
                "tu 3 (tuid date), line 13: changedate: 'soon' is not a TMX date (YYYYMMDDThhmmssZ)");
    }

    @Test
    void shouldRejectAUnitTheSinkCannotStoreAndImportTheRest() {
        UnitSink narrow = new UnitSink() {
            @Override
            public Optional<TranslationUnit> find(String source, String target) {
                return sink.find(source, target);
            }

            @Override
            public void add(TmxUnit unit) {
                sink.add(unit);
            }

            @Override
            public void update(TmxUnit unit) {
                sink.update(unit);
            }

            @Override
            public Optional<String> refusal(TmxUnit unit) {
                return unit.unit().target().length() > 20 ? Optional.of("the target is longer than 20 characters")
                        : Optional.empty();
            }
        };
        ImportReport report = new TmxImport(FA_EN, narrow).run(TmxFixture.stream(TmxFixture.tmx("fa")
                .tu("tuid=\"long\"").tuv("fa", "سفیر کشورمان گفت").tuv("en", "Our ambassador to Russia said")
                .tu().tuv("fa", "درست").tuv("en", "right").build()));

        assertThat(report.added()).isEqualTo(1);
        assertThat(report.rejectedReasons()).extracting(Object::toString)
                .containsExactly("tu 1 (tuid long), line 5: the target is longer than 20 characters");
    }

    @Test
    void shouldRejectAUnitWithACharacterXml10CannotCarryFromAnXml11File() {
        String tmx = TmxFixture.tmx("fa").tu().tuvXml("fa", "سلام&#1;").tuv("en", "hello")
                .tu().tuv("fa", "درست").tuv("en", "right").build().replace("version=\"1.0\"", "version=\"1.1\"");

        ImportReport report = importInto(FA_EN, tmx);

        assertThat(report.added()).isEqualTo(1);
        assertThat(report.rejectedReasons()).extracting(Object::toString)
                .containsExactly("tu 1, line 5: fa <tuv> (line 6): <seg> holds U+0001 at character 5, which XML 1.0 cannot carry");
    }

    @Test
    void shouldRejectAFileWithoutThePairsLanguagesAsAWhole() {
        String tmx = TmxFixture.tmx("de").tu().tuv("de", "Hallo").tuv("fr", "Bonjour").build();

        assertThatThrownBy(() -> importInto(FA_EN, tmx)).isInstanceOfSatisfying(TmxLanguageException.class, e -> {
            assertThat(e.getMessage()).isEqualTo("TMX has no fa→en units: languages found: de, fr");
            assertThat(e.languagesFound()).containsExactlyInAnyOrder("de", "fr");
        });
        assertThat(sink.units()).isEmpty();
    }

    @Test
    void shouldRejectAFileWithOnlyOneOfThePairsLanguages() {
        String tmx = TmxFixture.tmx("fa").tu().tuv("fa", "سلام").tuv("ru", "привет").build();

        assertThatThrownBy(() -> importInto(FA_EN, tmx)).isInstanceOf(TmxLanguageException.class)
                .hasMessage("TMX has no fa→en units: languages found: fa, ru");
    }

    @Test
    void shouldAcceptAnEmptyBody() {
        assertThat(importInto(FA_EN, TmxFixture.tmx("fa").build()).processed()).isZero();
    }

    @Test
    void shouldThrowOnMalformedXmlAfterTheFirstUnitsSoTheCallerRollsBack() {
        String tmx = TmxFixture.tmx("fa").tu().tuv("fa", "سلام").tuv("en", "hello")
                .tu().raw("  <tuv xml:lang=\"fa\"><seg>خداحافظ</seg>").build();

        assertThatThrownBy(() -> importInto(FA_EN, tmx)).isInstanceOfSatisfying(TmxFormatException.class,
                e -> assertThat(e.line()).as("where </tu> meets the open <tuv>").isEqualTo(11));
        assertThat(sink.units()).as("added before the error: the caller's transaction undoes it").hasSize(1);
    }

    @Test
    void shouldReportProgressAfterEachTu() {
        List<Long> progress = new ArrayList<>();

        new TmxImport(FA_EN, sink).withProgress(progress::add).run(TmxFixture.stream(TmxFixture.ntrexTmx(5)));

        assertThat(progress).containsExactly(1L, 2L, 3L, 4L, 5L);
    }

    @Test
    void shouldKeepOnlyTheFirstReasonsButCountAll() {
        TmxFixture tmx = TmxFixture.tmx("fa").tu().tuv("fa", "سلام").tuv("en", "hello");
        for (int i = 0; i < 10; i++) {
            tmx.tu().tuv("fa", "متن " + i);
        }

        ImportReport report = new TmxImport(FA_EN, sink).withMaxReasons(3).run(tmx.stream());

        assertThat(report.skipped()).isEqualTo(10);
        assertThat(report.skippedReasons()).hasSize(3);
    }

    @Test
    void shouldTakeOriginFromThePropElseFromTheImport() {
        new TmxImport(FA_EN, sink).withOrigin("tmx:archive.tmx").run(TmxFixture.tmx("fa")
                .tu().prop("x-origin", "job 42").tuv("fa", "یک").tuv("en", "one")
                .tu().tuv("fa", "دو").tuv("en", "two").stream());

        assertThat(sink.units()).extracting(TranslationUnit::origin).containsExactly("job 42", "tmx:archive.tmx");
    }

    @Test
    void shouldHandTheNativeCodesToTheSink() {
        importInto(FA_EN, TmxFixture.tmx("fa").tu()
                .tuvXml("fa", "<bpt i=\"1\">&lt;b></bpt>تهران<ept i=\"1\">&lt;/b></ept><ph x=\"2\">&lt;br/></ph>")
                .tuvXml("en", "<bpt i=\"1\">&lt;b></bpt>Tehran<ept i=\"1\">&lt;/b></ept><ph x=\"2\">&lt;br/></ph>")
                .build());

        TmxUnit unit = sink.tmxUnits().get(0);
        assertThat(unit.unit().source()).isEqualTo("<g id=\"1\">تهران</g><x id=\"2\"/>");
        assertThat(unit.unit().target()).isEqualTo("<g id=\"1\">Tehran</g><x id=\"2\"/>");
        assertThat(unit.sourceCodes()).extracting(c -> c.data()).containsExactly("<b>", "</b>", "<br/>");
    }
}
