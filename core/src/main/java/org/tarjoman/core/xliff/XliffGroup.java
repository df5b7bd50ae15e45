package org.tarjoman.core.xliff;

import java.util.List;
import java.util.Objects;

import org.tarjoman.core.document.BlockType;

/** A block of the article (heading or paragraph) and its units, a {@code group} in the file. */
public record XliffGroup(String id, BlockType type, List<XliffUnit> units) {

    public XliffGroup {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(type, "type");
        units = List.copyOf(units);
    }
}
