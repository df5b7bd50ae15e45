package org.tarjoman.api.job.mt;

import static org.assertj.core.api.Assertions.assertThat;
import static org.tarjoman.api.testing.Identity.translator;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import java.util.function.Supplier;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.restassured.path.json.JsonPath;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.tarjoman.api.job.TaskEntity;
import org.tarjoman.api.job.TranslationEntity;
import org.tarjoman.api.mt.MtConversion;
import org.tarjoman.api.mt.MtRequest;
import org.tarjoman.api.testing.TarjomanClient;
import org.tarjoman.api.testing.TaskClient;
import org.tarjoman.api.testing.TestData;
import org.tarjoman.api.testing.mt.ScriptedEngine;

/**
 * Machine translation in jobs, through the running app with {@link ScriptedEngine} as its engine: job
 * creation answers at once and MT drafts fill in behind it, only where the memory has nothing at or above
 * the threshold, never over a person's save; failures are kept per task; a batch whose node died is taken
 * again after its lease. On H2 ({@link PretranslationTest}) and PostgreSQL ({@link PretranslationPostgresTest}).
 */
abstract class PretranslationSpec {

    private static final TarjomanClient NEWSROOM = new TarjomanClient();
    private static final TarjomanClient TRANSLATOR = NEWSROOM.as(translator("mt-translator"));

    private static final String HEADING = "جلالی: سفر پزشکیان به مسکو، تاریخی خواهد بود";
    private static final String VISIT = "سفیر کشورمان در فدراسیون روسیه گفت: سفر دکتر مسعود پزشکیان رئیس جمهوری اسلامی"
            + " ایران به مسکو با هدف امضای موافقتنامه جامع همکاریها توسط رؤسای جمهور دو کشور و مذاکرات دوجانبه برای"
            + " ارتقای سطح مناسبات، تاریخی خواهد بود.";
    private static final String SIGNING = "۲۸ دی ماه ۱۴۰۳";
    private static final String COOPERATION = "همکاریهای دوجانبه در حوزههای فناوری";

    @BeforeEach
    void scriptTheEngine() {
        ScriptedEngine.reset();
    }

    @AfterEach
    void openTheEngine() {
        ScriptedEngine.open();
    }

    @Test
    void shouldAnswerJobCreationAtOnceAndFillInMtDraftsBehindIt() throws InterruptedException {
        ScriptedEngine.hold();
        String memory = emptyMemory();
        long started = System.nanoTime();
        long jobId = job(memory);
        long tookMs = (System.nanoTime() - started) / 1_000_000;

        TaskClient english = TRANSLATOR.task(jobId, "en");
        JsonPath meanwhile = english.segments();
        int segments = meanwhile.getInt("total");
        assertThat(meanwhile.getList("segments.origin")).as("nothing is written while the engine is busy")
                .doesNotContain("MT");
        assertThat(english.getMt().then().statusCode(200).extract().jsonPath().getString("state")).isEqualTo("RUNNING");
        assertThat(tookMs).as("job creation never waits for the engine").isLessThan(30_000);

        ScriptedEngine.open();
        JsonPath progress = awaitDone(english);

        assertThat(progress.getInt("total")).isEqualTo(segments);
        assertThat(progress.getInt("done")).isEqualTo(segments);
        assertThat(progress.getBoolean("configured")).isTrue();
        JsonPath filled = english.segments();
        assertThat(filled.getList("segments.origin")).hasSize(segments).containsOnly("MT");
        assertThat(filled.getList("segments.status")).containsOnly("DRAFT");
        assertThat(filled.getList("segments.mtEngine")).containsOnly(ScriptedEngine.ENGINE);
        assertThat(filled.getList("segments.mtModel")).containsOnly(ScriptedEngine.MODEL);
        assertThat(filled.getList("segments.author")).containsOnly("mt");
        assertThat(filled.getString("segments[0].target")).isEqualTo(ScriptedEngine.defaultTarget(HEADING));
        assertThat(ScriptedEngine.requests()).as("one request per segment, in batches").hasSize(segments);
        assertThat(ScriptedEngine.calls()).isGreaterThan(1);
    }

