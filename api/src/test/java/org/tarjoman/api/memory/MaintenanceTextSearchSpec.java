package org.tarjoman.api.memory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import javax.sql.DataSource;

import jakarta.inject.Inject;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.restassured.path.json.JsonPath;

import org.junit.jupiter.api.Test;
import org.tarjoman.api.memory.MaintenanceViews.ReplacementPreview;
import org.tarjoman.api.memory.MaintenanceViews.ReplacementRequest;
import org.tarjoman.api.testing.Markup;
import org.tarjoman.api.testing.MemoryClient;
import org.tarjoman.api.testing.TarjomanClient;
import org.tarjoman.api.testing.TestData;
import org.tarjoman.memory.MemoryName;

/**
 * The maintenance text filter reads only the units the memory's index names, and answers exactly what
 * a {@code LIKE} scan of the whole memory answers: the same units in the same order (keyset pages
 * too), the same counts, the same deletions and the same find-and-replace. Compared on NTREX units
 * whose sources are written with Arabic yeh and kaf, a space or nothing for a ZWNJ, and whose English
 * and Russian targets are partly upper case; phrases cut inside words too. On whichever database the
 * concrete class runs (H2 in {@link MaintenanceTextSearchTest}, PostgreSQL in
 * {@link MaintenanceTextSearchPostgresTest}).
 */
abstract class MaintenanceTextSearchSpec {

    private static final TarjomanClient NEWSROOM = new TarjomanClient();
    private static final int UNITS = 400;
    private static final String[] AUTHORS = {"sara", "reza", "mina"};
    private static final String ZWNJ = "\u200C";
    /** Memories filled once per database: a name for each target language. */
    private static final Map<String, MemoryName> FILLED = new ConcurrentHashMap<>();

    /** Whole words and pieces of words, in other spellings than the units', and punctuation alone (a scan). */
    private static final List<String> SOURCE_PHRASES = List.of("مکزیک", "مکزيك", "پليس", "زیک", "می شود", "مي" + ZWNJ + "شود",
            "ميشود", "ها", "یک", "در اين", "گفت.", "۲۰۱۸", "2018", "ترامپ گفت", "، ");
    private static final List<String> ENGLISH_PHRASES = List.of("TRUMP", "mexico", "the ", "said.", "U.S.", "Kavanaugh's",
            "ugh", "POLICE");
    private static final List<String> RUSSIAN_PHRASES = List.of("ТРАМП", "президент", "мексик", "Её", "ее", "полици",
            "в том");

    @Inject
    DataSource dataSource;
    @Inject
    FilteredUnits filtered;
    @Inject
    TextFilterCandidates candidates;
    @Inject
    MemoryIndexes indexes;
    @Inject
    MemoryService memories;
    @Inject
    UnitRepository units;
    @Inject
    UnitHistory history;

    @Test
    void shouldFindByPersianSourceExactlyWhatTheScanFindsWhateverTheSpelling() {
        MemoryName memory = filled("en", TestData.ntrexEnglish());
        for (String phrase : SOURCE_PHRASES) {
            assertSameAsScan(memory, filter(phrase, null, null, null, null));
            assertSameAsScan(memory, filter(phrase, null, "sara", null, null));
            assertSameAsScan(memory, filter(phrase, null, null, LocalDate.parse("2026-03-01"), LocalDate.parse("2026-06-30")));
        }
        assertSameAsScan(memory, new UnitFilter("ها", null, null, null, null, "job-7"));
    }

    @Test
    void shouldFindByEnglishAndRussianTargetExactlyWhatTheScanFindsWhateverTheCase() {
        MemoryName english = filled("en", TestData.ntrexEnglish());
        for (String phrase : ENGLISH_PHRASES) {
            assertSameAsScan(english, filter(null, phrase, null, null, null));
            assertSameAsScan(english, filter("ها", phrase, "reza", null, null));
        }
        MemoryName russian = filled("ru", TestData.ntrexRussian());
        for (String phrase : RUSSIAN_PHRASES) {
            assertSameAsScan(russian, filter(null, phrase, null, null, null));
            assertSameAsScan(russian, filter("در", phrase, null, LocalDate.parse("2026-05-01"), null));
        }
    }

