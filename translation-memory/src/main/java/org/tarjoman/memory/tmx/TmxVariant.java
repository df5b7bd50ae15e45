package org.tarjoman.memory.tmx;

import java.util.List;
import java.util.Map;

/**
 * One {@code <tuv>}: its language tag as written ({@code xml:lang}, or the deprecated {@code lang}),
 * its segment and admin data.
 *
 * @param segment  the {@code seg} content, or {@code null} when {@code problems} says why it is unusable
 * @param problems what makes this variant unusable (no language, no {@code seg}, bad inline codes)
 */
public record TmxVariant(String language, int line, TmxSegment segment, TmxEntry.Provenance provenance,
                         Map<String, String> properties, List<String> problems) {

    public TmxVariant {
        properties = Map.copyOf(properties);
        problems = List.copyOf(problems);
    }
}
