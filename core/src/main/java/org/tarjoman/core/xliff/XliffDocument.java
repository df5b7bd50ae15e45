package org.tarjoman.core.xliff;

import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;

import org.tarjoman.core.document.SourceFormat;

/**
 * One task as an XLIFF file: one {@code file} element, one group per block, one unit per segment.
 *
 * @param fileName       the original's name ({@code original} in 1.2, {@code file id}-independent in 2.x)
 * @param format         what the original was; the 1.2 {@code datatype}
 * @param sourceLanguage BCP 47 tag, {@code fa}
 * @param targetLanguage BCP 47 tag, {@code en} or {@code ru}
 * @param notes          notes on the whole file (the job's title…)
 * @param groups         blocks in reading order
 * @param version        the version a read file declared; the writer takes the version it is asked for
 */
public record XliffDocument(String fileName, SourceFormat format, String sourceLanguage, String targetLanguage,
                            List<String> notes, List<XliffGroup> groups, XliffVersion version) {

    public XliffDocument {
        Objects.requireNonNull(fileName, "fileName");
        Objects.requireNonNull(format, "format");
        Objects.requireNonNull(sourceLanguage, "sourceLanguage");
        notes = List.copyOf(notes);
        groups = List.copyOf(groups);
    }

    /** All units in file order. */
    public Stream<XliffUnit> units() {
        return groups.stream().flatMap(g -> g.units().stream());
    }
}
