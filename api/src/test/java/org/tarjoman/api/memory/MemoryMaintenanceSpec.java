package org.tarjoman.api.memory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import io.restassured.path.json.JsonPath;

import org.junit.jupiter.api.Test;
import org.tarjoman.api.testing.Identity;
import org.tarjoman.api.testing.Markup;
import org.tarjoman.api.testing.MemoryClient;
import org.tarjoman.api.testing.TarjomanClient;

/**
 * A coordinator's upkeep of a memory through REST: units searched and deleted by filter,
 * find-and-replace in targets with its preview and history, counts per author and month. On whichever
 * database the concrete class runs (H2 in {@link MemoryMaintenanceTest}, PostgreSQL in
 * {@link MemoryMaintenancePostgresTest}); each test has a memory of its own.
 */
abstract class MemoryMaintenanceSpec {

    private static final TarjomanClient NEWSROOM = new TarjomanClient();
    private static final String ZWNJ = "\u200C";

    private static final String PRESIDENT = "رئیس‌جمهور ایران روز سه‌شنبه به مسکو سفر می‌کند.";
    private static final String MINISTER = "وزیر امور خارجه در نشست خبری گفت.";
    private static final String TALKS = "مذاکرات هسته‌ای در وین ادامه دارد.";
    private static final String IRNA = "به گزارش ایرنا، نشست سران کشورهای عضو بریکس در کازان برگزار شد.";

    /** A unit as a TMX from another tool carries it: who confirmed it, when, and where it came from. */
    private record Unit(String source, String target, String author, String changed, String origin) {
    }

    @Test
    void shouldFindUnitsBySourceWhateverTheSpellingOfYehKafAndZwnj() {
        MemoryClient memory = NEWSROOM.memory("fa-sv");
        long president = memory.add(PRESIDENT, "Irans president reser till Moskva på tisdag.");
        memory.add(MINISTER, "Utrikesministern sade på presskonferensen.");
        memory.add(TALKS, "Kärnkraftsförhandlingarna fortsätter i Wien.");

        String arabicYehNoZwnj = "رئيسجمهور";
        JsonPath found = search(memory, Map.of("source", arabicYehNoZwnj));
        assertThat(found.getLong("total")).isEqualTo(1);
        assertThat(found.getLong("units[0].id")).isEqualTo(president);
        assertThat(found.getString("units[0].source")).isEqualTo(PRESIDENT);

        assertThat(search(memory, Map.of("source", "ميكند")).getList("units.source")).containsExactly(PRESIDENT);
        assertThat(search(memory, Map.of("source", "هسته" + ZWNJ + "اي")).getList("units.source")).containsExactly(TALKS);
        assertThat(search(memory, Map.of("source", "پکن")).getLong("total")).isZero();
    }

    @Test
    void shouldKeepACorrectedTargetInTheUnitsHistory() {
        MemoryClient memory = NEWSROOM.as(Identity.manager("maint-omid")).memory("fa-fi");
        long id = memory.add(MINISTER, "Ulkoministeri sanoi lehdistötilaisuudessa");

        memory.putUnit(id, Map.of("source", MINISTER, "target", "Ulkoministeri sanoi lehdistötilaisuudessa.")).then().statusCode(200);
        memory.putUnit(id, Map.of("source", MINISTER, "target", "Ulkoministeri sanoi lehdistötilaisuudessa.")).then().statusCode(200);

        JsonPath history = memory.getHistory(id).then().statusCode(200).extract().jsonPath();
        assertThat(history.getList("$")).as("a correction that changes nothing is no change").hasSize(1);
        assertThat(history.getString("[0].before")).isEqualTo("Ulkoministeri sanoi lehdistötilaisuudessa");
        assertThat(history.getString("[0].after")).isEqualTo("Ulkoministeri sanoi lehdistötilaisuudessa.");
        assertThat(history.getString("[0].changedBy")).isEqualTo("maint-omid");
        assertThat(history.getString("[0].operation")).isEqualTo("correct");
    }

