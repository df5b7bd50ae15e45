package org.tarjoman.api.memory;

import org.tarjoman.memory.MemoryName;

/** A memory a task reads, and the points its matches lose there (0: trusted as much as any). */
public record MemoryRead(MemoryName memory, int penalty) {
}