    @Test
    void shouldPageThroughTheSameUnitsAsTheScanNewestFirst() {
        MemoryName memory = filled("en", TestData.ntrexEnglish());
        UnitFilter filter = filter("ها", null, null, null, null);
        List<Long> expected = inTransaction(() -> scan().ids(memory, filter));
        assertThat(expected).hasSizeGreaterThan(20);

        List<Long> paged = new ArrayList<>();
        Long after = null;
        do {
            Map<String, Object> query = new HashMap<>(Map.of("source", "ها", "limit", 25));
            if (after != null) {
                query.put("after", after);
            }
            JsonPath page = NEWSROOM.memory(memory.value()).searchUnits(query).then().statusCode(200).extract().jsonPath();
            assertThat(page.getLong("total")).isEqualTo(expected.size());
            paged.addAll(page.getList("units.id", Long.class));
            after = page.get("next") == null ? null : page.getLong("next");
        } while (after != null);
        assertThat(paged).isEqualTo(expected);
    }

    @Test
    void shouldPreviewAndApplyAReplacementOnTheUnitsTheScanSelects() {
        MemoryName memory = filled("en", TestData.ntrexEnglish());
        ReplacementRequest request = new ReplacementRequest("Mexico", "MEXICO", true, true,
                new MaintenanceViews.FilterRequest("مکزيك", null, null, null, null, null), 500);
        TargetReplacements viaScan = new TargetReplacements(memories, units, scan(), history);
        TargetReplacements viaIndex = new TargetReplacements(memories, units, filtered, history);

        ReplacementPreview expected = viaScan.preview(memory.value(), request);
        assertThat(expected.total()).isPositive();
        assertThat(viaIndex.preview(memory.value(), request)).isEqualTo(expected);

        NEWSROOM.memory(memory.value()).replace(Map.of("find", "Mexico", "replace", "MEXICO", "wholeWord", true,
                        "filter", Map.of("source", "مکزيك")))
                .then().statusCode(200).body("replaced", equalTo((int) expected.total()));
        for (MaintenanceViews.ReplacedUnit unit : expected.units()) {
            NEWSROOM.memory(memory.value()).getUnit(unit.unitId()).then().statusCode(200).body("target", equalTo(unit.after()));
        }
        assertThat(viaIndex.preview(memory.value(), request).total()).isZero();
    }

    @Test
    void shouldDeleteByTextFilterExactlyTheUnitsTheScanSelects() {
        MemoryName memory = filled("ru", TestData.ntrexRussian());
        UnitFilter filter = filter("ترامپ", "трамп", null, null, null);
        List<Long> expected = inTransaction(() -> scan().ids(memory, filter));
        long before = inTransaction(() -> scan().count(memory, UnitFilter.ALL));
        assertThat(expected).isNotEmpty();

        NEWSROOM.memory(memory.value()).deleteUnits(Map.of("source", "ترامپ", "target", "трамп"))
                .then().statusCode(200).body("deleted", equalTo(expected.size()));

        assertThat(inTransaction(() -> scan().count(memory, filter))).isZero();
        assertThat(inTransaction(() -> scan().count(memory, UnitFilter.ALL))).isEqualTo(before - expected.size());
        assertThat(inTransaction(() -> units.findByIds(expected))).isEmpty();
    }

    @Test
    void shouldReadOnlyTheIndexsCandidatesNotTheWholeMemory() {
        MemoryName memory = filled("en", TestData.ntrexEnglish());
        Optional<long[]> ids = inTransaction(() -> candidates.of(memory, filter("مکزيك", null, null, null, null)));
        long size = inTransaction(() -> scan().count(memory, UnitFilter.ALL));

        assertThat(ids).hasValueSatisfying(c -> assertThat(c.length).isPositive().isLessThan((int) size / 4));
        assertThat(inTransaction(() -> candidates.of(memory, filter("«»", null, null, null, null)))).isEmpty();
        assertThat(inTransaction(() -> candidates.of(memory, filter(null, null, "sara", null, null)))).isEmpty();
    }

    private void assertSameAsScan(MemoryName memory, UnitFilter filter) {
        FilteredUnits scan = scan();
        String what = filter.describe();
        QuarkusTransaction.requiringNew().run(() -> {
            if (hasLetterOrDigit(filter.source()) || hasLetterOrDigit(filter.target())) {
                assertThat(candidates.of(memory, filter)).as("index used for %s", what).isPresent();
            }
            assertThat(filtered.ids(memory, filter)).as(what).isEqualTo(scan.ids(memory, filter));
            assertThat(filtered.page(memory, filter, null, 5)).as(what).isEqualTo(scan.page(memory, filter, null, 5));
            assertThat(filtered.count(memory, filter)).as(what).isEqualTo(scan.count(memory, filter));
            assertThat(filtered.countsByAuthorAndMonth(memory, filter)).as(what)
                    .containsExactlyInAnyOrderElementsOf(scan.countsByAuthorAndMonth(memory, filter));
            assertThat(targets(filtered, memory, filter)).as(what).isEqualTo(targets(scan, memory, filter));
        });
    }

