package org.tarjoman.api.mt;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.tarjoman.api.testing.Identity.manager;
import static org.tarjoman.api.testing.Identity.translator;

import java.time.Duration;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.IntStream;

import jakarta.inject.Inject;

import io.micrometer.core.instrument.MeterRegistry;
import io.restassured.response.ValidatableResponse;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.tarjoman.api.testing.TarjomanClient;
import org.tarjoman.api.testing.mt.FakeChatCompletions;
import org.tarjoman.api.testing.mt.FakeDeepl;
import org.tarjoman.api.testing.mt.FakeEnginesProfile;

/**
 * Machine translation through the running app with engines on local fakes ({@link FakeEnginesProfile}):
 * the first engine that answers wins, answers are cached so a resubmitted sentence costs nothing, the
 * characters sent are counted per engine, job and month and reported by {@code GET /api/v1/mt/usage},
 * and an engine's failure is an outcome, never an exception — on whichever database the concrete class
 * runs. Every sentence carries a number of its own, so a database kept between runs never has it cached.
 */
abstract class MtEnginesSpec {

    private static final TarjomanClient MANAGER = new TarjomanClient().as(manager("mt-manager"));
    private static final AtomicLong UNIQUE = new AtomicLong(System.currentTimeMillis());
    private static final FakeChatCompletions CHAT = FakeEnginesProfile.CHAT;
    private static final FakeDeepl DEEPL = FakeEnginesProfile.DEEPL;

    @Inject
    MachineTranslation mt;

    @Inject
    MeterRegistry meters;

    @BeforeEach
    void reset() {
        CHAT.reset();
        DEEPL.reset();
    }

    private static String sentence() {
        return "سفیر کشورمان در فدراسیون روسیه گفت: سفر پزشکیان به مسکو تاریخی خواهد بود " + UNIQUE.incrementAndGet();
    }

    @Test
    void shouldKnowWhichLanguagesHaveAnEngine() {
        assertThat(mt.configured("en")).isTrue();
        assertThat(mt.configured("ru")).isTrue();
        assertThat(mt.configured("de")).isFalse();
    }

    @Test
    void shouldTranslateByTheFirstEngineAndAnswerAResubmittedSentenceFromTheCache() {
        String source = sentence();

        List<MtOutcome> first = mt.translate(List.of(MtRequest.of("fa", "en", source)), null);
        List<MtOutcome> again = mt.translate(List.of(MtRequest.of("fa", "en", source)), null);

        assertThat(first).containsExactly(new MtOutcome.Translated("EN(" + source + ")", "openai", "test-model"));
        assertThat(again).isEqualTo(first);
        assertThat(CHAT.requests()).hasSize(1);
        assertThat(DEEPL.requests()).isEmpty();
    }

    @Test
    void shouldAskTheModelAgainWhenTheGroundingChanged() {
        String source = sentence();

        mt.translate(List.of(MtRequest.of("fa", "en", source)), null);
        mt.translate(List.of(new MtRequest("fa", "en", source, List.of("جلالی: سفر پزشکیان به مسکو، تاریخی خواهد بود"),
                List.of(), List.of(), List.of(), List.of())), null);

        assertThat(CHAT.requests()).hasSize(2);
    }

    @Test
    void shouldFallBackToTheNextEngineWhenTheFirstFails() {
        CHAT.enqueue(FakeChatCompletions.error(503, "server_error", null, "The engine is currently overloaded, please try again later"));
        String source = sentence();

        List<MtOutcome> outcomes = mt.translate(List.of(MtRequest.of("fa", "en", source)), null);

        assertThat(outcomes).containsExactly(new MtOutcome.Translated("EN(" + source + ")", "deepl", "deepl"));
    }

    @Test
    void shouldFailWithEveryEnginesReasonWhenNoneAnswers() {
        CHAT.enqueue(FakeChatCompletions.error(503, "server_error", null, "The engine is currently overloaded"));
        DEEPL.enqueue(FakeDeepl.error(456, "Quota Exceeded"));

        List<MtOutcome> outcomes = mt.translate(List.of(MtRequest.of("fa", "en", sentence())), null);

        assertThat(outcomes).containsExactly(new MtOutcome.Failed("deepl",
                "openai: HTTP 503: The engine is currently overloaded; deepl: HTTP 456: Quota Exceeded"));
    }

