package org.tarjoman.api.account;

import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.stream.Collectors;

/** A short list stored as one comma-separated column (roles, languages, scopes): read whole, never queried by element. */
final class ListColumn {

    private ListColumn() {
    }

    static List<String> read(String column) {
        return column == null || column.isBlank() ? List.of()
                : Arrays.stream(column.split(",")).map(String::strip).filter(s -> !s.isEmpty()).toList();
    }

    static String write(Collection<String> values) {
        return values.stream().sorted().collect(Collectors.joining(","));
    }
}