    @Test
    void shouldFilterByTargetAuthorOriginAndDayOfConfirmationNewestFirst() {
        MemoryClient memory = NEWSROOM.memory("fa-nl");
        memory.uploadTmx("desk.tmx", tmx("nl",
                new Unit(PRESIDENT, "De Iraanse president reist dinsdag naar Moskou.", "sara", "20261031T230000Z", null),
                new Unit(MINISTER, "De minister van Buitenlandse Zaken zei op de persconferentie.", "reza", "20261101T000000Z", "job-17"),
                new Unit(TALKS, "De nucleaire onderhandelingen in Wenen gaan door.", "sara", "20261130T235959Z", "job-17"),
                new Unit(IRNA, "Volgens IRNA werd de BRICS-top in Kazan gehouden.", "reza", "20261201T000000Z", null)))
                .then().statusCode(200).body("added", equalTo(4));

        assertThat(search(memory, Map.of("author", "sara")).getList("units.source")).containsExactly(TALKS, PRESIDENT);
        assertThat(search(memory, Map.of("origin", "job-17")).getList("units.source")).containsExactly(TALKS, MINISTER);
        assertThat(search(memory, Map.of("origin", "desk.tmx")).getList("units.source")).containsExactly(IRNA, PRESIDENT);
        assertThat(search(memory, Map.of("from", "2026-11-01", "to", "2026-11-30")).getList("units.source"))
                .containsExactly(TALKS, MINISTER);
        assertThat(search(memory, Map.of("from", "2026-12-01")).getList("units.source")).containsExactly(IRNA);
        assertThat(search(memory, Map.of("target", "MOSKOU")).getList("units.source")).containsExactly(PRESIDENT);
        assertThat(search(memory, Map.of("author", "reza", "to", "2026-11-30")).getList("units.source"))
                .containsExactly(MINISTER);

        JsonPath first = search(memory, Map.of("limit", 3));
        assertThat(first.getLong("total")).isEqualTo(4);
        assertThat(first.getList("units.source")).containsExactly(IRNA, TALKS, MINISTER);
        JsonPath rest = search(memory, Map.of("limit", 3, "after", first.getLong("next")));
        assertThat(rest.getList("units.source")).containsExactly(PRESIDENT);
        assertThat(rest.getString("next")).isNull();
    }

    @Test
    void shouldDeleteWhatAFilterSelectsSoThatItMatchesNoMoreAndAuditIt() {
        MemoryClient memory = NEWSROOM.memory("fa-pl");
        memory.uploadTmx("warsaw.tmx", tmx("pl",
                new Unit(PRESIDENT, "Prezydent Iranu we wtorek uda się do Moskwy.", "reza", "20261105T100000Z", null),
                new Unit(MINISTER, "Minister spraw zagranicznych powiedział na konferencji prasowej.", "reza", "20261106T100000Z", null),
                new Unit(TALKS, "Rozmowy nuklearne w Wiedniu trwają.", "sara", "20261107T100000Z", null)))
                .then().statusCode(200).body("added", equalTo(3));
        assertThat(memory.matches(PRESIDENT).getList("matches")).hasSize(1);

        memory.deleteUnits(Map.of("author", "reza")).then().statusCode(200)
                .body("deleted", equalTo(2)).body("filter", equalTo("author=\"reza\""));

        assertThat(memory.matches(PRESIDENT).getList("matches")).isEmpty();
        assertThat(memory.matches(MINISTER).getList("matches")).isEmpty();
        assertThat(memory.matches(TALKS).getString("matches[0].target")).isEqualTo("Rozmowy nuklearne w Wiedniu trwają.");
        assertThat(search(memory, Map.of()).getList("units.source")).containsExactly(TALKS);
        NEWSROOM.request().get("/api/v1/audit").then().statusCode(200)
                .body("entries.findAll { it.target == 'memory fa-pl' }.detail", hasItem("2 units: author=\"reza\""));
    }

