package org.tarjoman.memory;

/** A match and the memory it came from; its score is after that memory's penalty ({@link MemoryLayers}). */
public record MemoryMatch(MemoryName memory, Match match) {
}
