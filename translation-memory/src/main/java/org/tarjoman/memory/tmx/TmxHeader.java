package org.tarjoman.memory.tmx;

import java.util.Map;

/**
 * The {@code <header>} of a TMX file, attributes as written (any may be {@code null} in a lax file);
 * {@code srcLang} may be {@code *all*}. Properties are the header's {@code <prop>}s by type.
 */
public record TmxHeader(String srcLang, String creationTool, String creationToolVersion, String segType,
                        String oTmf, String adminLang, String dataType, Map<String, String> properties) {

    public TmxHeader {
        properties = Map.copyOf(properties);
    }
}
