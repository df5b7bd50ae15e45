package org.tarjoman.api.job;

import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;

import org.tarjoman.api.job.JobViews.AnalysisView;

/** Words per {@link MatchBand} of one task, counted at job creation and stored with the task ({@link AnalysisColumn}). */
final class Analysis {

    private final Map<MatchBand, Integer> words = new EnumMap<>(MatchBand.class);

    void add(MatchBand band, int count) {
        words.merge(band, count, Integer::sum);
    }

    int words(MatchBand band) {
        return words.getOrDefault(band, 0);
    }

    /** The counts as the task stores them. */
    Map<MatchBand, Integer> bands() {
        return Collections.unmodifiableMap(new EnumMap<>(words));
    }

    static Analysis of(Map<MatchBand, Integer> bands) {
        Analysis analysis = new Analysis();
        bands.forEach(analysis::add);
        return analysis;
    }

    AnalysisView view() {
        int total = words.values().stream().mapToInt(Integer::intValue).sum();
        return new AnalysisView(words(MatchBand.IN_CONTEXT), words(MatchBand.EXACT), words(MatchBand.REPETITION),
                words(MatchBand.FUZZY_95), words(MatchBand.FUZZY_85), words(MatchBand.FUZZY_75),
                words(MatchBand.FUZZY_50), words(MatchBand.NEW), words(MatchBand.MACHINE_TRANSLATION), total);
    }
}
