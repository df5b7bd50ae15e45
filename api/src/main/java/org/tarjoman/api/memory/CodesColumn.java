package org.tarjoman.api.memory;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.Converter;

import com.fasterxml.jackson.core.type.TypeReference;

import org.hibernate.annotations.Immutable;
import org.tarjoman.api.persistence.JsonColumn;
import org.tarjoman.core.document.InlineCode;

/**
 * The native markup of inline codes ({@code <b>} behind {@code <g id="1">}), stored as JSON beside
 * the tagged text, so that a TMX or HTML export gives back exactly what came in. No codes: NULL.
 */
@ApplicationScoped
@Converter
@Immutable
public class CodesColumn extends JsonColumn<List<InlineCode>> {

    public CodesColumn() {
        super(new TypeReference<>() {
        });
    }

    @Override
    protected List<InlineCode> absent() {
        return List.of();
    }

    @Override
    protected boolean isAbsent(List<InlineCode> codes) {
        return codes == null || codes.isEmpty();
    }

    @Override
    protected List<InlineCode> frozen(List<InlineCode> codes) {
        return List.copyOf(codes);
    }
}
