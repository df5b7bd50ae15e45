package org.tarjoman.api.memory;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;

import org.tarjoman.api.persistence.Columns;

/**
 * Which units of a memory a coordinator means, for search, deletion, find-and-replace and statistics.
 * Every part is optional and all given parts must hold:
 * <ul>
 *   <li>{@code source}, {@code target}: a phrase the unit's text contains, Persian spelling variants
 *       folded as concordance folds them (ي/ی, ك/ک, ZWNJ or none, digits, case);</li>
 *   <li>{@code author}, {@code origin}: exactly these (an account or key name; a job, a TMX file, {@code api});</li>
 *   <li>{@code from}, {@code to}: ISO dates, both days included, of the day (UTC) the unit was last
 *       confirmed ({@code changed_at}; its creation for one never confirmed again).</li>
 * </ul>
 * Made once from the request by {@link #parse}; a part that cannot be understood is an
 * {@link InvalidMemoryRequest} (400) naming it.
 */
public record UnitFilter(String source, String target, String author, LocalDate from, LocalDate to, String origin) {

    /** No filter at all: every unit of the memory. */
    public static final UnitFilter ALL = new UnitFilter(null, null, null, null, null, null);

    public static UnitFilter parse(String source, String target, String author, String from, String to, String origin) {
        LocalDate first = date("from", from);
        LocalDate last = date("to", to);
        if (first != null && last != null && first.isAfter(last)) {
            throw new InvalidMemoryRequest("from (" + first + ") is after to (" + last + ").");
        }
        return new UnitFilter(text("source", source, Columns.TEXT), text("target", target, Columns.TEXT),
                text("author", author, Columns.NAME), first, last, text("origin", origin, Columns.NAME));
    }

    /** Whether the filter names no unit in particular, so that it means the whole memory. */
    public boolean isEmpty() {
        return source == null && target == null && author == null && from == null && to == null && origin == null;
    }

    /** The first instant the filter takes, or null. */
    Instant fromInstant() {
        return from == null ? null : from.atStartOfDay(ZoneOffset.UTC).toInstant();
    }

    /** The first instant after the last day the filter takes, or null. */
    Instant toExclusive() {
        return to == null ? null : to.plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant();
    }

    /** The filter as a coordinator wrote it, for the audit log: {@code source="…" author=sara}. */
    public String describe() {
        List<String> parts = new ArrayList<>();
        add(parts, "source", source);
        add(parts, "target", target);
        add(parts, "author", author);
        add(parts, "from", from);
        add(parts, "to", to);
        add(parts, "origin", origin);
        return parts.isEmpty() ? "all units" : String.join(" ", parts);
    }

    private static void add(List<String> parts, String name, Object value) {
        if (value != null) {
            parts.add(name + "=\"" + value + "\"");
        }
    }

    private static String text(String name, String value, int max) {
        if (value == null || value.isBlank()) {
            return null;
        }
        if (value.length() > max) {
            throw new InvalidMemoryRequest(name + " is longer than " + max + " characters.");
        }
        return value.strip();
    }

    private static LocalDate date(String name, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(value.strip());
        } catch (DateTimeParseException e) {
            throw new InvalidMemoryRequest(name + " must be an ISO date such as 2026-11-30, not '" + value + "'.");
        }
    }
}
