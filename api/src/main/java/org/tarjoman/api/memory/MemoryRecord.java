package org.tarjoman.api.memory;

import java.time.Instant;

import org.tarjoman.memory.MemoryName;

/** A memory as the catalog knows it: its name (and so its pair), what it is for, and whether it may be written. */
public record MemoryRecord(MemoryName name, String description, boolean readOnly, Instant createdAt) {
}
