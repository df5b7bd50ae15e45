package org.tarjoman.api.testing.mt;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Alternative;

import org.tarjoman.api.mt.MachineTranslation;
import org.tarjoman.api.mt.MtOutcome;
import org.tarjoman.api.mt.MtRequest;

/**
 * A machine translation engine the tests script (enabled by {@link ScriptedMt}): it answers deterministically
 * ({@code MT <hash of the source>} with the source's inline codes, or a scripted target for a source holding a
 * fragment), fails where told to, can be slowed or held shut, and records every request and the most calls it
 * had at once. Its state is static: tests share one app, and each starts with {@link #reset()}.
 */
@Alternative
@ApplicationScoped
public class ScriptedEngine implements MachineTranslation {

    public static final String ENGINE = "scripted";
    public static final String MODEL = "scripted-1";

    private static final Pattern TAG = Pattern.compile("<[^>]+>");

    private static volatile Set<String> languages = Set.of("en", "ru");
    private static final Map<String, String> answers = new ConcurrentHashMap<>();
    private static final Map<String, String> failures = new ConcurrentHashMap<>();
    private static final List<MtRequest> requests = new CopyOnWriteArrayList<>();
    private static final AtomicInteger calls = new AtomicInteger();
    private static final AtomicInteger running = new AtomicInteger();
    private static final AtomicInteger mostRunning = new AtomicInteger();
    private static volatile Duration delay = Duration.ZERO;
    private static volatile CountDownLatch gate = new CountDownLatch(0);

    /** Every language configured, no script, no delay, the gate open, nothing recorded. */
    public static void reset() {
        languages = Set.of("en", "ru");
        answers.clear();
        failures.clear();
        requests.clear();
        calls.set(0);
        mostRunning.set(0);
        delay = Duration.ZERO;
        gate.countDown();
        gate = new CountDownLatch(0);
    }

    /** The target languages an engine is configured for. */
    public static void configure(String... targetLanguages) {
        languages = Set.of(targetLanguages);
    }

    /** Answers {@code target} for every source that contains {@code fragment}. */
    public static void answer(String fragment, String target) {
        answers.put(fragment, target);
    }

    /** Fails every source that contains {@code fragment}, with this reason. */
    public static void fail(String fragment, String reason) {
        failures.put(fragment, reason);
    }

    /** Each call takes this long, like a remote engine. */
    public static void slow(Duration perCall) {
        delay = perCall;
    }

    /** Calls wait until {@link #open()} (at most 30 s). */
    public static void hold() {
        gate = new CountDownLatch(1);
    }

    public static void open() {
        gate.countDown();
    }

    /** The requests received so far, in the order they came. */
    public static List<MtRequest> requests() {
        return new ArrayList<>(requests);
    }

    public static int calls() {
        return calls.get();
    }

    /** The most calls that were running at once. */
    public static int mostConcurrentCalls() {
        return mostRunning.get();
    }

    /** What the engine answers for a source nobody scripted. */
    public static String defaultTarget(String source) {
        StringBuilder target = new StringBuilder("MT " + Integer.toHexString(source.hashCode()));
        Matcher tags = TAG.matcher(source);
        while (tags.find()) {
            target.append(' ').append(tags.group());
        }
        return target.toString();
    }

    @Override
    public boolean configured(String targetLanguage) {
        return languages.contains(targetLanguage);
    }

    @Override
    public List<MtOutcome> translate(List<MtRequest> batch, Long jobId) {
        calls.incrementAndGet();
        mostRunning.accumulateAndGet(running.incrementAndGet(), Math::max);
        try {
            requests.addAll(batch);
            gate.await(30, TimeUnit.SECONDS);
            if (!delay.isZero()) {
                Thread.sleep(delay.toMillis());
            }
            return batch.stream().map(ScriptedEngine::outcome).toList();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return batch.stream().<MtOutcome>map(r -> new MtOutcome.Failed(ENGINE, "interrupted")).toList();
        } finally {
            running.decrementAndGet();
        }
    }

    private static MtOutcome outcome(MtRequest request) {
        if (!languages.contains(request.targetLanguage())) {
            return new MtOutcome.Failed(ENGINE, "not configured for " + request.targetLanguage());
        }
        for (Map.Entry<String, String> failure : failures.entrySet()) {
            if (request.source().contains(failure.getKey())) {
                return new MtOutcome.Failed(ENGINE, failure.getValue());
            }
        }
        for (Map.Entry<String, String> answer : answers.entrySet()) {
            if (request.source().contains(answer.getKey())) {
                return new MtOutcome.Translated(answer.getValue(), ENGINE, MODEL);
            }
        }
        return new MtOutcome.Translated(defaultTarget(request.source()), ENGINE, MODEL);
    }
}