    @Test
    void shouldFailOnlyTheSegmentWhoseAnswerIsBadAndTranslateTheOthers() {
        CHAT.translateWith(sentence -> sentence.contains("بد") ? "" : "EN(" + sentence + ")");
        DEEPL.enqueue(FakeDeepl.error(503, "Service unavailable"));
        try {
            String good = sentence();
            List<MtOutcome> outcomes = mt.translate(List.of(MtRequest.of("fa", "en", good), MtRequest.of("fa", "en", "خبر بد " + sentence())), null);

            assertThat(outcomes.get(0)).isEqualTo(new MtOutcome.Translated("EN(" + good + ")", "openai", "test-model"));
            assertThat(outcomes.get(1)).isEqualTo(new MtOutcome.Failed("deepl",
                    "openai: rejected twice: the answer is empty; deepl: HTTP 503: Service unavailable"));
        } finally {
            CHAT.translateWith(sentence -> "EN(" + sentence + ")");
        }
    }

    @Test
    void shouldSendDeepLFiftyTextsACall() {
        List<MtRequest> sixty = IntStream.range(0, 60).mapToObj(i -> MtRequest.of("fa", "ru", sentence())).toList();

        List<MtOutcome> outcomes = mt.translate(sixty, null);

        assertThat(outcomes).hasSize(60).allMatch(outcome -> outcome instanceof MtOutcome.Translated);
        assertThat(DEEPL.requests()).extracting(request -> request.json().path("text").size()).containsExactlyInAnyOrder(50, 10);
    }

    @Test
    void shouldAskTheModelForSegmentsConcurrently() {
        CHAT.delay(Duration.ofMillis(300));
        List<MtRequest> thirty = IntStream.range(0, 30).mapToObj(i -> MtRequest.of("fa", "en", sentence())).toList();
        long start = System.nanoTime();

        List<MtOutcome> outcomes = mt.translate(thirty, null);

        Duration took = Duration.ofNanos(System.nanoTime() - start);
        assertThat(outcomes).allMatch(outcome -> outcome instanceof MtOutcome.Translated);
        assertThat(CHAT.maxInFlight()).isEqualTo(8);
        // one at a time would take 9 s; 8 at a time 1.2 s plus the app's own work (2.0–2.5 s measured at a load average of 20)
        assertThat(took).isLessThan(Duration.ofMillis(4500));
    }

    @Test
    void shouldCountTheCharactersSentPerJobAndNotTheCacheHits() {
        long job = UNIQUE.incrementAndGet();
        String source = sentence();
        mt.translate(List.of(MtRequest.of("fa", "ru", source)), job);
        mt.translate(List.of(MtRequest.of("fa", "ru", source)), job);

        usage("?job=" + job).statusCode(200)
                .body("month", equalTo(YearMonth.now(ZoneOffset.UTC).toString()))
                .body("job", equalTo(job))
                .body("characters", equalTo(source.length()))
                .body("engines[0].engine", equalTo("deepl"))
                .body("engines[0].characters", equalTo(source.length()))
                .body("engines[0].segments", equalTo(1))
                .body("engines[0].calls", equalTo(1));
        assertThat(meters.counter("tarjoman.mt.calls", "engine", "deepl", "outcome", "cached").count()).isGreaterThanOrEqualTo(1);
    }

    @Test
    void shouldReportAMonthWithoutUseAsEmpty() {
        usage("?month=1999-01").statusCode(200).body("characters", equalTo(0)).body("engines.size()", equalTo(0));
    }

    @Test
    void shouldRefuseABadMonthOrJobWithAProblem() {
        refused(usage("?month=2026-13"), "month must be a month as YYYY-MM (2026-12)");
        refused(usage("?month=december"), "month must be a month as YYYY-MM (2026-12)");
        refused(usage("?job=abc"), "job must be a job's id (a positive whole number)");
        refused(usage("?job=0"), "job must be a job's id (a positive whole number)");
    }

    @Test
    void shouldShowUsageToWhoMayWriteJobsOnly() {
        new TarjomanClient().as(translator("mt-translator")).request().get("/api/v1/mt/usage").then().statusCode(403);
    }

    @Test
    void shouldNeverReturnAKey() {
        long job = UNIQUE.incrementAndGet();
        mt.translate(List.of(MtRequest.of("fa", "en", sentence())), job);

        usage("?job=" + job).statusCode(200)
                .body(not(containsString(FakeEnginesProfile.OPENAI_KEY)))
                .body(not(containsString(FakeEnginesProfile.DEEPL_KEY)));
    }

    private static ValidatableResponse usage(String query) {
        return MANAGER.request().get("/api/v1/mt/usage" + query).then();
    }

    private static void refused(ValidatableResponse response, String detail) {
        response.statusCode(400).contentType("application/problem+json")
                .body("type", equalTo("/problems.html#bad-request"))
                .body("detail", equalTo(detail));
    }
}
