package org.tarjoman.api.job;

import java.util.EnumMap;
import java.util.Map;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.tarjoman.api.job.JobViews.AnalysisView;

/** Words per {@link MatchBand} of one task; stored with the task as JSON. */
final class Analysis {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final TypeReference<Map<MatchBand, Integer>> BANDS = new TypeReference<>() {
    };

    private final Map<MatchBand, Integer> words = new EnumMap<>(MatchBand.class);

    void add(MatchBand band, int count) {
        words.merge(band, count, Integer::sum);
    }

    int words(MatchBand band) {
        return words.getOrDefault(band, 0);
    }

    String toJson() {
        try {
            return JSON.writeValueAsString(words);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    static Analysis fromJson(String json) {
        Analysis analysis = new Analysis();
        try {
            JSON.readValue(json, BANDS).forEach(analysis::add);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("stored analysis is not valid JSON", e);
        }
        return analysis;
    }

    AnalysisView view() {
        int total = words.values().stream().mapToInt(Integer::intValue).sum();
        return new AnalysisView(words(MatchBand.IN_CONTEXT), words(MatchBand.EXACT), words(MatchBand.REPETITION),
                words(MatchBand.FUZZY_95), words(MatchBand.FUZZY_85), words(MatchBand.FUZZY_75),
                words(MatchBand.FUZZY_50), words(MatchBand.NEW), total);
    }
}
