package org.tarjoman.core.glossary;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.tarjoman.core.qa.TargetLanguage;
import org.tarjoman.core.qa.TermHit;

/**
 * A glossary term found in a segment's source: {@code [start, end)} in its plain text covers the term
 * with its ending ({@code وزارت‌های}), {@code text} is what is written there, {@code terms} the entries
 * whose source has this key (several when two entries share a spelling, or per target language).
 */
public record TermMatch(int start, int end, String text, List<GlossaryTerm> terms) {

    public TermMatch {
        terms = List.copyOf(terms);
    }

    /** The entries for {@code language}, in glossary order. */
    public List<GlossaryTerm> termsFor(TargetLanguage language) {
        return terms.stream().filter(term -> term.language() == language).toList();
    }

    /**
     * What QA checks for {@code language}: every entry's preferred translation then its alternatives
     * (each once), and every forbidden one; empty when no entry has this target language.
     */
    public Optional<TermHit> toTermHit(TargetLanguage language) {
        List<GlossaryTerm> entries = termsFor(language);
        if (entries.isEmpty()) {
            return Optional.empty();
        }
        Set<String> allowed = new LinkedHashSet<>();
        entries.forEach(term -> allowed.add(term.preferred()));
        entries.forEach(term -> allowed.addAll(term.alternatives()));
        Set<String> forbidden = new LinkedHashSet<>();
        entries.forEach(term -> forbidden.addAll(term.forbidden()));
        forbidden.removeAll(allowed);
        return Optional.of(new TermHit(start, end, entries.get(0).source(), new ArrayList<>(allowed),
                new ArrayList<>(forbidden)));
    }

    /** The hits QA needs for {@code language} from a segment's matches. */
    public static List<TermHit> toTermHits(List<TermMatch> matches, TargetLanguage language) {
        return matches.stream().flatMap(match -> match.toTermHit(language).stream()).toList();
    }
}
