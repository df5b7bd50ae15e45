package org.tarjoman.api.memory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.startsWith;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import javax.sql.DataSource;

import jakarta.inject.Inject;

import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;

import org.junit.jupiter.api.Test;
import org.tarjoman.api.testing.MemoryClient;
import org.tarjoman.api.testing.TarjomanClient;
import org.tarjoman.api.testing.TestData;

/**
 * The translation memory through REST, on whichever database the concrete test class runs
 * (H2 by default, PostgreSQL in {@link MemoryApiPostgresTest}). Each test uses its own language
 * pair, so the tests do not see each other's units.
 */
abstract class MemoryApiSpec {

    static final char ZWNJ = '\u200C';

    private static final TarjomanClient NEWSROOM = new TarjomanClient();

    @Test
    void shouldImportNtrexInTheBackgroundAndMatchSpellingVariantsAsNormalized() {
        List<String> fa = TestData.ntrexPersian();
        String tmx = new Tmx("fa-IR").units("en-US", fa, TestData.ntrexEnglish()).build();
        assertThat(tmx.getBytes(StandardCharsets.UTF_8).length).as("over the test's sync limit").isGreaterThan(200 * 1024);

        Response accepted = NEWSROOM.memory("fa-en").importTmx(tmx);
        accepted.then().statusCode(202).header("Location", containsString("/api/v1/imports/"));
        JsonPath done = NEWSROOM.memories().awaitImport(accepted.header("Location"));
        assertThat(done.getString("state")).isEqualTo("DONE");
        assertThat(done.getLong("added") + done.getLong("merged") + done.getLong("skipped")).isEqualTo(fa.size());
        assertThat(done.getLong("added")).isGreaterThan(1900);

        String original = fa.stream().filter(s -> s.indexOf('ی') >= 0 && s.indexOf('ک') >= 0 && s.split(" ").length > 12)
                .findFirst().orElseThrow();
        String arabicLetters = original.replace('ی', 'ي').replace('ک', 'ك');
        JsonPath normalized = NEWSROOM.memory("fa-en").matches(arabicLetters);
        assertThat(normalized.getString("matches[0].kind")).isEqualTo("NORMALIZED");
        assertThat(normalized.getInt("matches[0].score")).isEqualTo(99);
        assertThat(normalized.getString("matches[0].source")).isEqualTo(original);
        assertThat(normalized.getString("matches[0].target")).isEqualTo(TestData.ntrexEnglish().get(fa.indexOf(original)));

        String russianTmx = new Tmx("fa").units("ru", fa, TestData.ntrexRussian()).build();
        JsonPath russian = NEWSROOM.memories().awaitImport(NEWSROOM.memory("fa-ru").importTmx(russianTmx)
                .then().statusCode(202).extract().header("Location"));
        assertThat(russian.getString("state")).isEqualTo("DONE");
        assertThat(NEWSROOM.memory("fa-ru").matches(arabicLetters).getString("matches[0].target"))
                .isEqualTo(TestData.ntrexRussian().get(fa.indexOf(original)));
    }

    @Test
    void shouldMatchAMissingZwnjAsNormalizedAndOneChangedWordAsFuzzyWithThatWord() {
        String source = "رئیس‌جمهور ایران روز سه‌شنبه برای امضای موافقت‌نامه جامع همکاری به مسکو سفر می‌کند.";
        NEWSROOM.memory("fa-tr").add(source, "İran Cumhurbaşkanı Salı günü kapsamlı işbirliği anlaşmasını imzalamak için Moskova'ya gidiyor.");

        JsonPath zwnjMissing = NEWSROOM.memory("fa-tr").matches(source.replace(String.valueOf(ZWNJ), ""));
        assertThat(zwnjMissing.getString("matches[0].kind")).isEqualTo("NORMALIZED");
        assertThat(zwnjMissing.getInt("matches[0].score")).isEqualTo(98);

        String changed = source.replace("سه‌شنبه", "چهارشنبه");
        JsonPath fuzzy = NEWSROOM.memory("fa-tr").matches(changed);
        assertThat(fuzzy.getString("matches[0].kind")).isEqualTo("FUZZY");
        assertThat(fuzzy.getInt("matches[0].score")).isBetween(85, 97);
        int start = changed.indexOf("چهارشنبه");
        assertThat(fuzzy.getList("matches[0].differences", Map.class)).singleElement().satisfies(d -> {
            assertThat(d.get("kind")).isEqualTo("replaced");
            assertThat(d.get("queryStart")).isEqualTo(start);
            assertThat(d.get("queryEnd")).isEqualTo(start + "چهارشنبه".length());
            assertThat(source.substring((Integer) d.get("sourceStart"), (Integer) d.get("sourceEnd"))).isEqualTo("سه‌شنبه");
        });
    }