    @Test
    void shouldKeepTheEngineAndModelInTheSegmentsHistory() throws InterruptedException {
        TaskClient english = TRANSLATOR.task(job(emptyMemory()), "en");
        awaitDone(english);
        TaskClient.Segment heading = english.segmentWithSource(HEADING);

        JsonPath history = english.getHistory(heading.id()).then().statusCode(200).extract().jsonPath();

        assertThat(history.getList("origin")).containsExactly("MT");
        assertThat(history.getList("mtEngine")).containsExactly(ScriptedEngine.ENGINE);
        assertThat(history.getList("mtModel")).containsExactly(ScriptedEngine.MODEL);
        assertThat(history.getList("status")).containsExactly("DRAFT");
    }

    @Test
    void shouldNotSendASegmentWhoseMemoryMatchReachesTheThreshold() throws InterruptedException {
        String memory = emptyMemory();
        String nearVisit = VISIT.replace("تاریخی خواهد بود", "مهم خواهد بود");
        NEWSROOM.memory(memory).add(nearVisit, "Our ambassador said the visit would be important.");
        NEWSROOM.memory(memory).add(HEADING, "Jalali: Pezeshkian's visit to Moscow will be historic");
        long jobId = job(memory);
        TaskClient english = TRANSLATOR.task(jobId, "en");
        assertThat(english.matches(VISIT).getInt("matches[0].score")).as("a fuzzy match at or above 85")
                .isBetween(85, 99);

        JsonPath progress = awaitDone(english);

        List<String> sent = ScriptedEngine.requests().stream().map(MtRequest::source).toList();
        assertThat(sent).doesNotContain(VISIT, HEADING).isNotEmpty();
        TaskClient.Segment visit = english.segmentWithSource(VISIT);
        assertThat(visit.target()).as("the fuzzy match is offered, not filled").isNull();
        assertThat(visit.status()).isEqualTo("NEW");
        assertThat(english.segmentWithSource(HEADING).target()).startsWith("Jalali:");
        assertThat(progress.getInt("total")).isEqualTo(english.segments().getInt("total") - 2);
        JsonPath job = NEWSROOM.jobs().get(jobId).then().statusCode(200).extract().jsonPath();
        assertThat(job.getInt("tasks[0].analysis.machineTranslation")).isPositive();
        assertThat(job.getInt("tasks[0].analysis.newWords")).as("MT words are their own band").isZero();
    }

    @Test
    void shouldRecordFailuresForTheTaskAndLeaveTheirSegmentsUntouched() throws InterruptedException {
        ScriptedEngine.fail(SIGNING, "deepl: HTTP 456 Quota exceeded");
        TaskClient english = TRANSLATOR.task(job(emptyMemory()), "en");

        JsonPath progress = awaitDone(english);

        TaskClient.Segment signing = english.segmentContaining(SIGNING);
        assertThat(progress.getInt("failed")).isEqualTo(1);
        assertThat(progress.getLong("failures[0].segmentId")).isEqualTo(signing.id());
        assertThat(progress.getString("failures[0].engine")).isEqualTo(ScriptedEngine.ENGINE);
        assertThat(progress.getString("failures[0].reason")).isEqualTo("deepl: HTTP 456 Quota exceeded");
        assertThat(signing.target()).isNull();
        assertThat(signing.status()).isEqualTo("NEW");
        assertThat(signing.version()).isZero();
        assertThat(progress.getInt("done")).isEqualTo(progress.getInt("total") - 1);
    }

