package org.tarjoman.api.job;

import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;

import org.tarjoman.api.glossary.GlossaryPair;
import org.tarjoman.api.glossary.TermIndexes;
import org.tarjoman.core.glossary.TermIndex;
import org.tarjoman.core.glossary.TermMatch;
import org.tarjoman.core.qa.Finding;
import org.tarjoman.core.qa.SegmentCheck;
import org.tarjoman.core.qa.TargetLanguage;

/**
 * Core's QA checks ({@link SegmentCheck}) on a stored segment and a target, with the glossary terms
 * recognised in its source (TERM_MISSING, TERM_FORBIDDEN). A task in a language QA has no rules for
 * (the configured targets may grow beyond en and ru) gets no findings rather than an error: a save
 * must not fail for want of a check.
 */
@ApplicationScoped
public class SegmentQa {

    private final SegmentCheck check = new SegmentCheck();
    private final TermIndexes glossaries;

    SegmentQa(TermIndexes glossaries) {
        this.glossaries = glossaries;
    }

    public List<Finding> check(SegmentEntity segment, String target, String language) {
        return check(segment, target, language, terms(language));
    }

    /** The glossary terms of a task's language as they are now: a report reads it once for all its segments. */
    public TermIndex terms(String language) {
        GlossaryPair pair = GlossaryPair.forTarget(language);
        return pair == null ? TermIndex.empty() : glossaries.index(pair);
    }

    public List<Finding> check(SegmentEntity segment, String target, String language, TermIndex terms) {
        Optional<TargetLanguage> rules = TargetLanguage.find(language);
        if (rules.isEmpty()) {
            return List.of();
        }
        return check.check(segment.source, target == null ? "" : target, rules.get(),
                TermMatch.toTermHits(terms.findInTagged(segment.source), rules.get()));
    }
}