    @Test
    void shouldRefuseToDeleteEveryUnitWithoutAFilterUnlessAskedForAll() {
        MemoryClient memory = NEWSROOM.memory("fa-fi");
        memory.add(PRESIDENT, "Iranin presidentti matkustaa tiistaina Moskovaan.");
        memory.add(MINISTER, "Ulkoministeri sanoi lehdistötilaisuudessa.");

        memory.deleteUnits(Map.of()).then().statusCode(400).contentType("application/problem+json")
                .body("detail", containsString("all=true"));
        memory.deleteUnits(Map.of("source", "  ")).then().statusCode(400);
        assertThat(search(memory, Map.of()).getLong("total")).isEqualTo(2);

        memory.deleteUnits(Map.of("all", true)).then().statusCode(200).body("deleted", equalTo(2));
        assertThat(search(memory, Map.of()).getLong("total")).isZero();
        assertThat(memory.matches(PRESIDENT).getList("matches")).isEmpty();
    }

    @Test
    void shouldApplyAReplacementAsPreviewedAndKeepEachPreviousTargetWithWhoReplacedIt() {
        MemoryClient memory = NEWSROOM.memory("fa-da");
        long said = memory.add("روحانی در نشست خبری گفت.", "Rouhani said at the press conference.");
        long government = memory.add("دولت روحانی بودجه را تصویب کرد.", "The rouhani government passed the budget.");
        long tagged = memory.add("به گفته <g id=\"1\">روحانی</g>، مذاکرات ادامه دارد.",
                "According to <g id=\"1\">Rouhani</g>, talks &amp; contacts continue.");
        long untouched = memory.add(MINISTER, "Udenrigsministeren sagde på pressekonferencen.");
        Map<String, Object> request = Map.of("find", "rouhani", "replace", "Pezeshkian", "caseSensitive", false);

        JsonPath preview = memory.previewReplacement(request).then().statusCode(200).extract().jsonPath();
        assertThat(preview.getLong("total")).isEqualTo(3);
        assertThat(preview.getLong("refusedTotal")).isZero();
        assertThat(preview.getList("units.unitId", Long.class)).containsExactly(tagged, government, said);
        assertThat(preview.getString("units[0].after"))
                .isEqualTo("According to <g id=\"1\">Pezeshkian</g>, talks &amp; contacts continue.");
        assertThat(preview.getString("units[1].before")).isEqualTo("The rouhani government passed the budget.");
        assertThat(search(memory, Map.of("target", "Pezeshkian")).getLong("total")).as("a preview changes nothing").isZero();

        TarjomanClient coordinator = NEWSROOM.as(Identity.manager("maint-mina"));
        JsonPath applied = coordinator.memory("fa-da").replace(request).then().statusCode(200).extract().jsonPath();
        assertThat(applied.getLong("replaced")).isEqualTo(3);
        assertThat(applied.getList("refused")).isEmpty();

        for (int i = 0; i < 3; i++) {
            long id = preview.getLong("units[" + i + "].unitId");
            assertThat(memory.getUnit(id).then().statusCode(200).extract().jsonPath().getString("target"))
                    .isEqualTo(preview.getString("units[" + i + "].after"));
        }
        assertThat(memory.matches("روحانی در نشست خبری گفت.").getString("matches[0].target"))
                .isEqualTo("Pezeshkian said at the press conference.");
        memory.getUnit(said).then().body("author", equalTo("bootstrap"));

        JsonPath history = memory.getHistory(said).then().statusCode(200).extract().jsonPath();
        assertThat(history.getList("$")).hasSize(1);
        assertThat(history.getString("[0].before")).isEqualTo("Rouhani said at the press conference.");
        assertThat(history.getString("[0].after")).isEqualTo("Pezeshkian said at the press conference.");
        assertThat(history.getString("[0].changedBy")).isEqualTo("maint-mina");
        assertThat(history.getString("[0].operation")).isEqualTo("replace");
        assertThat(history.getString("[0].operationId")).isEqualTo(applied.getString("operationId"));
        assertThat(memory.getHistory(untouched).then().statusCode(200).extract().jsonPath().getList("$")).isEmpty();
        NEWSROOM.request().get("/api/v1/audit").then().statusCode(200)
                .body("entries.findAll { it.target == 'memory fa-da' }.action", hasItem("UNITS_REPLACED"));
    }

