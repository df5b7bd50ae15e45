package org.tarjoman.api.memory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import io.restassured.response.Response;

import org.junit.jupiter.api.Test;
import org.tarjoman.api.testing.TarjomanClient;

/**
 * Several named memories per pair ({@code fa-en}, {@code fa-en-sport}), with descriptions and read-only
 * flags, through REST on whichever database the concrete class runs (H2 in {@link NamedMemoryApiTest},
 * PostgreSQL in {@link NamedMemoryApiPostgresTest}). Each test makes memories of its own labels.
 */
abstract class NamedMemoryApiSpec {

    private static final TarjomanClient NEWSROOM = new TarjomanClient();
    private static final AtomicInteger LABELS = new AtomicInteger();

    private static final String SOURCE = "تیم ملی کشتی آزاد ایران قهرمان جهان شد.";
    private static final String TARGET = "Iran's freestyle wrestling team became world champion.";

    @Test
    void shouldCreateANamedMemoryAndShowItsPairDescriptionAndUnits() {
        String name = unique("fa-en-sport");

        Response created = NEWSROOM.memories().create(Map.of("name", name, "description", "میز ورزش: کشتی و فوتبال"));

        created.then().statusCode(201).header("Location", endsWith("/api/v1/memories/" + name))
                .body("name", equalTo(name)).body("source", equalTo("fa")).body("target", equalTo("en"))
                .body("description", equalTo("میز ورزش: کشتی و فوتبال")).body("readOnly", equalTo(false))
                .body("units", equalTo(0));
        NEWSROOM.memory(name).add(SOURCE, TARGET);
        NEWSROOM.memories().get(name).then().statusCode(200).body("units", equalTo(1));
        NEWSROOM.memories().list().then().statusCode(200)
                .body("memories.find { it.name == '" + name + "' }.description", equalTo("میز ورزش: کشتی و فوتبال"))
                .body("memories.find { it.name == '" + name + "' }.units", equalTo(1));
    }

    @Test
    void shouldRefuseAMemoryWhoseNameIsTaken() {
        String name = NEWSROOM.memories().create(unique("fa-ru-politics"), "سیاست خارجی", false);

        NEWSROOM.memories().create(Map.of("name", name)).then().statusCode(409)
                .contentType("application/problem+json").body("type", equalTo("/problems.html#conflict"))
                .body("detail", containsString(name));
    }

    @Test
    void shouldRefuseANameThatIsNoPairWithALabel() {
        for (String bad : List.of("fa-en-Sport", "persian", "fa-fa-sport", "fa-en-ورزش", "fa-en-" + "x".repeat(35))) {
            NEWSROOM.memories().create(Map.of("name", bad)).then().statusCode(400)
                    .contentType("application/problem+json");
        }
        NEWSROOM.memory("fa-en-Sport").getMatches(Map.of("q", SOURCE)).then().statusCode(400)
                .body("detail", containsString("not a memory name"));
    }

    @Test
    void shouldRefuseEveryWriteIntoAReadOnlyMemoryAndWriteNothing() {
        String name = NEWSROOM.memories().create(unique("fa-en-client"), "مرجع مشتری", false);
        long unit = NEWSROOM.memory(name).add(SOURCE, TARGET);
        NEWSROOM.memories().change(name, Map.of("readOnly", true)).then().statusCode(200)
                .body("readOnly", equalTo(true)).body("description", equalTo("مرجع مشتری"));

        refusedAsReadOnly(NEWSROOM.memory(name).addUnit(Map.of("source", "سلام", "target", "Hello")), name);
        refusedAsReadOnly(NEWSROOM.memory(name).putUnit(unit, Map.of("source", SOURCE, "target", "Changed")), name);
        refusedAsReadOnly(NEWSROOM.memory(name).deleteUnit(unit), name);
        refusedAsReadOnly(NEWSROOM.memory(name).importTmx(new Tmx("fa").unit("fa", "سلام", "en", "Hello").build()), name);

        NEWSROOM.memories().get(name).then().statusCode(200).body("units", equalTo(1));
        assertThat(NEWSROOM.memory(name).matches(SOURCE).getString("matches[0].target")).isEqualTo(TARGET);

        NEWSROOM.memories().change(name, Map.of("readOnly", false)).then().statusCode(200);
        NEWSROOM.memory(name).add("سلام", "Hello");
        NEWSROOM.memories().get(name).then().statusCode(200).body("units", equalTo(2));
    }

    @Test
    void shouldCreateAPairsOwnMemoryOnFirstWriteButNotALabelledOne() {
        String unknown = unique("fa-en-nosuch");
        NEWSROOM.memory(unknown).addUnit(Map.of("source", SOURCE, "target", TARGET)).then().statusCode(404)
                .contentType("application/problem+json").body("detail", containsString(unknown));
        NEWSROOM.memories().get(unknown).then().statusCode(404);
        NEWSROOM.memories().change(unknown, Map.of("readOnly", true)).then().statusCode(404);

        NEWSROOM.memory("fa-sv").add(SOURCE, "Irans fristilsbrottningslag blev världsmästare.");
        NEWSROOM.memories().get("fa-sv").then().statusCode(200).body("source", equalTo("fa"))
                .body("target", equalTo("sv")).body("description", nullValue()).body("readOnly", equalTo(false));
    }

    @Test
    void shouldKeepTwoMemoriesOfOnePairApartAndNameTheMemoryOfEachMatch() {
        String sport = NEWSROOM.memories().create(unique("fa-en-sport"), "ورزش", false);
        String politics = NEWSROOM.memories().create(unique("fa-en-politics"), "سیاست", false);
        long unit = NEWSROOM.memory(sport).add(SOURCE, TARGET);

        assertThat(NEWSROOM.memory(sport).matches(SOURCE).getList("matches.memory")).containsExactly(sport);
        assertThat(NEWSROOM.memory(politics).matches(SOURCE).getList("matches")).isEmpty();
        NEWSROOM.memory(politics).getUnit(unit).then().statusCode(404);
        NEWSROOM.memory(sport).getUnit(unit).then().statusCode(200).body("memory", equalTo(sport));
        NEWSROOM.memory(sport).getExport().then().statusCode(200)
                .header("Content-Disposition", containsString("tarjoman-" + sport + ".tmx"));
    }

    private static void refusedAsReadOnly(Response answer, String memory) {
        answer.then().statusCode(409).contentType("application/problem+json")
                .body("type", equalTo("/problems.html#read-only-memory")).body("memory", equalTo(memory))
                .body("detail", containsString(memory));
    }

    /** A name no other test (or run on the same database) uses. */
    static String unique(String prefix) {
        return prefix + "-" + Long.toString(System.nanoTime() % 1_000_000_000L, 36) + LABELS.incrementAndGet();
    }
}
