package org.tarjoman.api.glossary;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.Converter;

import com.fasterxml.jackson.core.type.TypeReference;

import org.hibernate.annotations.Immutable;
import org.tarjoman.api.persistence.JsonColumn;

/** A term's alternative or forbidden translations as a JSON array ({@code ["Majlis","parliament"]}); NULL for none. */
@ApplicationScoped
@Converter
@Immutable
public class TranslationsColumn extends JsonColumn<List<String>> {

    public TranslationsColumn() {
        super(new TypeReference<>() {
        });
    }

    @Override
    protected List<String> absent() {
        return List.of();
    }

    @Override
    protected boolean isAbsent(List<String> value) {
        return value == null || value.isEmpty();
    }

    @Override
    protected List<String> frozen(List<String> value) {
        return List.copyOf(value);
    }
}
