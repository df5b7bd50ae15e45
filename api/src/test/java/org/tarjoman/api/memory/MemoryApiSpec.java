package org.tarjoman.api.memory;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThan;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.startsWith;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

import javax.sql.DataSource;

import jakarta.inject.Inject;

import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;

import org.junit.jupiter.api.Test;
import org.tarjoman.api.Ntrex;

/**
 * The translation memory through REST, on whichever database the concrete test class runs
 * (H2 by default, PostgreSQL in {@link MemoryApiPostgresTest}). Each test uses its own language
 * pair, so the tests do not see each other's units.
 */
abstract class MemoryApiSpec {

    static final String TMX = "application/x-tmx+xml";
    static final char ZWNJ = '\u200C';

    @Test
    void shouldImportNtrexInTheBackgroundAndMatchSpellingVariantsAsNormalized() {
        List<String> fa = Ntrex.persian();
        String tmx = new Tmx("fa-IR").units("en-US", fa, Ntrex.english()).build();
        assertThat(tmx.getBytes(StandardCharsets.UTF_8).length).as("over the test's sync limit").isGreaterThan(200 * 1024);

        Response accepted = given().contentType(TMX).body(tmx.getBytes(StandardCharsets.UTF_8))
                .post("/api/v1/memories/fa-en/import");
        accepted.then().statusCode(202).header("Location", containsString("/api/v1/imports/"));
        JsonPath done = awaitImport(accepted.header("Location"));
        assertThat(done.getString("state")).isEqualTo("DONE");
        assertThat(done.getLong("added") + done.getLong("updated") + done.getLong("skipped")).isEqualTo(fa.size());
        assertThat(done.getLong("added")).isGreaterThan(1900);

        String original = fa.stream().filter(s -> s.indexOf('ی') >= 0 && s.indexOf('ک') >= 0 && s.split(" ").length > 12)
                .findFirst().orElseThrow();
        String arabicLetters = original.replace('ی', 'ي').replace('ک', 'ك');
        JsonPath normalized = matches("fa-en", arabicLetters);
        assertThat(normalized.getString("matches[0].kind")).isEqualTo("NORMALIZED");
        assertThat(normalized.getInt("matches[0].score")).isEqualTo(99);
        assertThat(normalized.getString("matches[0].source")).isEqualTo(original);
        assertThat(normalized.getString("matches[0].target")).isEqualTo(Ntrex.english().get(fa.indexOf(original)));

        String russianTmx = new Tmx("fa").units("ru", fa, Ntrex.russian()).build();
        JsonPath russian = awaitImport(given().contentType(TMX).body(russianTmx.getBytes(StandardCharsets.UTF_8))
                .post("/api/v1/memories/fa-ru/import").then().statusCode(202).extract().header("Location"));
        assertThat(russian.getString("state")).isEqualTo("DONE");
        assertThat(matches("fa-ru", arabicLetters).getString("matches[0].target"))
                .isEqualTo(Ntrex.russian().get(fa.indexOf(original)));
    }

    @Test
    void shouldMatchAMissingZwnjAsNormalizedAndOneChangedWordAsFuzzyWithThatWord() {
        String source = "رئیس‌جمهور ایران روز سه‌شنبه برای امضای موافقت‌نامه جامع همکاری به مسکو سفر می‌کند.";
        addUnit("fa-tr", source, "İran Cumhurbaşkanı Salı günü kapsamlı işbirliği anlaşmasını imzalamak için Moskova'ya gidiyor.");

        JsonPath zwnjMissing = matches("fa-tr", source.replace(String.valueOf(ZWNJ), ""));
        assertThat(zwnjMissing.getString("matches[0].kind")).isEqualTo("NORMALIZED");
        assertThat(zwnjMissing.getInt("matches[0].score")).isEqualTo(98);

        String changed = source.replace("سه‌شنبه", "چهارشنبه");
        JsonPath fuzzy = matches("fa-tr", changed);
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

        given().multiPart("file", "embassy.tmx", tmx.getBytes(StandardCharsets.UTF_8), TMX)
                .post("/api/v1/memories/fa-tg/import")
                .then().statusCode(200)
                .body("state", equalTo("DONE"))
                .body("fileName", equalTo("embassy.tmx"))
                .body("added", equalTo(2))
                .body("skipped", equalTo(2))
                .body("messages", hasItem(containsString("skipped")));

        JsonPath both = matches("fa-tg", "سفیر ایران در روسیه گفت.");
        assertThat(both.getList("matches.kind")).containsOnly("EXACT");
        assertThat(both.getList("matches.target")).containsExactlyInAnyOrder("Сафири Эрон дар Русия гуфт.",
                "Сафири Эрон дар Русия изҳор дошт.");
    }

