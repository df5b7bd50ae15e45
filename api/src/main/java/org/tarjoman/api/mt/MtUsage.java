package org.tarjoman.api.mt;

import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import org.hibernate.query.NativeQuery;

/**
 * Characters sent to each engine (table {@code mt_usage}), per job and per month (UTC), one row per call
 * that got an answer, the basis of what a provider bills. Cache hits send nothing and count nothing.
 */
@ApplicationScoped
public class MtUsage {

    /** One engine's use in the period asked. */
    public record EngineUsage(String engine, String model, long characters, long segments, long calls) {
    }

    private final EntityManager em;

    MtUsage(EntityManager em) {
        this.em = em;
    }

    /** One answered call: the characters it sent for how many segments. */
    public record Call(String engine, String model, Long jobId, long characters, int segments) {
    }

    /** Records calls, in one transaction. */
    @Transactional
    public void record(List<Call> calls) {
        Instant now = Instant.now();
        String month = YearMonth.from(now.atZone(ZoneOffset.UTC)).toString();
        for (Call call : calls) {
            em.createNativeQuery("INSERT INTO mt_usage (engine, model, job_id, usage_month, characters, segments, called_at) "
                            + "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)")
                    .unwrap(NativeQuery.class)
                    .setParameter(1, call.engine()).setParameter(2, call.model()).setParameter(3, call.jobId(), Long.class)
                    .setParameter(4, month).setParameter(5, call.characters()).setParameter(6, call.segments())
                    .setParameter(7, now)
                    .executeUpdate();
        }
    }

    /** A month's use per engine and model, of one job or of all. */
    @Transactional
    public List<EngineUsage> of(YearMonth month, Optional<Long> jobId) {
        String sql = "SELECT engine, model, SUM(characters), SUM(segments), COUNT(*) FROM mt_usage WHERE usage_month = ?1"
                + (jobId.isPresent() ? " AND job_id = ?2" : "") + " GROUP BY engine, model ORDER BY engine, model";
        var query = em.createNativeQuery(sql).setParameter(1, month.toString());
        jobId.ifPresent(id -> query.setParameter(2, id));
        @SuppressWarnings("unchecked")
        List<Object[]> rows = query.getResultList();
        return rows.stream().map(row -> new EngineUsage((String) row[0], (String) row[1],
                ((Number) row[2]).longValue(), ((Number) row[3]).longValue(), ((Number) row[4]).longValue())).toList();
    }
}
