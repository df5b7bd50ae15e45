package org.tarjoman.api.job;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.tarjoman.core.glossary.TermIndex;
import org.tarjoman.core.qa.Finding;

/**
 * What {@link TranslationSaves#apply} saved, with the QA findings of each saved target on demand:
 * the editor's save shows them at once, while an XLIFF import of thousands of units does not pay
 * for checks nobody reads yet (a full check costs some 0.4 ms CPU per news paragraph).
 */
public final class SavedTranslations {

    static final SavedTranslations NONE = new SavedTranslations(List.of(), "", null);

    private final List<TranslationChange> changes;
    private final String language;
    private final SegmentQa qa;
    private final Map<Long, List<Finding>> findings = new HashMap<>();
    /** The glossary as of the first check, read once for all the changes (each read is a database round trip). */
    private TermIndex terms;

    SavedTranslations(List<TranslationChange> changes, String language, SegmentQa qa) {
        this.changes = changes;
        this.language = language;
        this.qa = qa;
    }

    /** The changes saved, in the order given. */
    public List<TranslationChange> changes() {
        return changes;
    }

    /** The findings of the target saved for {@code segment}; empty if it was not saved here. */
    public List<Finding> findingsOf(SegmentEntity segment) {
        return changes.stream()
                .filter(change -> change.segment().id.equals(segment.id))
                .findFirst()
                .map(this::findingsOf)
                .orElse(List.of());
    }

    /** The findings of one of {@link #changes()}: a caller going through them all pays one check each. */
    public List<Finding> findingsOf(TranslationChange change) {
        if (terms == null) {
            terms = qa.terms(language);
        }
        return findings.computeIfAbsent(change.segment().id,
                id -> qa.check(change.segment(), change.target(), language, terms));
    }
}
