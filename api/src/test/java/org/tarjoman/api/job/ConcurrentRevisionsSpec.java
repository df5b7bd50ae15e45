package org.tarjoman.api.job;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;

import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;

import org.junit.jupiter.api.Test;
import org.tarjoman.api.testing.TarjomanClient;
import org.tarjoman.api.testing.TestData;

/**
 * A newsroom that sends several versions of one article at the same moment (an editor saving
 * twice, a feed replayed) gets each of them as a revision, one after the other, or a 409 it can
 * retry: never a 500, never an article lost. On whichever database the concrete class runs (H2 in
 * {@link ConcurrentRevisionsTest}, PostgreSQL in {@link ConcurrentRevisionsPostgresTest}).
 */
abstract class ConcurrentRevisionsSpec {

    private static final TarjomanClient NEWSROOM = new TarjomanClient();
    private static final int AT_ONCE = 16;

    @Test
    void shouldMakeEveryChangedVersionSentAtOnceARevisionOfItsOwn() throws Exception {
        String externalId = "irna-revised-" + System.nanoTime();
        NEWSROOM.submit(version(0)).titled("first").externalId(externalId).to("en").create();

        List<Response> answers = submitAtOnce(externalId, 1);

        assertEveryAnswerIsARevisionOrAConflict(answers, externalId, 2);
    }

    @Test
    void shouldMakeFirstSubmissionsSentAtOnceRevisionsOneAfterAnother() throws Exception {
        String externalId = "irna-new-" + System.nanoTime();

        List<Response> answers = submitAtOnce(externalId, 0);

        assertEveryAnswerIsARevisionOrAConflict(answers, externalId, 1);
    }

    /** {@value #AT_ONCE} different versions of one article, all sent at the same moment. */
    private static List<Response> submitAtOnce(String externalId, int firstVersion) throws Exception {
        ExecutorService newsroom = Executors.newFixedThreadPool(AT_ONCE);
        try {
            List<Callable<Response>> submissions = new ArrayList<>();
            for (int v = firstVersion; v < firstVersion + AT_ONCE; v++) {
                String article = version(v);
                String title = "version " + v;
                submissions.add(() -> NEWSROOM.submit(article).titled(title).externalId(externalId).to("en").post());
            }
            List<Response> answers = new ArrayList<>();
            for (Future<Response> answer : newsroom.invokeAll(submissions)) {
                answers.add(answer.get());
            }
            return answers;
        } finally {
            newsroom.shutdown();
        }
    }

    /**
     * Each answer is 201 with a revision of its own or a 409 naming the article; the revisions made
     * run on from {@code firstRevision} without a gap, each superseding the one before, and every one
     * is found with its own content.
     */
    private static void assertEveryAnswerIsARevisionOrAConflict(List<Response> answers, String externalId,
                                                                 int firstRevision) {
        List<JsonPath> created = new ArrayList<>();
        for (Response answer : answers) {
            assertThat(answer.statusCode()).as(answer.asString()).isIn(201, 409);
            if (answer.statusCode() == 409) {
                assertThat(answer.jsonPath().getString("type")).isEqualTo("/problems.html#conflict");
                assertThat(answer.jsonPath().getString("externalId")).isEqualTo(externalId);
            } else {
                created.add(answer.jsonPath());
            }
        }
        created.sort((a, b) -> Integer.compare(a.getInt("revision"), b.getInt("revision")));
        List<Integer> revisions = created.stream().map(job -> job.getInt("revision")).toList();
        assertThat(revisions).as("revisions made").isEqualTo(IntStream
                .range(firstRevision, firstRevision + created.size()).boxed().toList());
        for (int i = 1; i < created.size(); i++) {
            assertThat(created.get(i).getLong("supersedes")).isEqualTo(created.get(i - 1).getLong("id"));
        }
        List<String> titles = new ArrayList<>();
        for (JsonPath job : created) {
            JsonPath found = NEWSROOM.jobs().get(job.getLong("id")).then().statusCode(200).extract().jsonPath();
            assertThat(found.getString("externalId")).isEqualTo(externalId);
            assertThat(found.getInt("revision")).isEqualTo(job.getInt("revision"));
            titles.add(found.getString("title"));
        }
        assertThat(titles).as("one revision per version sent").doesNotHaveDuplicates();
    }

    /** Version {@code v} of an article: two NTREX news sentences that no other version has. */
    private static String version(int v) {
        List<String> sentences = TestData.ntrexPersian();
        return sentences.get(2 * v) + " " + sentences.get(2 * v + 1);
    }
}
