package org.tarjoman.api.job;

import java.util.List;
import java.util.Objects;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import io.micrometer.core.annotation.Timed;

import org.tarjoman.api.job.JobViews.SegmentView;
import org.tarjoman.core.document.InlineCode;

/**
 * A translator's or reviewer's save of one segment: the version they read must still be current
 * (optimistic locking), the task open and theirs ({@link TaskAccess}), the move allowed
 * ({@link SaveRules}); then the save takes
 * the one write path ({@link TranslationSaves}) and answers with the saved target's QA findings.
 */
@ApplicationScoped
public class SegmentEdits {

    private final TranslationSaves saves;

    SegmentEdits(TranslationSaves saves) {
        this.saves = saves;
    }

    @Transactional
    @Timed(value = "tarjoman.segment.save", description = "Time to save one segment's translation")
    public SegmentView save(long jobId, String language, long segmentId, SegmentEdit edit, Actor actor) {
        TaskSnapshot snapshot = TaskSnapshot.locked(jobId, language);
        SegmentEntity segment = snapshot.segment(segmentId);
        TranslationEntity translation = snapshot.translation(segment);
        if (edit.version() != translation.version) {
            throw new StaleVersion(SegmentView.of(segment, translation, null), edit.version());
        }
        if (snapshot.task().closedReason != null) {
            throw new TaskClosed(snapshot.task(), "");
        }
        Role role = TaskAccess.claim(snapshot.task(), actor);
        String target = SaveRules.target(edit.target());
        SaveRules.checkMove(role, translation.status, edit.status(), target);
        List<InlineCode> codes = SaveRules.targetCodes(segment, target);
        TranslationChange change = Objects.equals(target, translation.target)
                ? new TranslationChange(segment, target, codes, edit.status(), translation.origin, translation.score)
                : changedText(segment, target, codes, edit, translation);
        SavedTranslations saved = saves.apply(snapshot, List.of(change), actor.user());
        return SegmentView.of(segment, translation, null)
                .withFindings(QaViews.FindingView.of(segment.id, saved.findingsOf(segment)));
    }

    /**
     * A new target is the person's own (HUMAN) unless it is a suggestion taken as is: the client says
     * so for a memory or machine match, and the match offered at pre-translation is recognised here.
     */
    private static TranslationChange changedText(SegmentEntity segment, String target, List<InlineCode> codes,
                                                 SegmentEdit edit, TranslationEntity translation) {
        if (edit.claimedOrigin() == Origin.TM || edit.claimedOrigin() == Origin.MT) {
            return new TranslationChange(segment, target, codes, edit.status(), edit.claimedOrigin(), edit.score());
        }
        if (target != null && target.equals(translation.offeredTarget)) {
            return new TranslationChange(segment, target, codes, edit.status(), Origin.TM, translation.offeredScore);
        }
        return new TranslationChange(segment, target, codes, edit.status(), Origin.HUMAN, null);
    }
}
