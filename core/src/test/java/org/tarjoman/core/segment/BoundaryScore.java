package org.tarjoman.core.segment;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Sentence-boundary precision and recall. A boundary is the offset where a sentence other than
 * the first of its paragraph starts, so paragraph ends, which every system gets for free, do not
 * inflate the score.
 */
record BoundaryScore(int correct, int predicted, int gold) {

    static final BoundaryScore NONE = new BoundaryScore(0, 0, 0);

    /** Scores one paragraph made of {@code sentences} joined by single spaces. */
    static BoundaryScore of(SentenceSegmenter segmenter, List<String> sentences) {
        String paragraph = String.join(" ", sentences);
        Set<Integer> goldStarts = new HashSet<>();
        int offset = 0;
        for (int i = 0; i < sentences.size(); i++) {
            if (i > 0) {
                goldStarts.add(offset);
            }
            offset += sentences.get(i).length() + 1;
        }
        List<Span> spans = segmenter.split(paragraph);
        int correct = 0;
        for (int i = 1; i < spans.size(); i++) {
            if (goldStarts.contains(spans.get(i).start())) {
                correct++;
            }
        }
        return new BoundaryScore(correct, Math.max(0, spans.size() - 1), goldStarts.size());
    }

    BoundaryScore plus(BoundaryScore other) {
        return new BoundaryScore(correct + other.correct, predicted + other.predicted, gold + other.gold);
    }

    double precision() {
        return predicted == 0 ? 1.0 : (double) correct / predicted;
    }

    double recall() {
        return gold == 0 ? 1.0 : (double) correct / gold;
    }

    double f1() {
        double p = precision();
        double r = recall();
        return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }
}