    @Test
    void shouldRefuseAndReportAUnitWhoseTextRunsAcrossAnInlineCodeOrWouldBeLeftEmpty() {
        MemoryClient memory = NEWSROOM.memory("fa-cs");
        long acrossCode = memory.add("وزیر <g id=\"1\">امور خارجه</g> گفت.", "The <g id=\"1\">foreign</g> minister said.");
        long onlyName = memory.add("بریکس", "BRICS");
        long plain = memory.add("نشست بریکس در کازان.", "The BRICS summit in Kazan.");
        long minister = memory.add(MINISTER, "The foreign minister said at the press conference.");

        JsonPath preview = memory.previewReplacement(Map.of("find", "foreign minister", "replace", "Foreign Minister"))
                .then().statusCode(200).extract().jsonPath();
        assertThat(preview.getList("units.unitId", Long.class)).containsExactly(minister);
        assertThat(preview.getList("refused.unitId", Long.class)).containsExactly(acrossCode);
        assertThat(preview.getString("refused[0].reason")).contains("inline code");

        JsonPath applied = memory.replace(Map.of("find", "BRICS", "replace", "", "wholeWord", true))
                .then().statusCode(200).extract().jsonPath();
        assertThat(applied.getLong("replaced")).isEqualTo(1);
        assertThat(applied.getList("refused.unitId", Long.class)).containsExactly(onlyName);
        assertThat(applied.getString("refused[0].reason")).contains("empty");
        memory.getUnit(onlyName).then().body("target", equalTo("BRICS"));
        memory.getUnit(plain).then().body("target", equalTo("The  summit in Kazan."));
        assertThat(memory.getHistory(onlyName).then().statusCode(200).extract().jsonPath().getList("$")).isEmpty();
        memory.getUnit(acrossCode).then().body("target", equalTo("The <g id=\"1\">foreign</g> minister said."));
    }

    @Test
    void shouldReplaceOnlyInTheUnitsTheFilterSelects() {
        MemoryClient memory = NEWSROOM.memory("fa-ro");
        memory.uploadTmx("ro.tmx", tmx("ro",
                new Unit(PRESIDENT, "Președintele Iranului merge marți la Moscova.", "sara", "20261105T100000Z", null),
                new Unit(TALKS, "Negocierile nucleare continuă la Viena, nu la Moscova.", "reza", "20261106T100000Z", null)))
                .then().statusCode(200);
        Map<String, Object> request = Map.of("find", "Moscova", "replace", "Moskova", "filter", Map.of("author", "sara"));

        memory.replace(request).then().statusCode(200).body("replaced", equalTo(1));
        assertThat(search(memory, Map.of("target", "Moskova")).getList("units.source")).containsExactly(PRESIDENT);
        assertThat(search(memory, Map.of("target", "Moscova")).getList("units.source")).containsExactly(TALKS);
    }

    @Test
    void shouldCountUnitsPerAuthorAndMonth() {
        MemoryClient memory = NEWSROOM.memory("fa-hu");
        memory.uploadTmx("hu.tmx", tmx("hu",
                new Unit(PRESIDENT, "Irán elnöke kedden Moszkvába utazik.", "sara", "20261031T235959Z", null),
                new Unit(MINISTER, "A külügyminiszter a sajtótájékoztatón azt mondta.", "sara", "20261101T000000Z", null),
                new Unit(TALKS, "A nukleáris tárgyalások Bécsben folytatódnak.", "sara", "20261115T120000Z", null),
                new Unit(IRNA, "Az IRNA szerint a BRICS-csúcsot Kazanyban tartották.", "reza", "20261120T120000Z", null)))
                .then().statusCode(200).body("added", equalTo(4));

        JsonPath statistics = memory.getStatistics(Map.of()).then().statusCode(200).extract().jsonPath();
        assertThat(statistics.getLong("units")).isEqualTo(4);
        assertThat(statistics.getList("months", Map.class)).containsExactly(
                Map.of("author", "reza", "month", "2026-11", "units", 1),
                Map.of("author", "sara", "month", "2026-10", "units", 1),
                Map.of("author", "sara", "month", "2026-11", "units", 2));
        assertThat(statistics.getList("authors", Map.class)).containsExactly(
                Map.of("author", "reza", "units", 1), Map.of("author", "sara", "units", 3));

        memory.getStatistics(Map.of("from", "2026-11-01")).then().statusCode(200).body("units", equalTo(3));
    }