    @Test
    void shouldRefuseAnAnswerThatLosesTheInlineCodesAsAFailure() throws InterruptedException {
        String html = "<p>سفیر کشورمان در <b>فدراسیون روسیه</b> گفت: سفر پزشکیان تاریخی خواهد بود.</p>";
        ScriptedEngine.answer("فدراسیون روسیه", "Our ambassador to the Russian Federation said the visit is historic.");
        String memory = emptyMemory();
        long jobId = NEWSROOM.submit(html).titled("Inline codes").format("html").to("en")
                .memories(Map.of("en", Map.of("read", List.of(Map.of("name", memory, "penalty", 0)), "write", memory)))
                .create();
        TaskClient english = TRANSLATOR.task(jobId, "en");

        JsonPath progress = awaitDone(english);

        assertThat(progress.getInt("failed")).isEqualTo(1);
        assertThat(progress.getString("failures[0].reason")).contains("inline codes");
        assertThat(english.segments().getString("segments[0].target")).isNull();
    }

    @Test
    void shouldNeverOverwriteAPersonsSaveMadeWhileTheEngineWorks() throws InterruptedException {
        ScriptedEngine.hold();
        TaskClient english = TRANSLATOR.task(job(emptyMemory()), "en");
        int segments = english.segments().getInt("total");
        TaskClient.Segment heading = english.segmentWithSource(HEADING);
        String mine = "Jalali: Pezeshkian's visit to Moscow will be historic";
        english.save(heading.id(), mine, "DRAFT", heading.version()).then().statusCode(200);

        ScriptedEngine.open();
        JsonPath progress = awaitDone(english);

        TaskClient.Segment kept = english.segmentWithSource(HEADING);
        assertThat(kept.target()).isEqualTo(mine);
        assertThat(english.segments().getString("segments[0].origin")).isEqualTo("HUMAN");
        assertThat(progress.getInt("skipped")).isEqualTo(1);
        assertThat(progress.getInt("done")).isEqualTo(segments - 1);
        JsonPath all = english.segments();
        assertThat(all.getList("segments.origin").stream().filter("MT"::equals).count()).isEqualTo(segments - 1);
    }

    @Test
    void shouldResumeABatchOnceTheLeaseOfTheNodeThatDiedRunsOut() throws InterruptedException {
        ScriptedEngine.configure("en");
        String memory = emptyMemory();
        long jobId = NEWSROOM.submit(TestData.irnaMoscowVisit()).titled("Crash").to("en", "ru")
                .memories(Map.of("en", Map.of("read", List.of(Map.of("name", memory, "penalty", 0)), "write", memory)))
                .create();
        TaskClient russian = TRANSLATOR.task(jobId, "ru");
        assertThat(russian.getMt().then().extract().jsonPath().getString("state")).isEqualTo("NONE");
        Instant leaseEnds = Instant.now().plusSeconds(3);
        int queued = QuarkusTransaction.requiringNew().call(() -> claimedByADeadNode(jobId, "ru", leaseEnds));
        ScriptedEngine.configure("en", "ru");

        Thread.sleep(1_000);
        assertThat(russian.getMt().then().extract().jsonPath().getInt("pending")).as("the lease still holds")
                .isEqualTo(queued);
        JsonPath progress = awaitDone(russian);

        assertThat(Instant.now()).isAfter(leaseEnds);
        assertThat(progress.getInt("done")).isEqualTo(queued);
        assertThat(russian.segments().getList("segments.origin").stream().filter("MT"::equals).count())
                .isEqualTo(queued);
    }

    @Test
    void shouldShowTheQaFindingsOfMtDraftsInTheTaskReport() throws InterruptedException {
        ScriptedEngine.answer(SIGNING, "Kazem Jalali said the agreement will be signed on 18 January 2025 by the"
                + " two presidents, Masoud Pezeshkian and Vladimir Putin.");
        TaskClient english = TRANSLATOR.task(job(emptyMemory()), "en");
        awaitDone(english);
        TaskClient.Segment signing = english.segmentContaining(SIGNING);

        JsonPath report = english.getQa().then().statusCode(200).extract().jsonPath();

        List<String> codes = report.getList("findings.findAll { it.segmentId == " + signing.id() + " }.code");
        assertThat(codes).contains("DATE_MISMATCH");
    }