    private static boolean hasLetterOrDigit(String phrase) {
        return phrase != null && phrase.codePoints().anyMatch(Character::isLetterOrDigit);
    }

    private static List<String> targets(FilteredUnits units, MemoryName memory, UnitFilter filter) {
        List<String> out = new ArrayList<>();
        units.forEachTarget(memory, filter, (id, target) -> out.add(id + " " + target));
        return out;
    }

    /** The same reads as a scan of the whole memory, with LIKE: what the maintenance search did before the index. */
    private FilteredUnits scan() {
        return new FilteredUnits(dataSource, new TextFilterCandidates(null, null) {
            @Override
            public Optional<long[]> of(MemoryName memory, UnitFilter filter) {
                return Optional.empty();
            }
        });
    }

    private static UnitFilter filter(String source, String target, String author, LocalDate from, LocalDate to) {
        return new UnitFilter(source, target, author, from, to, null);
    }

    /**
     * A memory of NTREX units into the language, imported once per database and waited for until this
     * node counts its index complete for them, so the index alone names the candidates.
     */
    private MemoryName filled(String language, List<String> targets) {
        return FILLED.computeIfAbsent(getClass().getSimpleName() + language, key -> {
            MemoryName name = MemoryName.parse(NEWSROOM.memories().create(
                    "fa-" + language + "-upkeep-" + Long.toString(System.nanoTime() % 1_000_000_000L, 36), "نگهداری", false));
            io.restassured.response.Response upload = NEWSROOM.memory(name.value())
                    .uploadTmx("desk.tmx", tmx(language, TestData.ntrexPersian(), targets));
            JsonPath report = upload.statusCode() == 202 ? NEWSROOM.memories().awaitImport(upload.header("Location"))
                    : upload.then().statusCode(200).extract().jsonPath();
            assertThat(report.getInt("added")).isEqualTo(UNITS);
            Instant imported = Instant.now();
            long deadline = System.nanoTime() + 60_000_000_000L;
            while (!indexes.completeBefore().isAfter(imported)) {
                assertThat(System.nanoTime()).as("index complete within a minute").isLessThan(deadline);
                sleep();
            }
            return name;
        });
    }

    /** Sources with Arabic yeh and kaf, with spaces or nothing for their ZWNJs; a third of the targets in capitals. */
    private static String tmx(String language, List<String> persian, List<String> targets) {
        StringBuilder body = new StringBuilder();
        for (int i = 0, n = 0; n < UNITS; i++) {
            if (persian.get(i).isBlank() || targets.get(i).isBlank()) {
                continue;
            }
            String source = switch (n % 4) {
                case 0 -> persian.get(i).replace('ی', 'ي').replace('ک', 'ك');
                case 1 -> persian.get(i).replace(ZWNJ, " ");
                case 2 -> persian.get(i).replace(ZWNJ, "");
                default -> persian.get(i);
            };
            String target = n % 3 == 0 ? targets.get(i).toUpperCase(Locale.ROOT) : targets.get(i);
            body.append("<tu changeid=\"").append(AUTHORS[n % AUTHORS.length])
                    .append("\" changedate=\"2026").append("%02d%02d".formatted(1 + n % 12, 1 + n % 28)).append("T120000Z\">");
            if (n % 5 == 0) {
                body.append("<prop type=\"x-origin\">job-7</prop>");
            }
            body.append("<tuv xml:lang=\"fa\"><seg>").append(Markup.escape(source)).append("</seg></tuv><tuv xml:lang=\"")
                    .append(language).append("\"><seg>").append(Markup.escape(target)).append("</seg></tuv></tu>\n");
            n++;
        }
        return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<tmx version=\"1.4\"><header creationtool=\"test\" "
                + "creationtoolversion=\"1\" segtype=\"sentence\" o-tmf=\"test\" adminlang=\"en\" srclang=\"fa\" "
                + "datatype=\"plaintext\"/><body>\n" + body + "</body></tmx>\n";
    }

    private static <T> T inTransaction(java.util.function.Supplier<T> work) {
        return QuarkusTransaction.requiringNew().call(work::get);
    }

    private static void sleep() {
        try {
            Thread.sleep(200);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
