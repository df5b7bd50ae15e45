package org.tarjoman.api.job;

import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;

import org.tarjoman.core.qa.Finding;
import org.tarjoman.core.qa.SegmentCheck;
import org.tarjoman.core.qa.TargetLanguage;

/**
 * Core's QA checks ({@link SegmentCheck}) on a stored segment and a target. A task in a language
 * QA has no rules for (the configured targets may grow beyond en and ru) gets no findings rather than
 * an error: a save must not fail for want of a check.
 */
@ApplicationScoped
public class SegmentQa {

    private final SegmentCheck check = new SegmentCheck();

    public List<Finding> check(SegmentEntity segment, String target, String language) {
        Optional<TargetLanguage> rules = TargetLanguage.find(language);
        return rules.isEmpty() ? List.of() : check.check(segment.source, target == null ? "" : target, rules.get());
    }
}
