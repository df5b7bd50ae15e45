package org.tarjoman.api.mt;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import org.tarjoman.api.mt.engine.Engine;

/**
 * Machine translations kept (table {@code mt_cache}) by the SHA-256 of engine, model, target language,
 * source and context, so the same sentence with the same grounding never costs twice. Kept for good:
 * answers are small and an engine's answer for a given prompt does not go stale the way a memory does.
 */
@ApplicationScoped
public class MtCache {

    private static final int LOOKUP_CHUNK = 200;

    private final EntityManager em;

    MtCache(EntityManager em) {
        this.em = em;
    }

    /** The key of a request's answer from an engine. */
    public static String key(Engine engine, MtRequest request) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            for (String part : List.of(engine.name(), engine.model(), request.sourceLanguage(), request.targetLanguage(),
                    request.source(), engine.cacheContext(request))) {
                sha.update(part.getBytes(StandardCharsets.UTF_8));
                sha.update((byte) 0);
            }
            return HexFormat.of().formatHex(sha.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The cached targets of the keys that have one. */
    @Transactional
    public Map<String, String> find(Collection<String> keys) {
        Map<String, String> found = new HashMap<>();
        List<String> all = List.copyOf(keys);
        for (int from = 0; from < all.size(); from += LOOKUP_CHUNK) {
            List<String> chunk = all.subList(from, Math.min(all.size(), from + LOOKUP_CHUNK));
            @SuppressWarnings("unchecked")
            List<Object[]> rows = em.createNativeQuery("SELECT cache_key, target FROM mt_cache WHERE cache_key IN (?1)")
                    .setParameter(1, chunk).getResultList();
            for (Object[] row : rows) {
                found.put(((String) row[0]).strip(), (String) row[1]);
            }
        }
        return found;
    }

    /** An answer to keep. */
    public record Entry(String key, String engine, String model, String targetLanguage, String target) {
    }

    /**
     * Keeps answers, in one transaction; a key stored meanwhile keeps its first answer (a race of two nodes
     * fails the insert, which the caller ignores: the cache only saves cost).
     */
    @Transactional
    public void putAll(List<Entry> entries) {
        Instant now = Instant.now();
        for (Entry entry : entries) {
            boolean known = !em.createNativeQuery("SELECT 1 FROM mt_cache WHERE cache_key = ?1")
                    .setParameter(1, entry.key()).getResultList().isEmpty();
            if (!known) {
                em.createNativeQuery("INSERT INTO mt_cache (cache_key, engine, model, target_language, target, created_at) "
                                + "VALUES (?1, ?2, ?3, ?4, ?5, ?6)")
                        .setParameter(1, entry.key()).setParameter(2, entry.engine()).setParameter(3, entry.model())
                        .setParameter(4, entry.targetLanguage()).setParameter(5, entry.target()).setParameter(6, now)
                        .executeUpdate();
            }
        }
    }
}
