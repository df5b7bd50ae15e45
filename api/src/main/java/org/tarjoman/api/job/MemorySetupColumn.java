package org.tarjoman.api.job;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.Converter;

import com.fasterxml.jackson.core.type.TypeReference;

import org.hibernate.annotations.Immutable;
import org.tarjoman.api.persistence.JsonColumn;

/** A task's memory setup as JSON ({@code {"read":[{"name":"fa-en-sport","penalty":0}],"write":"fa-en-sport"}}); NULL for none. */
@ApplicationScoped
@Converter
@Immutable
public class MemorySetupColumn extends JsonColumn<MemorySetup> {

    public MemorySetupColumn() {
        super(new TypeReference<>() {
        });
    }

    @Override
    protected MemorySetup absent() {
        return null;
    }

    @Override
    protected MemorySetup frozen(MemorySetup setup) {
        return setup;
    }
}
