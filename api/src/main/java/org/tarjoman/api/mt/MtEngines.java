package org.tarjoman.api.mt;

import java.net.http.HttpClient;
import java.time.Duration;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

import jakarta.annotation.PreDestroy;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.util.TypeLiteral;
import jakarta.interceptor.Interceptor;

import com.fasterxml.jackson.databind.ObjectMapper;

import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.Startup;
import io.smallrye.faulttolerance.api.Guard;

import org.eclipse.microprofile.faulttolerance.exceptions.CircuitBreakerOpenException;
import org.eclipse.microprofile.faulttolerance.exceptions.TimeoutException;
import org.jboss.logging.Logger;
import org.tarjoman.api.config.TarjomanConfig;
import org.tarjoman.api.mt.engine.Engine;
import org.tarjoman.api.mt.engine.EngineFailure;
import org.tarjoman.api.mt.engine.EngineLineup;

/**
 * The configured engines behind {@link MachineTranslation}. For each engine of the target language in
 * order, the requests still open are looked up in the cache, the rest sent in batches (as many calls in
 * flight as the engine allows, on its own threads), and what comes back translated is cached and its
 * characters counted; what failed goes on to the next engine. Each engine sits behind a SmallRye Fault
 * Tolerance guard: a circuit breaker (after half of 10 calls failed, the engine is skipped for 30 s) and
 * a timeout bounding a whole call, its one retry and its 429 waits included.
 *
 * <p>Built at start ({@link Startup}), so a misconfigured engine stops the start with a message naming
 * its property; an unreachable one is only found out by its calls.
 */
@Startup
@ApplicationScoped
public class MtEngines implements MachineTranslation {

    private static final Logger LOG = Logger.getLogger(MtEngines.class);
    private static final TypeLiteral<List<MtOutcome>> OUTCOMES = new TypeLiteral<>() {
    };

    private final EngineLineup lineup;
    private final MtCache cache;
    private final MtUsage usage;
    private final MeterRegistry meters;
    private final Map<Engine, Guard> guards = new HashMap<>();
    private final Map<Engine, ExecutorService> callers = new HashMap<>();