    @Test
    void shouldExportTmxThatImportsBackAsTheSameUnits() {
        String source = "حجم تجارت دو کشور در سال ۲۰۲۴ به <g id=\"1\">پنج میلیارد دلار</g> رسید.";
        addUnit("fa-uk", source, "Обсяг торгівлі двох країн у 2024 році досяг <g id=\"1\">п'яти мільярдів доларів</g>.");
        addUnit("fa-uk", "سفیر ایران گفت.", "Посол Ірану сказав.");

        String exported = given().get("/api/v1/memories/fa-uk/export").then().statusCode(200)
                .contentType(startsWith(TMX))
                .header("Content-Disposition", containsString("tarjoman-fa-uk.tmx"))
                .extract().asString();
        assertThat(exported).contains("<tuv xml:lang=\"fa\">").contains("۲۰۲۴").contains("<bpt i=\"1\"");

        given().contentType(TMX).body(exported.getBytes(StandardCharsets.UTF_8)).post("/api/v1/memories/fa-uk/import")
                .then().statusCode(200).body("added", equalTo(0)).body("skipped", equalTo(2));
        given().get("/api/v1/memories").then().statusCode(200)
                .body("memories.find { it.name == 'fa-uk' }.units", equalTo(2));
    }

    @Test
    void shouldRejectMalformedTmxWithItsLineAndKeepNothing() {
        String broken = new Tmx("fa").unit("fa", "این واحد نباید ذخیره شود.", "en", "This unit must not be kept.").build()
                .replace("</body>", "<tu><tuv xml:lang=\"fa\"><seg>ناتمام</tuv></tu></body>");
        given().contentType(TMX).body(broken.getBytes(StandardCharsets.UTF_8)).post("/api/v1/memories/fa-hy/import")
                .then().statusCode(400).contentType("application/problem+json")
                .body("type", equalTo("/problems.html#malformed-body"))
                .body("detail", containsString("line 9"))
                .body("detail", containsString("nothing was imported"));

        given().get("/api/v1/memories/fa-hy/matches?q=" + "این واحد نباید ذخیره شود.")
                .then().statusCode(200).body("matches.size()", equalTo(0));
    }

    @Test
    void shouldRejectEntitiesAndReadNothing() {
        String bomb = "<?xml version=\"1.0\"?>\n<!DOCTYPE tmx [<!ENTITY secret SYSTEM \"file:///etc/passwd\">]>\n"
                + "<tmx version=\"1.4\"><header srclang=\"fa\"/><body><tu><tuv xml:lang=\"fa\"><seg>&secret;</seg></tuv>"
                + "<tuv xml:lang=\"en\"><seg>x</seg></tuv></tu></body></tmx>";
        given().contentType("application/xml").body(bomb.getBytes(StandardCharsets.UTF_8)).post("/api/v1/memories/fa-ka/import")
                .then().statusCode(400).body("detail", containsString("DOCTYPE"));
    }

    @Test
    void shouldRejectATmxWithoutTheMemoryLanguages() {
        String tmx = new Tmx("de").unit("de", "Guten Tag.", "fr", "Bonjour.").build();
        given().contentType(TMX).body(tmx.getBytes(StandardCharsets.UTF_8)).post("/api/v1/memories/fa-en/import")
                .then().statusCode(400).body("type", equalTo("/problems.html#unsupported-language"))
                .body("detail", containsString("de"));
    }

    @Test
    void shouldAddCorrectAndRemoveUnitsMatchableAtOnce() {
        String source = "وزیر امور خارجه به پکن سفر کرد.";
        Response created = given().contentType(ContentType.JSON)
                .body(Map.of("source", source, "target", "The foreign minister travelled to Beijing.", "author", "sara"))
                .post("/api/v1/memories/fa-zh/units");
        created.then().statusCode(201).header("Location", containsString("/api/v1/memories/fa-zh/units/"));
        long id = created.jsonPath().getLong("id");

        assertThat(matches("fa-zh", source).getLong("matches[0].unitId")).isEqualTo(id);
        assertThat(matches("fa-zh", source).getInt("matches[0].score")).isEqualTo(100);

        given().contentType(ContentType.JSON)
                .body(Map.of("source", source, "target", "The foreign minister visited Beijing."))
                .put("/api/v1/memories/fa-zh/units/" + id)
                .then().statusCode(200).body("target", equalTo("The foreign minister visited Beijing.")).body("author", equalTo("sara"));
        assertThat(matches("fa-zh", source).getString("matches[0].target")).isEqualTo("The foreign minister visited Beijing.");

        given().delete("/api/v1/memories/fa-zh/units/" + id).then().statusCode(204);
        assertThat(matches("fa-zh", source).getList("matches")).isEmpty();
        given().get("/api/v1/memories/fa-zh/units/" + id).then().statusCode(404).contentType("application/problem+json");
    }

