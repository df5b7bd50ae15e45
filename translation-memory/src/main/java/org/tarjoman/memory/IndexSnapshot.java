package org.tarjoman.memory;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UTFDataFormatException;
import java.util.zip.CRC32;
import java.util.zip.CheckedInputStream;
import java.util.zip.CheckedOutputStream;

/**
 * A {@link MatchIndex} written to a stream and read back, so a node need not rebuild a large index from
 * the store at every start. The layout:
 * <pre>
 *   header: magic "TJIX", format version, pair source, pair target, live units, body bytes, CRC32 of the header
 *   body:   the index's parts, each array as its length then its elements
 *   CRC32 of the body
 * </pre>
 * The header is checked before the body is read (its body length bounds every array the body may
 * ask for); the body's checksum at its end. A snapshot that fails either, ends early, is of another
 * format version or of another pair is refused with an {@link IndexSnapshotException}. Writing
 * serializes the body twice, the first time only to count its bytes: cheaper than holding a second
 * copy of a large index in memory.
 */
final class IndexSnapshot {

    static final int MAGIC = 0x544A4958; // "TJIX"
    /** Bump on any change of what a part writes. */
    static final int FORMAT_VERSION = 2;

    private IndexSnapshot() {
    }

    static void write(MatchIndex index, LanguagePair pair, OutputStream target) throws IOException {
        CountingStream counter = new CountingStream();
        index.writeTo(new SnapshotOutput(counter));
        ByteArrayOutputStream header = new ByteArrayOutputStream();
        DataOutputStream fields = new DataOutputStream(header);
        fields.writeInt(MAGIC);
        fields.writeInt(FORMAT_VERSION);
        fields.writeUTF(pair.source());
        fields.writeUTF(pair.target());
        fields.writeInt(index.size());
        fields.writeLong(counter.count);
        CRC32 headerCrc = new CRC32();
        headerCrc.update(header.toByteArray());
        fields.writeInt((int) headerCrc.getValue());

        BufferedOutputStream buffered = new BufferedOutputStream(target, 1 << 16);
        buffered.write(header.toByteArray());
        CheckedOutputStream body = new CheckedOutputStream(buffered, new CRC32());
        SnapshotOutput out = new SnapshotOutput(body);
        index.writeTo(out);
        out.flush();
        new DataOutputStream(buffered).writeInt((int) body.getChecksum().getValue());
        buffered.flush();
    }

    static MatchIndex read(InputStream source, LanguagePair expected) throws IOException {
        try {
            return readChecked(source, expected);
        } catch (EOFException e) {
            throw new IndexSnapshotException("truncated snapshot", e);
        } catch (UTFDataFormatException e) {
            throw new IndexSnapshotException("corrupt snapshot: its pair is no text", e);
        } catch (IndexSnapshotException e) {
            throw e;
        } catch (RuntimeException e) {
            // the checksums make this unlikely, a bug more likely: either way the snapshot is unusable
            throw new IndexSnapshotException("unreadable snapshot: " + e, e);
        }
    }

    private static MatchIndex readChecked(InputStream source, LanguagePair expected) throws IOException {
        BufferedInputStream buffered = new BufferedInputStream(source, 1 << 16);
        CheckedInputStream headerBytes = new CheckedInputStream(buffered, new CRC32());
        DataInputStream header = new DataInputStream(headerBytes);
        if (header.readInt() != MAGIC) {
            throw new IndexSnapshotException("not an index snapshot");
        }
        int version = header.readInt();
        if (version != FORMAT_VERSION) {
            throw new IndexSnapshotException("snapshot format " + version + ", this version reads " + FORMAT_VERSION);
        }
        String sourceLanguage = header.readUTF();
        String targetLanguage = header.readUTF();
        int units = header.readInt();
        long bodyBytes = header.readLong();
        long headerCrc = headerBytes.getChecksum().getValue();
        if (header.readInt() != (int) headerCrc) {
            throw new IndexSnapshotException("corrupt snapshot: its header's checksum disagrees");
        }
        if (!expected.source().equals(sourceLanguage) || !expected.target().equals(targetLanguage)) {
            throw new IndexSnapshotException("snapshot of " + sourceLanguage + "-" + targetLanguage
                    + ", not of " + expected);
        }
        CheckedInputStream bodyBytesIn = new CheckedInputStream(buffered, new CRC32());
        SnapshotInput in = new SnapshotInput(bodyBytesIn, bodyBytes);
        MatchIndex index = MatchIndex.readFrom(in);
        long bodyCrc = bodyBytesIn.getChecksum().getValue();
        if (in.remaining() != 0 || new DataInputStream(buffered).readInt() != (int) bodyCrc) {
            throw new IndexSnapshotException("corrupt snapshot: its body's checksum disagrees");
        }
        if (index.size() != units) {
            throw new IndexSnapshotException("corrupt snapshot: " + index.size() + " units where the header says " + units);
        }
        return index;
    }

    /** Counts what is written to it and keeps nothing. */
    private static final class CountingStream extends OutputStream {
        long count;

        @Override
        public void write(int b) {
            count++;
        }

        @Override
        public void write(byte[] b, int off, int len) {
            count += len;
        }
    }
}
