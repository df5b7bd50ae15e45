package org.tarjoman.api.job;

import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.Converter;

import com.fasterxml.jackson.core.type.TypeReference;

import org.hibernate.annotations.Immutable;
import org.tarjoman.api.persistence.JsonColumn;

/** A task's words per match band, stored as JSON ({@code {"EXACT":12,"NEW":40}}). */
@ApplicationScoped
@Converter
@Immutable
public class AnalysisColumn extends JsonColumn<Map<MatchBand, Integer>> {

    public AnalysisColumn() {
        super(new TypeReference<>() {
        });
    }

    @Override
    protected Map<MatchBand, Integer> absent() {
        return Map.of();
    }

    @Override
    protected Map<MatchBand, Integer> frozen(Map<MatchBand, Integer> words) {
        return Collections.unmodifiableMap(words.isEmpty() ? words : new EnumMap<>(words));
    }
}
