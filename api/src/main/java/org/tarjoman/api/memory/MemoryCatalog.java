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
import java.util.Optional;

import javax.sql.DataSource;

import jakarta.enterprise.context.ApplicationScoped;

import org.tarjoman.memory.MemoryName;

/**
 * The memories there are ({@code tm_memory}): names, descriptions, read-only flags, and the rules of
 * writing into one. A pair's own memory ({@code fa-en}) is made by its first write, as before there
 * were names; a labelled one ({@code fa-en-sport}) only by {@link #create}, so a typo in a job's
 * setup or an address is a 404 instead of a new, empty memory. Calls join the caller's transaction.
 */
@ApplicationScoped
public class MemoryCatalog {

    private static final String COLUMNS = "name, description, read_only, created_at";

    private final DataSource dataSource;

    MemoryCatalog(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    public Optional<MemoryRecord> find(MemoryName name) {
        List<MemoryRecord> found = query("SELECT " + COLUMNS + " FROM tm_memory WHERE name = ?", name.value());
        return found.stream().findFirst();
    }

    /** Every memory, by name. */
    public List<MemoryRecord> all() {
        return query("SELECT " + COLUMNS + " FROM tm_memory ORDER BY name", null);
    }

    /** Makes a memory; {@link MemoryExists} when the name is taken (also by two requests at once). */
    public MemoryRecord create(MemoryName name, String description, boolean readOnly) {
        Instant now = Instant.now();
        try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement(
                "INSERT INTO tm_memory (name, source_lang, target_lang, description, read_only, generation, created_at) "
                        + "SELECT ?, ?, ?, ?, ?, 0, ? WHERE NOT EXISTS (SELECT 1 FROM tm_memory WHERE name = ?)")) {
            ps.setString(1, name.value());
            ps.setString(2, name.pair().source());
            ps.setString(3, name.pair().target());
            ps.setString(4, description);
            ps.setBoolean(5, readOnly);
            ps.setObject(6, now.atOffset(ZoneOffset.UTC));
            ps.setString(7, name.value());
            if (ps.executeUpdate() == 0) {
                throw new MemoryExists(name);
            }
        } catch (SQLException e) {
            if ("23505".equals(e.getSQLState())) {
                throw new MemoryExists(name);
            }
            throw new UnitRepository.StoreException("could not create memory " + name, e);
        }
        return find(name).orElseThrow();
    }

    /** Changes what is given (a null leaves it as it is); {@link UnknownMemory} when there is none. */
    public MemoryRecord change(MemoryName name, String description, Boolean readOnly) {
        MemoryRecord old = find(name).orElseThrow(() -> new UnknownMemory(name.value()));
        try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement(
                "UPDATE tm_memory SET description = ?, read_only = ? WHERE name = ?")) {
            ps.setString(1, description != null ? description : old.description());
            ps.setBoolean(2, readOnly != null ? readOnly : old.readOnly());
            ps.setString(3, name.value());
            ps.executeUpdate();
        } catch (SQLException e) {
            throw new UnitRepository.StoreException("could not change memory " + name, e);
        }
        return find(name).orElseThrow();
    }

    /**
     * Refuses a write into this memory unless it may take one: a read-only memory is {@link MemoryReadOnly},
     * an unknown labelled one {@link UnknownMemory}; an unknown pair's own memory is made by the write.
     */
    public void checkWritable(MemoryName name) {
        Optional<MemoryRecord> memory = find(name);
        if (memory.isEmpty() && !name.bare()) {
            throw new UnknownMemory(name.value());
        }
        if (memory.isPresent() && memory.get().readOnly()) {
            throw new MemoryReadOnly(name);
        }
    }

    private List<MemoryRecord> query(String sql, String name) {
        List<MemoryRecord> found = new ArrayList<>();
        try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement(sql)) {
            if (name != null) {
                ps.setString(1, name);
            }
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    found.add(new MemoryRecord(MemoryName.parse(rs.getString("name")), rs.getString("description"),
                            rs.getBoolean("read_only"), rs.getObject("created_at", OffsetDateTime.class).toInstant()));
                }
            }
        } catch (SQLException e) {
            throw new UnitRepository.StoreException("could not read the memories", e);
        }
        return found;
    }
}
