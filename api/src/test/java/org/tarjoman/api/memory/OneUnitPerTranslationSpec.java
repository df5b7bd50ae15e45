package org.tarjoman.api.memory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.tarjoman.api.testing.Identity.translator;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;

import org.junit.jupiter.api.Test;
import org.tarjoman.api.testing.MemoryClient;
import org.tarjoman.api.testing.TarjomanClient;
import org.tarjoman.api.testing.TaskClient;

/**
 * A memory holds one unit per source and target: confirming a translation it holds counts that unit
 * again instead of adding a copy, whether the confirmation comes from a job, the API or a TMX. Each
 * test uses sentences of its own (memories are shared with other tests of the same database).
 */
abstract class OneUnitPerTranslationSpec {

    private static final TarjomanClient NEWSROOM = new TarjomanClient();

    @Test
    void shouldKeepOneUnitForTheSameSentenceConfirmedInThreeJobsCountedThreeTimesByTheLastTranslator() {
        String sentence = "به گزارش ایرنا، سخنگوی دولت در نشست خبری هفتگی به پرسش‌های خبرنگاران پاسخ داد.";
        String translation = "According to IRNA, the government spokesman answered reporters' questions at his weekly press conference.";
        for (String translator : List.of("maryam", "hamid", "parisa")) {
            long job = NEWSROOM.submit(sentence).titled("weekly briefing by " + translator).to("en").create();
            TaskClient task = NEWSROOM.as(translator(translator)).task(job, "en");
            TaskClient.Segment segment = task.segmentWithSource(sentence);
            task.save(segment.id(), translation, "TRANSLATED", segment.version()).then().statusCode(200);
        }

        JsonPath matches = NEWSROOM.memory("fa-en").matches(sentence);
        assertThat(matches.getList("matches", Map.class)).as("no copies to offer as Ctrl+2, Ctrl+3").singleElement()
                .satisfies(m -> {
                    assertThat(m.get("target")).isEqualTo(translation);
                    assertThat(m.get("usageCount")).isEqualTo(3);
                    assertThat(m.get("author")).isEqualTo("parisa");
                });
    }

    @Test
    void shouldAnswer200WithTheExistingUnitCountedOnceMoreWhenItsTranslationIsAddedAgain() {
        MemoryClient memory = NEWSROOM.memory("fa-de");
        Map<String, String> unit = Map.of("source", "به گزارش ایرنا،", "target", "Wie IRNA berichtet,");
        Response created = memory.addUnit(unit);
        created.then().statusCode(201).body("usageCount", equalTo(1));
        long id = created.jsonPath().getLong("id");

        memory.addUnit(unit).then().statusCode(200).header("Location", (String) null)
                .body("id", equalTo((int) id)).body("usageCount", equalTo(2));
        memory.getUnit(id).then().statusCode(200).body("usageCount", equalTo(2));
    }

    @Test
    void shouldOfferTwoTargetsOfOneSourceAsAlternativesNewestFirstWithTheirCounts() throws InterruptedException {
        MemoryClient memory = NEWSROOM.memory("fa-fr");
        String source = "به گزارش خبرگزاری جمهوری اسلامی،";
        memory.add(source, "Selon l'agence IRNA,");
        memory.addUnit(Map.of("source", source, "target", "Selon l'agence IRNA,")).then().statusCode(200);
        Thread.sleep(1_100); // units are dated to the second
        memory.add(source, "D'après l'agence de presse de la République islamique,");

        JsonPath matches = memory.matches(source);
        assertThat(matches.getList("matches.target")).containsExactly(
                "D'après l'agence de presse de la République islamique,", "Selon l'agence IRNA,");
        assertThat(matches.getList("matches.usageCount")).containsExactly(1, 2);
        assertThat(matches.getList("matches.score")).containsOnly(100);
    }

