package org.tarjoman.api.account;

import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import io.quarkus.narayana.jta.QuarkusTransaction;

import org.tarjoman.api.account.AccountViews.CreatedKey;
import org.tarjoman.api.account.AccountViews.KeyRequest;
import org.tarjoman.api.account.AccountViews.KeyView;

/**
 * API keys of systems: created and revoked by an admin, kept as hashes ({@link KeyHash}), checked on
 * every request that sends one. A key's use is written down at most once a minute per key and node
 * ({@link #THROTTLE}): the last-used time and, for writes, an audit entry; a request is not a write.
 */
@ApplicationScoped
public class ApiKeys {

    static final Duration THROTTLE = Duration.ofMinutes(1);

    private final AuditLog audit;
    private final RecentCredentials recent;
    private final Map<Long, Long> lastTouched = new ConcurrentHashMap<>();
    private final Map<Long, Long> lastAuditedWrite = new ConcurrentHashMap<>();

    ApiKeys(AuditLog audit, RecentCredentials recent) {
        this.audit = audit;
        this.recent = recent;
    }

    @Transactional
    public CreatedKey create(KeyRequest request, String actor) {
        Set<Scope> scopes = scopes(request.scopes());
        String key = KeyHash.newKey();
        ApiKeyEntity entity = register(request.name(), key, scopes, actor);
        audit.record(actor, AuditAction.KEY_CREATED, "key " + entity.id + " " + entity.name,
                "scopes " + String.join(",", entity.scopes().stream().map(Scope::value).toList()));
        return new CreatedKey(entity.id, entity.name, entity.scopes().stream().map(Scope::value).toList(), key,
                entity.createdAt);
    }

    ApiKeyEntity register(String name, String key, Set<Scope> scopes, String actor) {
        ApiKeyEntity entity = new ApiKeyEntity();
        entity.name = name;
        entity.keyHash = KeyHash.of(key);
        entity.scopes(scopes);
        entity.createdBy = actor;
        entity.createdAt = Instant.now();
        entity.persist();
        return entity;
    }

    @Transactional
    public List<KeyView> list() {
        return ApiKeyEntity.ROWS.list("order by id").stream().map(KeyView::of).toList();
    }

    @Transactional
    public KeyView revoke(long id, String actor) {
        ApiKeyEntity key = ApiKeyEntity.ROWS.findById(id);
        if (key == null) {
            throw new UnknownAccount("There is no API key " + id + ".");
        }
        if (key.revokedAt == null) {
            key.revokedAt = Instant.now();
            recent.forgetKey(key.keyHash);
            audit.record(actor, AuditAction.KEY_REVOKED, "key " + key.id + " " + key.name, null);
        }
        return KeyView.of(key);
    }

    /**
     * The key's holder, unless it is unknown or revoked: one lookup on the hash's unique index, or none
     * when the key was seen in the last seconds ({@link RecentCredentials}).
     */
    public Optional<Principal> authenticate(String key) {
        String hash = KeyHash.of(key);
        return recent.key(hash, () -> QuarkusTransaction.requiringNew().call(() -> {
            ApiKeyEntity entity = ApiKeyEntity.byHash(hash);
            return entity == null || entity.revokedAt != null ? Optional.empty() : Optional.of(Principal.key(entity));
        }));
    }

    /**
     * The holder of the key if it was looked up in the last seconds ({@link RecentCredentials}), without
     * touching the database, so a request can be authenticated where it arrived.
     */
    public Optional<Principal> recentlySeen(String key) {
        return recent.knownKey(KeyHash.of(key));
    }

    /** Whether {@link #used} would write now: a last-used time or, for a write, an audit entry is due. */
    public boolean useToNote(Principal key, boolean write) {
        long now = System.nanoTime();
        return elapsed(lastTouched, key.keyId(), now) || write && elapsed(lastAuditedWrite, key.keyId(), now);
    }

    /** Notes a use of the key: its last-used time, and for a write an audit entry, each at most once a minute. */
    public void used(Principal key, boolean write, String method, String path, String address) {
        long now = System.nanoTime();
        if (due(lastTouched, key.keyId(), now)) {
            touch(key.keyId());
        }
        if (write && due(lastAuditedWrite, key.keyId(), now)) {
            audit.record(key.name(), AuditAction.KEY_WRITE, "key " + key.keyId(), method + " " + path, address);
        }
    }

    private static void touch(long id) {
        QuarkusTransaction.requiringNew().run(() -> ApiKeyEntity.ROWS.update("lastUsedAt = ?1 where id = ?2", Instant.now(), id));
    }

    private static boolean elapsed(Map<Long, Long> last, long id, long now) {
        Long before = last.get(id);
        return before == null || now - before >= THROTTLE.toNanos();
    }

    private static boolean due(Map<Long, Long> last, long id, long now) {
        boolean[] due = {false};
        last.compute(id, (k, before) -> {
            due[0] = before == null || now - before >= THROTTLE.toNanos();
            return due[0] ? now : before;
        });
        return due[0];
    }

    static Set<Scope> scopes(Set<String> names) {
        Set<Scope> scopes = EnumSet.noneOf(Scope.class);
        for (String name : names) {
            scopes.add(Scope.of(name).orElseThrow(() -> new InvalidAccountRequest("Unknown scope '" + name
                    + "': scopes are jobs:read, jobs:write, memory:read, memory:write, glossary:write and admin.")));
        }
        if (scopes.isEmpty()) {
            throw new InvalidAccountRequest("A key needs at least one scope.");
        }
        return scopes;
    }
}
