package org.tarjoman.api.job;

import java.util.ArrayList;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.tarjoman.api.job.QaViews.FindingView;
import org.tarjoman.api.job.QaViews.QaReport;
import org.tarjoman.core.glossary.TermIndex;
import org.tarjoman.core.qa.Finding;
import org.tarjoman.core.qa.Severity;

/**
 * A task's QA report: the findings of every segment someone or something has translated, in article
 * order; and the findings of a draft target, unsaved. A segment still NEW with no target is not
 * started, so it has nothing to report (the task's status already says it is not done). The
 * glossary's terms are read once for a whole report.
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
            findings.addAll(FindingView.of(segment.id, findings(snapshot, segment, terms)));
        }
        return new QaReport(findings);
    }

    /**
     * The findings a target would have if saved, saving nothing: the editor asks as the translator types.
     * Reads the one segment, not the task, since it runs on every pause in typing.
     */
    @Transactional
    public QaReport draft(long jobId, String language, long segmentId, String target) {
        TaskEntity task = TaskEntity.require(JobEntity.require(jobId).id, language);
        SegmentEntity segment = SegmentEntity.require(jobId, segmentId);
        return new QaReport(FindingView.of(segment.id, qa.check(segment, target, task.language)));
    }

    /** How many error findings the report of the task, as the snapshot holds it now, has. */
    int errors(TaskSnapshot snapshot) {
        TermIndex terms = qa.terms(snapshot.task().language);
        int errors = 0;
        for (SegmentEntity segment : snapshot.segments()) {
            for (Finding finding : findings(snapshot, segment, terms)) {
                errors += finding.severity() == Severity.ERROR ? 1 : 0;
            }
        }
        return errors;
    }

    private List<Finding> findings(TaskSnapshot snapshot, SegmentEntity segment, TermIndex terms) {
        TranslationEntity translation = snapshot.translation(segment);
        if (translation.status == TranslationStatus.NEW && translation.target == null) {
            return List.of();
        }
        return qa.check(segment, translation.target, snapshot.task().language, terms);
    }
}
