package org.tarjoman.api.memory;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Instant;
import java.util.Optional;
import java.util.zip.CRC32;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.tarjoman.api.config.TarjomanConfig;
import org.tarjoman.memory.IndexSnapshotException;
import org.tarjoman.memory.MemoryName;
import org.tarjoman.memory.TranslationMemory;

/**
 * This node's memory index snapshots, one file per memory in {@code tarjoman.memory.snapshot-dir}
 * ({@code <memory>.snapshot}): a short stamp (the memory's name, its generation, and a watermark:
 * every unit written before it is in the index), checked by a CRC32 of its own, then the index
 * ({@link TranslationMemory#writeSnapshot}). A file is written aside and moved into place, so a
 * crash mid-write leaves the previous one. What a stamp is worth against the database is for
 * {@link MemoryIndexes} to judge.
 */
@ApplicationScoped
public class IndexSnapshots {

    private static final int MAGIC = 0x544A534E; // "TJSN"
    private static final int VERSION = 1;
    private static final String SUFFIX = ".snapshot";

    private final Optional<Path> folder;

    /** What a snapshot says of its index. */
    public record Stamp(MemoryName memory, long generation, Instant watermark) {
    }

    @Inject
    IndexSnapshots(TarjomanConfig config) {
        this(config.memory().snapshotDir().map(Path::of));
    }

    IndexSnapshots(Optional<Path> folder) {
        this.folder = folder;
    }

    /** Whether snapshots are kept at all ({@code tarjoman.memory.snapshot-dir} set). */
    public boolean enabled() {
        return folder.isPresent();
    }

    /** Writes the memory's snapshot, replacing the one before; answers its size in bytes. */
    public long write(Stamp stamp, TranslationMemory memory) throws IOException {
        Path file = file(stamp.memory());
        Files.createDirectories(file.getParent());
        Path temporary = Files.createTempFile(file.getParent(), stamp.memory().value(), ".part");
        try {
            try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(temporary), 1 << 16)) {
                out.write(stampBytes(stamp));
                memory.writeSnapshot(out);
            }
            Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            return Files.size(file);
        } finally {
            Files.deleteIfExists(temporary);
        }
    }

    /**
     * Reads the memory's snapshot into {@code memory} when there is one of this generation, and answers
     * its stamp; none when there is no file (or snapshots are off).
     *
     * @throws IndexSnapshotException when the file is of another generation, another memory, another
     *         format, or truncated or corrupt; {@code memory} is then left as it was
     */
    public Optional<Stamp> read(MemoryName name, long generation, TranslationMemory memory) throws IOException {
        if (folder.isEmpty()) {
            return Optional.empty();
        }
        try (InputStream in = new BufferedInputStream(Files.newInputStream(file(name)), 1 << 16)) {
            Stamp stamp = readStamp(in);
            if (!stamp.memory().equals(name)) {
                throw new IndexSnapshotException("the snapshot is of memory " + stamp.memory());
            }
            if (stamp.generation() != generation) {
                throw new IndexSnapshotException("the snapshot is of generation " + stamp.generation()
                        + ", the memory is at " + generation + " (a bulk import since)");
            }
            memory.loadSnapshot(in);
            return Optional.of(stamp);
        } catch (NoSuchFileException e) {
            return Optional.empty();
        }
    }

    /** Removes the memory's snapshot, if any. */
    public void delete(MemoryName name) throws IOException {
        if (folder.isPresent()) {
            Files.deleteIfExists(file(name));
        }
    }

    Path file(MemoryName name) {
        // memory names are lower-case ASCII letters, digits and '-' (MemoryName): safe as file names
        return folder.orElseThrow(() -> new IllegalStateException("tarjoman.memory.snapshot-dir is not set"))
                .resolve(name.value() + SUFFIX);
    }

    private static byte[] stampBytes(Stamp stamp) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        DataOutputStream fields = new DataOutputStream(bytes);
        fields.writeInt(MAGIC);
        fields.writeInt(VERSION);
        fields.writeUTF(stamp.memory().value());
        fields.writeLong(stamp.generation());
        fields.writeLong(stamp.watermark().getEpochSecond());
        fields.writeInt(stamp.watermark().getNano());
        CRC32 crc = new CRC32();
        crc.update(bytes.toByteArray());
        fields.writeInt((int) crc.getValue());
        return bytes.toByteArray();
    }

    private static Stamp readStamp(InputStream in) throws IOException {
        java.util.zip.CheckedInputStream checked = new java.util.zip.CheckedInputStream(in, new CRC32());
        DataInputStream fields = new DataInputStream(checked);
        try {
            if (fields.readInt() != MAGIC) {
                throw new IndexSnapshotException("not a memory snapshot");
            }
            int version = fields.readInt();
            if (version != VERSION) {
                throw new IndexSnapshotException("snapshot format " + version + ", this version reads " + VERSION);
            }
            String name = fields.readUTF();
            long generation = fields.readLong();
            long seconds = fields.readLong();
            int nanos = fields.readInt();
            int crc = (int) checked.getChecksum().getValue();
            if (new DataInputStream(in).readInt() != crc) {
                throw new IndexSnapshotException("corrupt snapshot: its stamp's checksum disagrees");
            }
            return new Stamp(MemoryName.parse(name), generation, Instant.ofEpochSecond(seconds, nanos));
        } catch (EOFException e) {
            throw new IndexSnapshotException("truncated snapshot", e);
        } catch (java.io.UTFDataFormatException | IllegalArgumentException | java.time.DateTimeException e) {
            throw new IndexSnapshotException("corrupt snapshot: " + e.getMessage(), e);
        }
    }
}