    @Test
    void shouldImportAFormUploadAtOnceAndReportDuplicatesAndLanguageVariants() {
        String tmx = new Tmx("per")
                .unit("per", "سفیر ایران در روسیه گفت.", "tg", "Сафири Эрон дар Русия гуфт.")
                .unit("pes", "سفیر ایران در روسیه گفت.", "tg-TJ", "Сафири Эрон дар Русия гуфт.")
                .unit("fa", "سفیر ایران در روسیه گفت.", "tg", "Сафири Эрон дар Русия изҳор дошт.")
                .unit("fa", "مذاکرات خوبی در حال انجام است.", "de", "Gute Verhandlungen sind im Gange.")
                .build();

        NEWSROOM.memory("fa-tg").uploadTmx("embassy.tmx", tmx)
                .then().statusCode(200)
                .body("state", equalTo("DONE"))
                .body("fileName", equalTo("embassy.tmx"))
                .body("added", equalTo(2))
                .body("merged", equalTo(1))
                .body("skipped", equalTo(1))
                .body("messages", hasItem(containsString("merged into unit")))
                .body("messages", hasItem(containsString("skipped")));

        JsonPath both = NEWSROOM.memory("fa-tg").matches("سفیر ایران در روسیه گفت.");
        assertThat(both.getList("matches.kind")).containsOnly("EXACT");
        assertThat(both.getList("matches.target")).containsExactlyInAnyOrder("Сафири Эрон дар Русия гуфт.",
                "Сафири Эрон дар Русия изҳор дошт.");
    }

    @Test
    void shouldExportTmxThatImportsBackAsTheSameUnits() {
        String source = "حجم تجارت دو کشور در سال ۲۰۲۴ به <g id=\"1\">پنج میلیارد دلار</g> رسید.";
        NEWSROOM.memory("fa-uk").add(source, "Обсяг торгівлі двох країн у 2024 році досяг <g id=\"1\">п'яти мільярдів доларів</g>.");
        NEWSROOM.memory("fa-uk").add("سفیر ایران گفت.", "Посол Ірану сказав.");

        String exported = NEWSROOM.memory("fa-uk").getExport().then().statusCode(200)
                .contentType(startsWith(MemoryClient.TMX))
                .header("Content-Disposition", containsString("tarjoman-fa-uk.tmx"))
                .extract().asString();
        assertThat(exported).contains("<tuv xml:lang=\"fa\">").contains("۲۰۲۴").contains("<bpt i=\"1\"");

        NEWSROOM.memory("fa-uk").importTmx(exported)
                .then().statusCode(200).body("added", equalTo(0)).body("merged", equalTo(2)).body("skipped", equalTo(0));
        NEWSROOM.memories().list().then().statusCode(200)
                .body("memories.find { it.name == 'fa-uk' }.units", equalTo(2));
    }

