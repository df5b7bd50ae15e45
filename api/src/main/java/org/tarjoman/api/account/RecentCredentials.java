package org.tarjoman.api.account;

import java.time.Duration;
import java.util.Optional;
import java.util.function.Supplier;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

/**
 * Who an API key or a session's person turned out to be, for a few seconds, so a request does not read
 * the database again to learn it: that read and its transaction were a quarter of a memory look-up's
 * server time (JFR, 100k units, with the newsroom's key). A revoked key, a disabled person or changed
 * roles are dropped here at once by the node that makes the change, and again once its transaction
 * ends (a request that read the old row meanwhile must not keep it); other nodes see the change within
 * {@link #TTL}. Only holders that exist are kept, so unknown keys cannot fill it.
 */
@ApplicationScoped
public class RecentCredentials {

    static final Duration TTL = Duration.ofSeconds(5);
    private static final int MAX_HOLDERS = 10_000;

    private final Cache<String, Principal> keys = Caffeine.newBuilder().maximumSize(MAX_HOLDERS)
            .expireAfterWrite(TTL).build();
    private final Cache<String, Principal> people = Caffeine.newBuilder().maximumSize(MAX_HOLDERS)
            .expireAfterWrite(TTL).build();

    /** The holder of the key with this hash: remembered, or looked up and remembered if there is one. */
    Optional<Principal> key(String keyHash, Supplier<Optional<Principal>> lookup) {
        return remembered(keys, keyHash, lookup);
    }

    /** The holder of the key with this hash if it is remembered; no look-up. */
    Optional<Principal> knownKey(String keyHash) {
        return Optional.ofNullable(keys.getIfPresent(keyHash));
    }

    /** The enabled person of this name: remembered, or looked up and remembered if there is one. */
    Optional<Principal> person(String name, Supplier<Optional<Principal>> lookup) {
        return remembered(people, name, lookup);
    }

    private final TransactionSynchronizationRegistry transactions;

    RecentCredentials(TransactionSynchronizationRegistry transactions) {
        this.transactions = transactions;
    }

    /** Called inside the transaction that revokes the key. */
    void forgetKey(String keyHash) {
        forget(keys, keyHash);
    }

    /** Called inside the transaction that changes or disables the person. */
    void forgetPerson(String name) {
        forget(people, name);
    }

    private void forget(Cache<String, Principal> cache, String id) {
        cache.invalidate(id);
        transactions.registerInterposedSynchronization(new Synchronization() {
            @Override
            public void beforeCompletion() {
            }

            @Override
            public void afterCompletion(int status) {
                cache.invalidate(id);
            }
        });
    }

    private static Optional<Principal> remembered(Cache<String, Principal> cache, String id,
                                                  Supplier<Optional<Principal>> lookup) {
        Principal known = cache.getIfPresent(id);
        if (known != null) {
            return Optional.of(known);
        }
        Optional<Principal> found = lookup.get();
        found.ifPresent(principal -> cache.put(id, principal));
        return found;
    }
}