    @Test
    void shouldSuggestOneSegmentGroundedInTheTaskWithItsFindings() {
        String memory = emptyMemory();
        NEWSROOM.memory(memory).add(VISIT.replace("تاریخی خواهد بود", "مهم خواهد بود"), "Our ambassador said the visit"
                + " would be important.");
        ScriptedEngine.configure("ru");
        long jobId = job(memory);
        ScriptedEngine.configure("en", "ru");
        ScriptedEngine.answer(SIGNING, "Kazem Jalali said the agreement will be signed on 18 January 2025.");
        TaskClient english = TRANSLATOR.task(jobId, "en");
        TaskClient.Segment signing = english.segmentContaining(SIGNING);

        JsonPath suggestion = english.suggest(signing.id()).then().statusCode(200).extract().jsonPath();

        assertThat(suggestion.getString("target")).contains("18 January 2025");
        assertThat(suggestion.getString("engine")).isEqualTo(ScriptedEngine.ENGINE);
        assertThat(suggestion.getString("model")).isEqualTo(ScriptedEngine.MODEL);
        assertThat(suggestion.getList("findings.code")).contains("DATE_MISMATCH");
        assertThat(english.segmentContaining(SIGNING).target()).as("a suggestion is not saved").isNull();
        MtRequest request = ScriptedEngine.requests().get(0);
        assertThat(request.targetLanguage()).isEqualTo("en");
        assertThat(request.before()).hasSize(2).last().isEqualTo(VISIT);
        assertThat(request.after()).hasSize(2);
        assertThat(request.conversions()).contains(new MtConversion(SIGNING, "17 January 2025"));

        english.suggest(english.segmentWithSource(VISIT).id()).then().statusCode(200);
        assertThat(ScriptedEngine.requests().get(1).examples()).singleElement()
                .satisfies(example -> assertThat(example.target()).startsWith("Our ambassador"));
    }

    @Test
    void shouldPutAnMtDraftIntoTheMemoryOnlyWhenAPersonConfirmsIt() throws InterruptedException {
        String memory = emptyMemory();
        TaskClient english = TRANSLATOR.task(job(memory), "en");
        awaitDone(english);
        assertThat(NEWSROOM.memories().units(memory)).as("drafts stay out of the memory").isZero();
        TaskClient.Segment heading = english.segmentWithSource(HEADING);

        english.save(heading.id(), Map.of("target", heading.target(), "status", "TRANSLATED", "version", heading.version(),
                "origin", "MT")).then().statusCode(200).body("origin", org.hamcrest.Matchers.equalTo("MT"));

        assertThat(NEWSROOM.memories().units(memory)).isEqualTo(1);
        assertThat(english.segments().getString("segments[0].mtEngine")).isEqualTo(ScriptedEngine.ENGINE);
    }

    @Test
    void shouldPretranslateOnRequestWhatTheMemoryCannotFill() throws InterruptedException {
        ScriptedEngine.configure("ru");
        long jobId = job(emptyMemory());
        TaskClient english = TRANSLATOR.task(jobId, "en");
        assertThat(english.getMt().then().extract().jsonPath().getString("state")).isEqualTo("NONE");
        ScriptedEngine.configure("en");

        english.pretranslate().then().statusCode(202).body("state", org.hamcrest.Matchers.equalTo("RUNNING"));
        JsonPath progress = awaitDone(english);

        assertThat(progress.getInt("done")).isEqualTo(english.segments().getInt("total"));
        assertThat(english.pretranslate().then().statusCode(202).extract().jsonPath().getInt("pending"))
                .as("nothing left to ask for").isZero();
    }

