package org.tarjoman.api.memory;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

import javax.sql.DataSource;

import jakarta.enterprise.context.ApplicationScoped;

/**
 * Earlier targets of units ({@code tm_unit_history}, V7): one row per unit an operation rewrote,
 * written in the transaction that rewrote it. Plain JDBC, batched like the units themselves.
 */
@ApplicationScoped
public class UnitHistory {

    /** A find-and-replace over a memory's targets. */
    public static final String REPLACE = "replace";
    /** A unit's correction ({@code PUT …/units/{id}}). */
    public static final String CORRECT = "correct";

    private static final int REASON = 2_000;

    private final DataSource dataSource;

    UnitHistory(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    /** One unit's target before and after an operation. */
    public record Change(long unitId, String operationId, String operation, String oldTarget, String newTarget,
                         String changedBy, Instant changedAt, String reason) {
    }

    /** Writes the changes in one batch, in the caller's transaction. */
    public void record(List<Change> changes) {
        if (changes.isEmpty()) {
            return;
        }
        String sql = "INSERT INTO tm_unit_history (unit_id, operation_id, operation, old_target, new_target, changed_by, "
                + "changed_at, reason) VALUES (?,?,?,?,?,?,?,?)";
        try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement(sql)) {
            for (Change change : changes) {
                ps.setLong(1, change.unitId());
                ps.setString(2, change.operationId());
                ps.setString(3, change.operation());
                ps.setString(4, change.oldTarget());
                ps.setString(5, change.newTarget());
                ps.setString(6, change.changedBy());
                ps.setObject(7, change.changedAt().atOffset(ZoneOffset.UTC));
                ps.setString(8, change.reason() == null || change.reason().length() <= REASON ? change.reason()
                        : change.reason().substring(0, REASON));
                ps.addBatch();
            }
            ps.executeBatch();
        } catch (SQLException e) {
            throw new UnitRepository.StoreException("could not write the history of " + changes.size() + " units", e);
        }
    }

    /** A unit's changes, oldest first. */
    public List<Change> of(long unitId) {
        List<Change> changes = new ArrayList<>();
        try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement(
                "SELECT unit_id, operation_id, operation, old_target, new_target, changed_by, changed_at, reason "
                        + "FROM tm_unit_history WHERE unit_id = ? ORDER BY id")) {
            ps.setLong(1, unitId);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    changes.add(new Change(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4),
                            rs.getString(5), rs.getString(6), rs.getObject(7, OffsetDateTime.class).toInstant(),
                            rs.getString(8)));
                }
            }
        } catch (SQLException e) {
            throw new UnitRepository.StoreException("could not read the history of unit " + unitId, e);
        }
        return changes;
    }
}
