package org.tarjoman.api.ratelimit;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;

import io.github.bucket4j.TimeMeter;

import org.junit.jupiter.api.Test;
import org.tarjoman.api.account.AuthKind;
import org.tarjoman.api.account.Principal;
import org.tarjoman.api.account.Scope;
import org.tarjoman.api.account.UserRole;

/** The token buckets on a clock the test moves: three writes and two lookups a minute. */
class RateLimiterTest {

    private final AtomicLong nanos = new AtomicLong(1_000_000_000L);
    private final RateLimiter limiter = new RateLimiter(true, Duration.ofMinutes(1),
            Map.of(RequestKind.WRITE, 3, RequestKind.LOOKUP, 2, RequestKind.EXPORT, 0), clock());

    @Test
    void shouldLetABurstUpToTheLimitThroughThenRefuseWithTheWait() {
        for (int i = 0; i < 3; i++) {
            assertThat(limiter.take(RequestKind.WRITE, "user:sara")).isEmpty();
        }
        RateLimiter.Refusal refusal = limiter.take(RequestKind.WRITE, "user:sara").orElseThrow();
        assertThat(refusal.limit()).isEqualTo(3);
        assertThat(refusal.retryAfter()).isEqualTo(Duration.ofSeconds(20));
    }

    @Test
    void shouldRefillOverThePeriod() {
        for (int i = 0; i < 3; i++) {
            limiter.take(RequestKind.WRITE, "user:sara");
        }
        nanos.addAndGet(Duration.ofSeconds(20).toNanos());
        assertThat(limiter.take(RequestKind.WRITE, "user:sara")).isEmpty();
        assertThat(limiter.take(RequestKind.WRITE, "user:sara")).isPresent();
    }

    @Test
    void shouldCountEachCallerAndEachKindApart() {
        for (int i = 0; i < 3; i++) {
            limiter.take(RequestKind.WRITE, "user:sara");
        }
        assertThat(limiter.take(RequestKind.WRITE, "user:sara")).isPresent();
        assertThat(limiter.take(RequestKind.WRITE, "user:reza")).isEmpty();
        assertThat(limiter.take(RequestKind.WRITE, "address:192.0.2.7")).isEmpty();
        assertThat(limiter.take(RequestKind.LOOKUP, "user:sara")).isEmpty();
    }

    @Test
    void shouldNotLimitAKindWithoutALimitNorAnythingWhenDisabled() {
        for (int i = 0; i < 100; i++) {
            assertThat(limiter.take(RequestKind.EXPORT, "user:sara")).isEmpty();
        }
        RateLimiter off = new RateLimiter(false, Duration.ofMinutes(1), Map.of(RequestKind.WRITE, 1), clock());
        off.take(RequestKind.WRITE, "user:sara");
        assertThat(off.take(RequestKind.WRITE, "user:sara")).isEmpty();
    }

    @Test
    void shouldKeyCallersBySignedInUserOrKeyElseAddress() {
        Principal sara = new Principal("sara", AuthKind.SESSION, Set.of(UserRole.TRANSLATOR), Set.of("en"),
                Set.of(Scope.JOBS_READ), null);
        Principal cms = new Principal("sara", AuthKind.KEY, Set.of(), Set.of(), Set.of(Scope.JOBS_WRITE), 7L);
        assertThat(CallerKey.of(sara, "192.0.2.7")).isEqualTo("user:sara");
        assertThat(CallerKey.of(cms, "192.0.2.7")).isEqualTo("key:7");
        assertThat(CallerKey.of(null, "192.0.2.7")).isEqualTo("address:192.0.2.7");
    }

    private TimeMeter clock() {
        return new TimeMeter() {
            @Override
            public long currentTimeNanos() {
                return nanos.get();
            }

            @Override
            public boolean isWallClockBased() {
                return false;
            }
        };
    }
}
