package org.tarjoman.api.account;

import java.time.Duration;
import java.util.concurrent.TimeUnit;

import jakarta.enterprise.context.ApplicationScoped;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

import org.tarjoman.api.config.TarjomanConfig;

/**
 * Slows password guessing down: each consecutive failed sign-in of a name, or from an address, doubles
 * the wait before the next attempt of that name or address is checked (first delay, then 2×, 4× …
 * up to the maximum); a success resets both. The wait is a timer, never a blocked thread. Counted per
 * node, forgotten after a quiet quarter of an hour.
 */
@ApplicationScoped
public class SignInThrottle {

    private final Cache<String, Integer> failures = Caffeine.newBuilder().maximumSize(100_000)
            .expireAfterWrite(15, TimeUnit.MINUTES).build();
    private final Duration first;
    private final Duration max;

    SignInThrottle(TarjomanConfig config) {
        this.first = config.signIn().firstDelay();
        this.max = config.signIn().maxDelay();
    }

    /** How long an attempt of this name from this address waits before its password is checked. */
    public Duration delay(String name, String address) {
        int n = Math.max(count(nameKey(name)), count(addressKey(address)));
        if (n == 0) {
            return Duration.ZERO;
        }
        long millis = first.toMillis() << Math.min(n - 1, 20);
        return Duration.ofMillis(Math.min(millis, max.toMillis()));
    }

    public void failed(String name, String address) {
        failures.asMap().merge(nameKey(name), 1, Integer::sum);
        failures.asMap().merge(addressKey(address), 1, Integer::sum);
    }

    public void succeeded(String name, String address) {
        failures.invalidate(nameKey(name));
        failures.invalidate(addressKey(address));
    }

    private int count(String key) {
        Integer n = failures.getIfPresent(key);
        return n == null ? 0 : n;
    }

    private static String nameKey(String name) {
        return "name:" + name;
    }

    private static String addressKey(String address) {
        return "address:" + address;
    }
}
