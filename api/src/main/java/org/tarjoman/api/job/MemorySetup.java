package org.tarjoman.api.job;

import java.util.List;

import org.tarjoman.api.memory.MemoryRead;
import org.tarjoman.memory.LanguagePair;
import org.tarjoman.memory.MemoryName;

/**
 * The memories a task reads, in order and each with the points its matches lose, and the one its
 * confirmed segments go to: stored with the task as the names were checked when the job was made
 * ({@link MemorySetups}). Without a setup a task reads and writes the pair's own memory, as every task
 * did before memories had names.
 */
public record MemorySetup(List<Read> read, String write) {

    /** One memory of the read list, by name. */
    public record Read(String name, int penalty) {
    }

    public MemorySetup {
        read = List.copyOf(read);
    }

    /** The pair's own memory, read at no penalty and written to. */
    public static MemorySetup standard(LanguagePair pair) {
        String own = MemoryName.of(pair).value();
        return new MemorySetup(List.of(new Read(own, 0)), own);
    }

    /** The read list as memory names (stored names were checked; they parse). */
    public List<MemoryRead> reads() {
        return read.stream().map(r -> new MemoryRead(MemoryName.parse(r.name()), r.penalty())).toList();
    }

    public MemoryName writeMemory() {
        return MemoryName.parse(write);
    }
}
