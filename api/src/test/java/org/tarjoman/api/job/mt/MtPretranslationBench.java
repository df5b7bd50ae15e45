package org.tarjoman.api.job.mt;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;

import org.junit.jupiter.api.Test;
import org.tarjoman.api.testing.TarjomanClient;
import org.tarjoman.api.testing.TaskClient;
import org.tarjoman.api.testing.TestData;
import org.tarjoman.api.testing.mt.ScriptedEngine;

/**
 * Pre-translation through an engine that answers each call in 300 ms ({@link ScriptedEngine}), on the
 * embedded H2 database: first one 30-segment article alone (goal: fully pre-translated ≤ 2 s after its
 * job was created), then 50 such articles submitted at once (segments per second, and the most engine
 * calls that ran at once). Not part of the test suite (the name does not end in Test); run with
 *
 * <pre>./mvnw -q -B verify -pl api -am -Dtest=MtPretranslationBench -Dsurefire.failIfNoSpecifiedTests=false</pre>
 *
 * and read the {@code MT bench} lines. {@code -Dmt.calls=8} runs it with 8 calls at once per node.
 */
@QuarkusTest
@TestProfile(MtPretranslationBench.SlowEngine.class)
class MtPretranslationBench {

    public static class SlowEngine implements QuarkusTestProfile {

        @Override
        public Set<Class<?>> getEnabledAlternatives() {
            return Set.of(ScriptedEngine.class);
        }

        @Override
        public Map<String, String> getConfigOverrides() {
            Map<String, String> config = new HashMap<>(Map.of("tarjoman.data-dir", "target/test-data-mt-bench"));
            if (System.getProperty("mt.calls") != null) {
                config.put("tarjoman.pretranslation.calls", System.getProperty("mt.calls"));
            }
            return config;
        }
    }

    private static final int ARTICLES = 50;
    private static final int SEGMENTS = 30;
    private static final TarjomanClient NEWSROOM = new TarjomanClient();

    @Test
    void pretranslateFiftyArticlesThroughA300MsEngine() throws InterruptedException {
        ScriptedEngine.reset();
        ScriptedEngine.slow(Duration.ofMillis(300));
        List<String> sentences = irnaSentences();

        long start = System.nanoTime();
        TaskClient alone = NEWSROOM.task(NEWSROOM.submit(article(-1, sentences)).titled("bench alone").to("en").create(), "en");
        long created = System.nanoTime();
        awaitDone(alone);
        long done = System.nanoTime();
        System.out.printf("MT bench: one %d-segment article: job created in %d ms, fully pre-translated %d ms after%n",
                alone.segments().getInt("total"), (created - start) / 1_000_000, (done - created) / 1_000_000);

        ScriptedEngine.reset();
        ScriptedEngine.slow(Duration.ofMillis(300));
        start = System.nanoTime();
        List<TaskClient> tasks = new ArrayList<>();
        for (int i = 0; i < ARTICLES; i++) {
            tasks.add(NEWSROOM.task(NEWSROOM.submit(article(i, sentences)).titled("bench " + i).to("en").create(), "en"));
        }
        long submitted = System.nanoTime();
        for (TaskClient task : tasks) {
            awaitDone(task);
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        System.out.printf("MT bench: %d articles × %d segments: submitted in %d ms, all pre-translated in %.1f s: "
                        + "%.0f segments/s, %d engine calls, at most %d at once%n", ARTICLES, SEGMENTS,
                (submitted - start) / 1_000_000, seconds, ARTICLES * SEGMENTS / seconds, ScriptedEngine.calls(),
                ScriptedEngine.mostConcurrentCalls());
    }

    /** The IRNA sample's paragraphs, each a sentence or two of real Persian news. */
    private static List<String> irnaSentences() {
        return TestData.irnaMoscowVisit().lines().map(String::strip).filter(line -> !line.isEmpty()).toList();
    }

    /** 30 segments: one sentence per paragraph, numbered so no article repeats another's. */
    private static String article(int number, List<String> sentences) {
        StringBuilder text = new StringBuilder();
        for (int j = 0; j < SEGMENTS; j++) {
            String sentence = sentences.get(j % sentences.size()).split("(?<=[.!؟?])\\s+")[0];
            text.append("خبر ").append(number + 1).append(" بند ").append(j + 1).append(": ").append(sentence)
                    .append("\n\n");
        }
        return text.toString();
    }

    private static void awaitDone(TaskClient task) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofMinutes(5).toNanos();
        while (!"DONE".equals(task.getMt().then().statusCode(200).extract().jsonPath().getString("state"))) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("not pre-translated after 5 minutes");
            }
            Thread.sleep(20);
        }
    }
}