    @Test
    void shouldRejectMalformedTmxWithItsLineAndKeepNothing() {
        String broken = new Tmx("fa").unit("fa", "این واحد نباید ذخیره شود.", "en", "This unit must not be kept.").build()
                .replace("</body>", "<tu><tuv xml:lang=\"fa\"><seg>ناتمام</tuv></tu></body>");
        NEWSROOM.memory("fa-hy").importTmx(broken)
                .then().statusCode(400).contentType("application/problem+json")
                .body("type", equalTo("/problems.html#malformed-body"))
                .body("detail", containsString("line 9"))
                .body("detail", containsString("nothing was imported"));

        NEWSROOM.memory("fa-hy").getMatches(Map.of("q", "این واحد نباید ذخیره شود."))
                .then().statusCode(200).body("matches.size()", equalTo(0));
    }

    @Test
    void shouldRejectEntitiesAndReadNothing() {
        String bomb = "<?xml version=\"1.0\"?>\n<!DOCTYPE tmx [<!ENTITY secret SYSTEM \"file:///etc/passwd\">]>\n"
                + "<tmx version=\"1.4\"><header srclang=\"fa\"/><body><tu><tuv xml:lang=\"fa\"><seg>&secret;</seg></tuv>"
                + "<tuv xml:lang=\"en\"><seg>x</seg></tuv></tu></body></tmx>";
        NEWSROOM.memory("fa-ka").importTmx(bomb, "application/xml")
                .then().statusCode(400).body("detail", containsString("DOCTYPE"));
    }

    @Test
    void shouldRejectATmxWithoutTheMemoryLanguages() {
        String tmx = new Tmx("de").unit("de", "Guten Tag.", "fr", "Bonjour.").build();
        NEWSROOM.memory("fa-en").importTmx(tmx)
                .then().statusCode(400).body("type", equalTo("/problems.html#unsupported-language"))
                .body("detail", containsString("de"));
    }

    @Test
    void shouldAddCorrectAndRemoveUnitsMatchableAtOnce() {
        String source = "وزیر امور خارجه به پکن سفر کرد.";
        MemoryClient memory = NEWSROOM.memory("fa-zh");
        Response created = memory.addUnit(Map.of("source", source, "target", "The foreign minister travelled to Beijing.",
                "author", "sara"));
        created.then().statusCode(201).header("Location", containsString("/api/v1/memories/fa-zh/units/"));
        long id = created.jsonPath().getLong("id");

        assertThat(memory.matches(source).getLong("matches[0].unitId")).isEqualTo(id);
        assertThat(memory.matches(source).getInt("matches[0].score")).isEqualTo(100);

        memory.putUnit(id, Map.of("source", source, "target", "The foreign minister visited Beijing."))
                .then().statusCode(200).body("target", equalTo("The foreign minister visited Beijing."))
                .body("author", equalTo("bootstrap")); // the caller (the newsroom's key), not the author the body claimed
        assertThat(memory.matches(source).getString("matches[0].target")).isEqualTo("The foreign minister visited Beijing.");

        memory.deleteUnit(id).then().statusCode(204);
        assertThat(memory.matches(source).getList("matches")).isEmpty();
        memory.getUnit(id).then().statusCode(404).contentType("application/problem+json");
    }

    @Test
    void shouldTakeEveryUnitOfTheFirstWritesToANewMemorySentAtOnce() throws Exception {
        // The first NTREX sentences hold no "&" or "<": as plain as tagged text.
        List<String> persian = TestData.ntrexPersian().subList(0, 8);
        List<String> english = TestData.ntrexEnglish().subList(0, 8);
        MemoryClient memory = NEWSROOM.memory("fa-uz");
        ExecutorService newsroom = Executors.newFixedThreadPool(persian.size());
        try {
            List<Callable<Response>> writes = new ArrayList<>();
            for (int i = 0; i < persian.size(); i++) {
                Map<String, String> unit = Map.of("source", persian.get(i), "target", english.get(i));
                writes.add(() -> memory.addUnit(unit));
            }
            for (Future<Response> answer : newsroom.invokeAll(writes)) {
                assertThat(answer.get().statusCode()).as(answer.get().asString()).isEqualTo(201);
            }
        } finally {
            newsroom.shutdown();
        }

        for (int i = 0; i < persian.size(); i++) {
            assertThat(memory.matches(persian.get(i)).getString("matches[0].target")).isEqualTo(english.get(i));
        }
    }

