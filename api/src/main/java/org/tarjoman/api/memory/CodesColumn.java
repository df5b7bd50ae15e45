package org.tarjoman.api.memory;

import java.util.List;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.tarjoman.core.document.InlineCode;

/**
 * The native markup of a unit's inline codes ({@code <b>} behind {@code <g id="1">}), stored as JSON
 * beside the tagged text so that a TMX export gives back exactly what was imported.
 */
public final class CodesColumn {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final TypeReference<List<InlineCode>> CODES = new TypeReference<>() {
    };

    private CodesColumn() {
    }

    public static String write(List<InlineCode> codes) {
        if (codes == null || codes.isEmpty()) {
            return null;
        }
        try {
            return JSON.writeValueAsString(codes);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("inline codes cannot be written as JSON", e);
        }
    }

    public static List<InlineCode> read(String json) {
        if (json == null || json.isEmpty()) {
            return List.of();
        }
        try {
            return JSON.readValue(json, CODES);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("stored inline codes are not valid JSON", e);
        }
    }
}
