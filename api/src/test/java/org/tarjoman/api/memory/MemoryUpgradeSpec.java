package org.tarjoman.api.memory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;

import io.restassured.path.json.JsonPath;

import org.junit.jupiter.api.Test;
import org.tarjoman.api.testing.TarjomanClient;
import org.tarjoman.api.testing.TaskClient;

/**
 * An upgrade to named memories (migration V5) keeps what was there: the memory {@code fa-en} keeps its
 * name and its units answer as before, an old import names its memory, and new jobs read and write
 * {@code fa-en} as they did. The database is left by {@link LegacyMemories} as the release before made it.
 */
abstract class MemoryUpgradeSpec {

    private static final TarjomanClient NEWSROOM = new TarjomanClient();

    @Test
    void shouldKeepTheExistingMemoryUnderItsPairsNameWithItsUnits() {
        NEWSROOM.memories().get("fa-en").then().statusCode(200)
                .body("source", equalTo("fa")).body("target", equalTo("en"))
                .body("readOnly", equalTo(false)).body("units", greaterThanOrEqualTo(2)); // a test's job may have added one

        JsonPath matches = NEWSROOM.memory("fa-en").matches(LegacyMemories.SOURCE);
        assertThat(matches.getString("matches[0].kind")).isEqualTo("EXACT");
        assertThat(matches.getString("matches[0].memory")).isEqualTo("fa-en");
        assertThat(matches.getString("matches[0].target")).isEqualTo(LegacyMemories.TARGET);
        NEWSROOM.memory("fa-en").getUnit(matches.getLong("matches[0].unitId")).then().statusCode(200)
                .body("memory", equalTo("fa-en")).body("author", equalTo("sara"));
    }

    @Test
    void shouldKeepAnOldImportUnderTheMemoryItWentInto() {
        NEWSROOM.memories().getImport(LegacyMemories.IMPORT_ID).then().statusCode(200)
                .body("memory", equalTo("fa-ru")).body("state", equalTo("DONE"));
        NEWSROOM.memories().get("fa-ru").then().statusCode(200).body("target", equalTo("ru"));
    }

    @Test
    void shouldPreTranslateAndWriteANewJobThroughTheExistingMemory() {
        long jobId = NEWSROOM.submit(LegacyMemories.SOURCE + "\n\n" + "خبرنگاران پس از نشست پرسش‌های خود را مطرح کردند.")
                .titled("Upgrade").to("en").create();
        TaskClient english = NEWSROOM.task(jobId, "en");
        long before = NEWSROOM.memories().units("fa-en");

        assertThat(english.segmentWithSource(LegacyMemories.SOURCE).target()).isEqualTo(LegacyMemories.TARGET);
        TaskClient.Segment question = english.segmentWithSource("خبرنگاران پس از نشست پرسش‌های خود را مطرح کردند.");
        english.save(question.id(), "Reporters put their questions after the meeting.", "TRANSLATED", question.version())
                .then().statusCode(200);
        assertThat(NEWSROOM.memories().units("fa-en")).isEqualTo(before + 1);
    }
}