    @Test
    void shouldScoreTheSameNeighboursAsInContext() {
        NEWSROOM.memory("fa-ar").add("سفیر ایران گفت.", "قال سفير إيران.", "مذاکرات ادامه دارد.", "دیدار فردا است.");

        NEWSROOM.memory("fa-ar")
                .matchInContext(Map.of("source", "سفیر ایران گفت.", "previous", "مذاکرات ادامه دارد.", "next", "دیدار فردا است."))
                .then().statusCode(200)
                .body("matches[0].kind", equalTo("IN_CONTEXT"))
                .body("matches[0].score", equalTo(101));
    }

    @Test
    void shouldFindConcordanceHitsAcrossZwnjVariantsWithTheirSpan() {
        String source = "همکاری‌های دوجانبه در حوزه‌های فناوری گسترش می‌یابد.";
        NEWSROOM.memory("fa-es").add(source, "La cooperación bilateral en tecnología se amplía.");

        JsonPath hits = NEWSROOM.memory("fa-es").getConcordance("همکاریهای دوجانبه", null)
                .then().statusCode(200).extract().jsonPath();
        assertThat(hits.getString("hits[0].side")).isEqualTo("source");
        assertThat(source.substring(hits.getInt("hits[0].start"), hits.getInt("hits[0].end"))).isEqualTo("همکاری‌های دوجانبه");

        NEWSROOM.memory("fa-es").getConcordance("bilateral", "target")
                .then().statusCode(200).body("hits[0].unit.source", equalTo(source));
    }

    @Inject
    DataSource dataSource;

    @Test
    void shouldPickUpAUnitWrittenByAnotherNodeWithinASecond() throws SQLException {
        NEWSROOM.memory("fa-pt").add("سفیر ایران گفت.", "O embaixador do Irã disse.");
        String source = "نشست خبری فردا برگزار می‌شود.";
        try (Connection c = dataSource.getConnection(); PreparedStatement insert = c.prepareStatement(
                "INSERT INTO tm_unit (memory, source, target, source_key, target_key, origin, author, created_at, changed_at, "
                        + "usage_count, deleted, written_at) VALUES ('fa-pt', ?, ?, ?, ?, 'node-2', 'reza', ?, ?, 0, FALSE, ?)")) {
            OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
            insert.setString(1, source);
            insert.setString(2, "A coletiva de imprensa será amanhã.");
            insert.setString(3, "نشست خبری فردا برگزار میشود.");
            insert.setString(4, "a coletiva de imprensa sera amanha.");
            insert.setObject(5, now);
            insert.setObject(6, now);
            insert.setObject(7, now);
            insert.executeUpdate();
        }

        Instant deadline = Instant.now().plusSeconds(1);
        List<Object> found = List.of();
        while (found.isEmpty() && Instant.now().isBefore(deadline)) {
            found = NEWSROOM.memory("fa-pt").matches(source).getList("matches");
        }
        assertThat(found).as("matchable within 1 s on this node").hasSize(1);
    }

    @Test
    void shouldAnswerBadReadsWithProblems() {
        NEWSROOM.memory("fa-xx").getMatches(Map.of("q", "سلام")).then().statusCode(404)
                .contentType("application/problem+json").body("detail", containsString("fa-xx"));
        NEWSROOM.memory("persian").getMatches(Map.of("q", "سلام")).then().statusCode(400)
                .body("detail", containsString("not a memory name"));
        NEWSROOM.memory("fa-it").add("سلام.", "Ciao.");
        NEWSROOM.memory("fa-it").getMatches(Map.of("q", "")).then().statusCode(400).body("detail", containsString("empty"));
        NEWSROOM.memory("fa-it").getMatches(Map.of("q", "سلام", "threshold", 150)).then().statusCode(400)
                .body("errors[0].message", equalTo("must be between 0 and 100"));
        NEWSROOM.memories().getImport("no-such-import").then().statusCode(404);
    }
}