    MtEngines(TarjomanConfig config, ObjectMapper json, MtCache cache, MtUsage usage, MeterRegistry meters) {
        HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5))
                .followRedirects(HttpClient.Redirect.NEVER).build();
        this.lineup = EngineLineup.of(config.mt(), client, json);
        this.cache = cache;
        this.usage = usage;
        this.meters = meters;
        Duration maxRetryAfter = config.mt().maxRetryAfter();
        for (Engine engine : lineup.engines()) {
            // the engine's own timeout per request, twice (an LLM answer rejected once is asked again), and two 429 waits
            long bound = engine.timeout().multipliedBy(2).plus(maxRetryAfter.multipliedBy(2)).plusSeconds(1).toMillis();
            guards.put(engine, Guard.create()
                    .withDescription("mt-" + engine.name())
                    .withCircuitBreaker().name("mt-" + engine.name()).requestVolumeThreshold(10).failureRatio(0.5)
                    .delay(30, ChronoUnit.SECONDS).done()
                    .withTimeout().duration(bound, ChronoUnit.MILLIS).done()
                    .build());
            callers.put(engine, Executors.newFixedThreadPool(engine.concurrency(), threads(engine.name())));
            LOG.infof("Machine translation: engine %s (model %s) ready", engine.name(), engine.model());
        }
    }

    /**
     * Cuts the engines' calls short at a stop, after pre-translation stopped claiming (its observer runs
     * first). Interrupting these threads is safe: they only wait on an engine's HTTP answer, never on the
     * database (see {@code OutsideCalls} for why that matters on H2).
     */
    void onStop(@Observes @Priority(Interceptor.Priority.APPLICATION + 200) ShutdownEvent event) {
        stop();
    }

    @PreDestroy
    void stop() {
        callers.values().forEach(ExecutorService::shutdownNow);
    }

    @Override
    public boolean configured(String targetLanguage) {
        return !lineup.forLanguage(targetLanguage).isEmpty();
    }

    @Override
    public List<MtOutcome> translate(List<MtRequest> requests, Long jobId) {
        MtOutcome[] outcomes = new MtOutcome[requests.size()];
        Map<String, List<Integer>> byLanguage = new LinkedHashMap<>();
        for (int i = 0; i < requests.size(); i++) {
            byLanguage.computeIfAbsent(requests.get(i).targetLanguage(), language -> new ArrayList<>()).add(i);
        }
        byLanguage.forEach((language, indexes) -> translate(language, indexes, requests, jobId, outcomes));
        return List.of(outcomes);
    }

    private void translate(String language, List<Integer> indexes, List<MtRequest> requests, Long jobId, MtOutcome[] outcomes) {
        List<Engine> engines = lineup.forLanguage(language);
        if (engines.isEmpty()) {
            indexes.forEach(i -> outcomes[i] = new MtOutcome.Failed("none", "no machine translation engine is configured for " + language));
            return;
        }
        Map<Integer, List<String>> failures = new HashMap<>();
        List<Integer> open = indexes;
        for (Engine engine : engines) {
            open = fromCache(engine, open, requests, outcomes);
            if (open.isEmpty()) {
                return;
            }
            ask(engine, open, requests, jobId, outcomes, failures);
            open = open.stream().filter(i -> outcomes[i] == null).toList();
            if (open.isEmpty()) {
                return;
            }
        }
        Engine last = engines.get(engines.size() - 1);
        open.forEach(i -> outcomes[i] = new MtOutcome.Failed(last.name(), String.join("; ", failures.get(i))));
    }

    private List<Integer> fromCache(Engine engine, List<Integer> open, List<MtRequest> requests, MtOutcome[] outcomes) {
        Map<Integer, String> keys = new LinkedHashMap<>();
        open.forEach(i -> keys.put(i, MtCache.key(engine, requests.get(i))));
        Map<String, String> cached = cache.find(keys.values());
        List<Integer> left = new ArrayList<>();
        for (Map.Entry<Integer, String> entry : keys.entrySet()) {
            String target = cached.get(entry.getValue());
            if (target == null) {
                left.add(entry.getKey());
            } else {
                outcomes[entry.getKey()] = new MtOutcome.Translated(target, engine.name(), engine.model());
            }
        }
        count(engine, "cached", open.size() - left.size());
        return left;
    }

    private void ask(Engine engine, List<Integer> open, List<MtRequest> requests, Long jobId, MtOutcome[] outcomes,
                     Map<Integer, List<String>> failures) {
        List<List<Integer>> batches = new ArrayList<>();
        for (int from = 0; from < open.size(); from += engine.batchSize()) {
            batches.add(open.subList(from, Math.min(open.size(), from + engine.batchSize())));
        }
        List<Future<List<MtOutcome>>> calls = new ArrayList<>();
        List<MtCache.Entry> answers = new ArrayList<>();
        List<MtUsage.Call> answered = new ArrayList<>();
        for (List<Integer> batch : batches) {
            List<MtRequest> asked = batch.stream().map(requests::get).toList();
            calls.add(callers.get(engine).submit(() -> guards.get(engine).call(() -> engine.translate(asked), OUTCOMES)));
        }
        for (int b = 0; b < batches.size(); b++) {
            List<Integer> batch = batches.get(b);
            try {
                List<MtOutcome> answer = calls.get(b).get();
                List<MtRequest> asked = batch.stream().map(requests::get).toList();
                answered.add(new MtUsage.Call(engine.name(), engine.model(), jobId, engine.charactersSent(asked), asked.size()));
                count(engine, "answered", 1);
                for (int k = 0; k < batch.size(); k++) {
                    accept(engine, batch.get(k), requests.get(batch.get(k)), answer.get(k), outcomes, failures, answers);
                }
            } catch (ExecutionException e) {
                String reason = reason(engine, e.getCause());
                batch.forEach(i -> failures.computeIfAbsent(i, x -> new ArrayList<>()).add(engine.name() + ": " + reason));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                batch.forEach(i -> failures.computeIfAbsent(i, x -> new ArrayList<>()).add(engine.name() + ": interrupted"));
            }
        }
        // one transaction each for the whole round, not one per segment: an article's 30 answers are 2 commits
        if (!answered.isEmpty()) {
            usage.record(answered);
        }
        if (!answers.isEmpty()) {
            try {
                cache.putAll(answers);
            } catch (RuntimeException e) {
                LOG.debugf("MT cache: answers of %s were not kept (%s)", engine.name(), e.getClass().getSimpleName());
            }
        }
    }

    private void accept(Engine engine, int index, MtRequest request, MtOutcome outcome, MtOutcome[] outcomes,
                        Map<Integer, List<String>> failures, List<MtCache.Entry> answers) {
        if (outcome instanceof MtOutcome.Translated translated) {
            outcomes[index] = translated;
            answers.add(new MtCache.Entry(MtCache.key(engine, request), engine.name(), engine.model(),
                    request.targetLanguage(), translated.target()));
        } else if (outcome instanceof MtOutcome.Failed failed) {
            count(engine, "rejected", 1);
            failures.computeIfAbsent(index, x -> new ArrayList<>()).add(engine.name() + ": " + failed.reason());
        }
    }

    private String reason(Engine engine, Throwable cause) {
        if (cause instanceof EngineFailure failure) {
            count(engine, "failed", 1);
            return failure.reason();
        }
        if (cause instanceof CircuitBreakerOpenException) {
            count(engine, "circuit-open", 1);
            return "skipped for a while after repeated failures (circuit open)";
        }
        if (cause instanceof TimeoutException) {
            count(engine, "failed", 1);
            return "no answer within the engine's time limit";
        }
        count(engine, "failed", 1);
        LOG.warnf("Machine translation: %s failed unexpectedly (%s)", engine.name(), cause.getClass().getName());
        return "unexpected error (" + cause.getClass().getSimpleName() + ")";
    }

    private void count(Engine engine, String outcome, int n) {
        if (n > 0) {
            meters.counter("tarjoman.mt.calls", "engine", engine.name(), "outcome", outcome).increment(n);
        }
    }

    private static java.util.concurrent.ThreadFactory threads(String engine) {
        AtomicInteger n = new AtomicInteger();
        return task -> {
            Thread thread = new Thread(task, "mt-" + engine + "-" + n.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        };
    }
}