    @Test
    void shouldAnswerAProblemWhenNoEngineIsConfiguredOrItFails() {
        ScriptedEngine.configure("ru");
        long jobId = job(emptyMemory());
        TaskClient english = TRANSLATOR.task(jobId, "en");
        long heading = english.segmentWithSource(HEADING).id();

        english.pretranslate().then().statusCode(409).contentType("application/problem+json")
                .body("type", org.hamcrest.Matchers.endsWith("#mt-not-configured"))
                .body("detail", org.hamcrest.Matchers.containsString("tarjoman.mt.engines.en"));
        english.suggest(heading).then().statusCode(409).contentType("application/problem+json");

        ScriptedEngine.configure("en");
        ScriptedEngine.fail(HEADING, "openai: timed out after 30 s");
        english.suggest(heading).then().statusCode(502).contentType("application/problem+json")
                .body("type", org.hamcrest.Matchers.endsWith("#mt-failed"))
                .body("engine", org.hamcrest.Matchers.equalTo(ScriptedEngine.ENGINE))
                .body("detail", org.hamcrest.Matchers.containsString("timed out"));
        TRANSLATOR.task(jobId, "en").suggest(999_999_999L).then().statusCode(404);
    }

    @Test
    void shouldLetOnlyThoseWhoMaySaveInTheTaskAskForMt() throws InterruptedException {
        long jobId = job(emptyMemory());
        TaskClient english = TRANSLATOR.task(jobId, "en");
        awaitDone(english); // the job's own pre-translation would otherwise race the save below for the version
        long heading = english.segmentWithSource(HEADING).id();
        english.save(heading, "Jalali", "DRAFT", english.segmentWithSource(HEADING).version()).then().statusCode(200);
        TaskClient someoneElse = NEWSROOM.as(translator("mt-other")).task(jobId, "en");

        someoneElse.pretranslate().then().statusCode(403).contentType("application/problem+json");
        someoneElse.suggest(heading).then().statusCode(403);
        someoneElse.getMt().then().statusCode(200);
    }

    /** Queues the task's empty segments as a node would claim them, until {@code leaseEnds}, and never finish. */
    private static int claimedByADeadNode(long jobId, String language, Instant leaseEnds) {
        TaskEntity task = TaskEntity.require(jobId, language);
        List<TranslationEntity> empty = TranslationEntity.ROWS.list("taskId = ?1 and target is null", task.id);
        for (TranslationEntity translation : empty) {
            MtItemEntity item = new MtItemEntity();
            item.taskId = task.id;
            item.segmentId = translation.segmentId;
            item.translationVersion = translation.version;
            item.state = MtItemState.PENDING;
            item.leaseId = "node-that-died";
            item.claimedUntil = leaseEnds;
            item.requestedAt = Instant.now();
            item.updatedAt = item.requestedAt;
            item.persist();
        }
        return empty.size();
    }

    private static long job(String memory) {
        return NEWSROOM.submit(TestData.irnaMoscowVisit()).titled("Pezeshkian's visit to Moscow").to("en")
                .memories(Map.of("en", Map.of("read", List.of(Map.of("name", memory, "penalty", 0)), "write", memory)))
                .create();
    }

    private static String emptyMemory() {
        return NEWSROOM.memories().create("fa-en-mt-" + Long.toString(System.nanoTime() % 1_000_000_000L, 36),
                "MT tests", false);
    }

    private static JsonPath awaitDone(TaskClient task) throws InterruptedException {
        return await(() -> task.getMt().then().statusCode(200).extract().jsonPath(),
                progress -> "DONE".equals(progress.getString("state")));
    }

    private static <T> T await(Supplier<T> probe, Predicate<T> until) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        T value = probe.get();
        while (!until.test(value)) {
            assertThat(System.nanoTime()).as("waited 30 s; last: " + value).isLessThan(deadline);
            Thread.sleep(100);
            value = probe.get();
        }
        return value;
    }
}