    @Test
    void shouldScoreTheSameNeighboursAsInContext() {
        addUnit("fa-ar", "سفیر ایران گفت.", "قال سفير إيران.", "مذاکرات ادامه دارد.", "دیدار فردا است.");

        given().contentType(ContentType.JSON)
                .body(Map.of("source", "سفیر ایران گفت.", "previous", "مذاکرات ادامه دارد.", "next", "دیدار فردا است."))
                .post("/api/v1/memories/fa-ar/matches")
                .then().statusCode(200)
                .body("matches[0].kind", equalTo("IN_CONTEXT"))
                .body("matches[0].score", equalTo(101));
    }

    @Test
    void shouldFindConcordanceHitsAcrossZwnjVariantsWithTheirSpan() {
        String source = "همکاری‌های دوجانبه در حوزه‌های فناوری گسترش می‌یابد.";
        addUnit("fa-es", source, "La cooperación bilateral en tecnología se amplía.");

        JsonPath hits = given().queryParam("q", "همکاریهای دوجانبه").get("/api/v1/memories/fa-es/concordance")
                .then().statusCode(200).extract().jsonPath();
        assertThat(hits.getString("hits[0].side")).isEqualTo("source");
        assertThat(source.substring(hits.getInt("hits[0].start"), hits.getInt("hits[0].end"))).isEqualTo("همکاری‌های دوجانبه");

        given().queryParam("q", "bilateral").queryParam("side", "target").get("/api/v1/memories/fa-es/concordance")
                .then().statusCode(200).body("hits[0].unit.source", equalTo(source));
    }

    @Inject
    DataSource dataSource;

    @Test
    void shouldPickUpAUnitWrittenByAnotherNodeWithinASecond() throws SQLException {
        addUnit("fa-pt", "سفیر ایران گفت.", "O embaixador do Irã disse.");
        String source = "نشست خبری فردا برگزار می‌شود.";
        try (Connection c = dataSource.getConnection(); PreparedStatement insert = c.prepareStatement(
                "INSERT INTO tm_unit (pair, source, target, source_key, target_key, origin, author, created_at, changed_at, "
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
            found = matches("fa-pt", source).getList("matches");
        }
        assertThat(found).as("matchable within 1 s on this node").hasSize(1);
    }

    @Test
    void shouldAnswerBadReadsWithProblems() {
        given().get("/api/v1/memories/fa-xx/matches?q=سلام").then().statusCode(404)
                .contentType("application/problem+json").body("detail", containsString("fa-xx"));
        given().get("/api/v1/memories/persian/matches?q=سلام").then().statusCode(400)
                .body("detail", containsString("not a memory name"));
        addUnit("fa-it", "سلام.", "Ciao.");
        given().get("/api/v1/memories/fa-it/matches?q=").then().statusCode(400).body("detail", containsString("empty"));
        given().get("/api/v1/memories/fa-it/matches?q=سلام&threshold=150").then().statusCode(400)
                .body("errors[0].message", equalTo("must be between 0 and 100"));
        given().get("/api/v1/imports/no-such-import").then().statusCode(404);
    }

    static long addUnit(String memory, String source, String target) {
        return addUnit(memory, source, target, null, null);
    }

    static long addUnit(String memory, String source, String target, String previous, String next) {
        Map<String, String> body = new java.util.HashMap<>(Map.of("source", source, "target", target));
        if (previous != null) {
            body.put("previous", previous);
            body.put("next", next);
        }
        return given().contentType(ContentType.JSON).body(body).post("/api/v1/memories/" + memory + "/units")
                .then().statusCode(201).extract().jsonPath().getLong("id");
    }

    static JsonPath matches(String memory, String query) {
        return given().queryParam("q", query).get("/api/v1/memories/" + memory + "/matches")
                .then().statusCode(200).extract().jsonPath();
    }

    static JsonPath awaitImport(String location) {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(60));
        while (true) {
            JsonPath state = given().get(location).then().statusCode(200).extract().jsonPath();
            String s = state.getString("state");
            if (s.equals("DONE") || s.equals("FAILED") || Instant.now().isAfter(deadline)) {
                return state;
            }
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return state;
            }
        }
    }
}
