package org.tarjoman.memory.tmx;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * One {@code <tu>} as read, before any language is chosen.
 *
 * @param index      1-based position of the {@code tu} in the file
 * @param line       line of its start tag
 * @param tuid       its {@code tuid}, or {@code null}
 * @param provenance its creation/change attributes and usage count
 * @param properties its {@code <prop>}s by type (the first of each type), e.g. {@code x-context-prev}
 * @param variants   its {@code tuv}s in file order
 * @param problems   what is wrong with the {@code tu} itself (a bad date or count); problems of a
 *                   {@code tuv} are on the variant, so a broken German variant does not spoil fa→en
 */
public record TmxEntry(int index, int line, String tuid, Provenance provenance, Map<String, String> properties,
                       List<TmxVariant> variants, List<String> problems) {

    public TmxEntry {
        properties = Map.copyOf(properties);
        variants = List.copyOf(variants);
        problems = List.copyOf(problems);
    }

    /** The admin attributes shared by {@code tu} and {@code tuv}; any may be {@code null}. */
    public record Provenance(String creationId, Instant creationDate, String changeId, Instant changeDate,
                             Integer usageCount) {
    }
}
