package org.tarjoman.api.job;

import java.util.ArrayList;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.tarjoman.api.job.QaViews.FindingView;
import org.tarjoman.api.job.QaViews.QaReport;
import org.tarjoman.core.glossary.TermIndex;

/**
 * A task's QA report: the findings of every segment someone or something has translated, in article
 * order. A segment still NEW with no target is not started, so it has nothing to report (the task's
 * status already says it is not done). The glossary's terms are read once for the whole report.
 */
@ApplicationScoped
public class TaskQa {

    private final SegmentQa qa;

    TaskQa(SegmentQa qa) {
        this.qa = qa;
    }

    @Transactional
    public QaReport report(long jobId, String language) {
        TaskSnapshot snapshot = TaskSnapshot.of(jobId, language);
        TermIndex terms = qa.terms(snapshot.task().language);
        List<FindingView> findings = new ArrayList<>();
        for (SegmentEntity segment : snapshot.segments()) {
            TranslationEntity translation = snapshot.translation(segment);
            if (translation.status != TranslationStatus.NEW || translation.target != null) {
                findings.addAll(FindingView.of(segment.id, qa.check(segment, translation.target, snapshot.task().language, terms)));
            }
        }
        return new QaReport(findings);
    }
}
