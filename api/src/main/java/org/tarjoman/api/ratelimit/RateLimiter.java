package org.tarjoman.api.ratelimit;

import java.time.Duration;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.ConsumptionProbe;
import io.github.bucket4j.TimeMeter;

import org.tarjoman.api.config.TarjomanConfig;

/**
 * A token bucket per caller and {@link RequestKind} ({@code tarjoman.rate-limit.*}): full at
 * {@code limit} requests, refilled continuously at {@code limit} per {@code period}, so a caller can
 * burst up to the limit and then keeps the average. Buckets live in this node's memory: with several
 * nodes behind a balancer a caller gets up to the limit on each. A bucket unused for a period is full
 * again, so it is dropped then; at most {@link #MAX_CALLERS} are kept.
 */
@ApplicationScoped
public class RateLimiter {

    /** A request over the limit: what it was, the limit, and when the caller may send it again. */
    public record Refusal(RequestKind kind, int limit, Duration period, Duration retryAfter) {
    }

    static final long MAX_CALLERS = 100_000;

    private final boolean enabled;
    private final Duration period;
    private final Map<RequestKind, Integer> limits;
    private final TimeMeter clock;
    private final Cache<String, Bucket> buckets;

    @Inject
    RateLimiter(TarjomanConfig config) {
        this(config.rateLimit().enabled(), config.rateLimit().period(), limits(config.rateLimit()),
                TimeMeter.SYSTEM_MILLISECONDS);
    }

    RateLimiter(boolean enabled, Duration period, Map<RequestKind, Integer> limits, TimeMeter clock) {
        if (period.isNegative() || period.isZero()) {
            throw new IllegalArgumentException("tarjoman.rate-limit.period must be positive, not " + period);
        }
        this.enabled = enabled;
        this.period = period;
        this.limits = new EnumMap<>(limits);
        this.clock = clock;
        this.buckets = Caffeine.newBuilder().maximumSize(MAX_CALLERS).expireAfterAccess(period).build();
    }

    /** Counts one request; a refusal when the caller has none left of this kind. A limit of 0 or less is none. */
    public Optional<Refusal> take(RequestKind kind, String caller) {
        int limit = limits.getOrDefault(kind, 0);
        if (!enabled || limit <= 0) {
            return Optional.empty();
        }
        Bucket bucket = buckets.get(kind.name() + " " + caller, key -> bucket(limit));
        ConsumptionProbe probe = bucket.tryConsumeAndReturnRemaining(1);
        if (probe.isConsumed()) {
            return Optional.empty();
        }
        return Optional.of(new Refusal(kind, limit, period, Duration.ofNanos(probe.getNanosToWaitForRefill())));
    }

    private Bucket bucket(int limit) {
        return Bucket.builder()
                .addLimit(Bandwidth.builder().capacity(limit).refillGreedy(limit, period).build())
                .withCustomTimePrecision(clock)
                .build();
    }

    private static Map<RequestKind, Integer> limits(TarjomanConfig.RateLimit config) {
        return Map.of(RequestKind.WRITE, config.writes(), RequestKind.LOOKUP, config.lookups(),
                RequestKind.EXPORT, config.exports());
    }
}