    @Test
    void shouldCountConcurrentConfirmationsOfOneTranslationIntoOneUnit() throws Exception {
        MemoryClient memory = NEWSROOM.memory("fa-it");
        Map<String, String> unit = Map.of("source", "مسکو - واحد مرکزی خبر:", "target", "MOSCA - Unità centrale di notizie:");
        int confirmations = 8;
        ExecutorService desks = Executors.newFixedThreadPool(confirmations);
        List<Response> answers = new ArrayList<>();
        try {
            List<Callable<Response>> writes = new ArrayList<>();
            for (int i = 0; i < confirmations; i++) {
                writes.add(() -> memory.addUnit(unit));
            }
            for (Future<Response> answer : desks.invokeAll(writes)) {
                answers.add(answer.get());
            }
        } finally {
            desks.shutdown();
        }

        assertThat(answers).extracting(Response::statusCode).as(answers.get(0).asString()).containsOnly(200, 201);
        assertThat(answers).extracting(r -> r.jsonPath().getLong("id")).containsOnly(answers.get(0).jsonPath().getLong("id"));
        JsonPath matches = memory.matches("مسکو - واحد مرکزی خبر:");
        assertThat(matches.getList("matches")).hasSize(1);
        assertThat(matches.getInt("matches[0].usageCount")).isEqualTo(confirmations);
    }

    @Test
    void shouldRefuseACorrectionThatWouldDuplicateAnotherUnitNamingIt() {
        MemoryClient memory = NEWSROOM.memory("fa-es");
        String source = "خبرنگار ایرنا از بیروت گزارش می‌دهد.";
        long kept = memory.add(source, "El corresponsal de IRNA informa desde Beirut.");
        long other = memory.add(source, "El corresponsal de IRNA informa de Beirut.");

        memory.putUnit(other, Map.of("source", source, "target", "El corresponsal de IRNA informa desde Beirut."))
                .then().statusCode(409).contentType("application/problem+json")
                .body("type", equalTo("/problems.html#duplicate-unit"))
                .body("unitId", equalTo((int) kept))
                .body("detail", containsString("Unit " + kept));
        assertThat(memory.matches(source).getList("matches.target")).hasSize(2);
    }

    @Test
    void shouldReviveADeletedUnitWhenItsTranslationIsConfirmedAgain() {
        MemoryClient memory = NEWSROOM.memory("fa-ar");
        Map<String, String> unit = Map.of("source", "به گزارش خبرگزاری فارس،", "target", "وفقاً لوكالة فارس للأنباء،");
        long id = memory.addUnit(unit).then().statusCode(201).extract().jsonPath().getLong("id");
        memory.addUnit(unit).then().statusCode(200);
        memory.deleteUnit(id).then().statusCode(204);

        memory.addUnit(unit).then().statusCode(201).body("id", equalTo((int) id))
                .body("usageCount", equalTo(1)); // the deleted confirmations do not count
        assertThat(memory.matches("به گزارش خبرگزاری فارس،").getList("matches.unitId", Long.class)).containsExactly(id);
    }

    @Test
    void shouldMergeIdenticalTmxEntriesIntoTheirUnitAndReportAddedMergedSkipped() {
        MemoryClient memory = NEWSROOM.memory("fa-tg");
        String source = "تهران - ایرنا:";
        long existing = memory.add(source, "Теҳрон - ИРНА:");
        String tmx = new Tmx("fa")
                .unit("fa", source, "tg", "Теҳрон - ИРНА:")
                .unit("fa", "مشهد - ایرنا:", "tg", "Машҳад - ИРНА:")
                .unit("fa", "مشهد - ایرنا:", "tg", "Машҳад - ИРНА:")
                .unit("fa", "اصفهان - ایرنا:", "de", "Isfahan - IRNA:")
                .build();

        JsonPath report = memory.uploadTmx("datelines.tmx", tmx).then().statusCode(200)
                .body("state", equalTo("DONE"))
                .body("added", equalTo(1))
                .body("merged", equalTo(2))
                .body("skipped", equalTo(1))
                .body("rejected", equalTo(0))
                .body("messages", hasItem(containsString("merged into unit " + existing)))
                .extract().jsonPath();

        assertThat(report.getList("messages", String.class)).noneMatch(m -> m.contains("unit 0"));
        assertThat(memory.matches(source).getInt("matches[0].usageCount")).isEqualTo(2);
        JsonPath mashhad = memory.matches("مشهد - ایرنا:");
        assertThat(mashhad.getList("matches")).hasSize(1);
        assertThat(mashhad.getInt("matches[0].usageCount")).isEqualTo(2);
        assertThat(report.getList("messages", String.class)).anyMatch(m -> m.matches(
                "merged: tu 3, line \\d+: merged into unit " + mashhad.getLong("matches[0].unitId")));
    }
}