    @Test
    void shouldAnswerBadFiltersAndRequestsWithProblems() {
        MemoryClient memory = NEWSROOM.memory("fa-el");
        memory.add(MINISTER, "Ο υπουργός Εξωτερικών δήλωσε στη συνέντευξη Τύπου.");

        memory.searchUnits(Map.of("from", "2026-13-01")).then().statusCode(400).contentType("application/problem+json")
                .body("detail", containsString("from")).body("detail", containsString("ISO date"));
        memory.searchUnits(Map.of("from", "2026-12-01", "to", "2026-11-01")).then().statusCode(400)
                .body("detail", containsString("after"));
        memory.searchUnits(Map.of("limit", 0)).then().statusCode(400);
        memory.searchUnits(Map.of("source", ZWNJ)).then().statusCode(400).body("detail", containsString("source"));
        memory.getStatistics(Map.of("to", "yesterday")).then().statusCode(400).body("detail", containsString("to"));
        memory.deleteUnits(Map.of("from", "11/01/2026")).then().statusCode(400);
        memory.previewReplacement(Map.of("replace", "x")).then().statusCode(400)
                .body("errors[0].field", containsString("find"));
        memory.replace(Map.of("find", "x", "filter", Map.of("to", "never"))).then().statusCode(400)
                .body("detail", containsString("to"));
        NEWSROOM.memory("fa-xx").searchUnits(Map.of()).then().statusCode(404);
        memory.getHistory(999_999_999L).then().statusCode(404);
        assertThat(search(memory, Map.of()).getLong("total")).isEqualTo(1);
    }

    @Test
    void shouldLetATranslatorSearchButNotDeleteOrReplace() {
        MemoryClient memory = NEWSROOM.memory("fa-bg");
        memory.add(MINISTER, "Външният министър заяви на пресконференцията.");
        MemoryClient asTranslator = NEWSROOM.as(Identity.translator("maint-sina")).memory("fa-bg");

        asTranslator.searchUnits(Map.of("source", "وزیر")).then().statusCode(200).body("total", equalTo(1));
        asTranslator.deleteUnits(Map.of("source", "وزیر")).then().statusCode(403);
        asTranslator.replace(Map.of("find", "министър", "replace", "министър!")).then().statusCode(403);
        assertThat(search(memory, Map.of()).getLong("total")).isEqualTo(1);
    }

    private static JsonPath search(MemoryClient memory, Map<String, ?> filter) {
        return memory.searchUnits(new HashMap<>(filter)).then().statusCode(200).extract().jsonPath();
    }

    private static String tmx(String targetLanguage, Unit... units) {
        StringBuilder body = new StringBuilder();
        for (Unit u : units) {
            body.append("<tu changeid=\"").append(u.author()).append("\" changedate=\"").append(u.changed()).append("\">");
            if (u.origin() != null) {
                body.append("<prop type=\"x-origin\">").append(Markup.escape(u.origin())).append("</prop>");
            }
            body.append("<tuv xml:lang=\"fa\"><seg>").append(Markup.escape(u.source())).append("</seg></tuv>")
                    .append("<tuv xml:lang=\"").append(targetLanguage).append("\"><seg>").append(Markup.escape(u.target()))
                    .append("</seg></tuv></tu>\n");
        }
        return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<tmx version=\"1.4\"><header creationtool=\"test\" "
                + "creationtoolversion=\"1\" segtype=\"sentence\" o-tmf=\"test\" adminlang=\"en\" srclang=\"fa\" "
                + "datatype=\"plaintext\"/><body>\n" + body + "</body></tmx>\n";
    }

}
