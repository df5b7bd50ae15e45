package org.tarjoman.core.document;

import java.util.List;
import java.util.Objects;

/** A paragraph or heading of an article, holding its segments in reading order. */
public record Block(int index, BlockType type, List<Segment> segments) {

    public Block {
        Objects.requireNonNull(type, "type");
        segments = List.copyOf(segments);
    }

    public int words() {
        return segments.stream().mapToInt(Segment::words).sum();
    }
}
