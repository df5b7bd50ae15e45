package org.tarjoman.core.document;

import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;

/** A segmented article: blocks (headings, paragraphs) of segments, in reading order. */
public record Document(String language, SourceFormat format, List<Block> blocks) {

    public Document {
        Objects.requireNonNull(language, "language");
        Objects.requireNonNull(format, "format");
        blocks = List.copyOf(blocks);
    }

    public int words() {
        return blocks.stream().mapToInt(Block::words).sum();
    }

    /** All segments in reading order; their position in this stream is the segment's ordinal. */
    public Stream<Segment> segments() {
        return blocks.stream().flatMap(b -> b.segments().stream());
    }

    public int segmentCount() {
        return blocks.stream().mapToInt(b -> b.segments().size()).sum();
    }
}
