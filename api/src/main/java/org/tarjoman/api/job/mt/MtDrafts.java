package org.tarjoman.api.job.mt;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.tarjoman.api.job.InvalidTranslation;
import org.tarjoman.api.job.MachineDraft;
import org.tarjoman.api.job.SaveRules;
import org.tarjoman.api.job.SegmentEntity;
import org.tarjoman.api.job.TaskSnapshot;
import org.tarjoman.api.job.TaskStatus;
import org.tarjoman.api.job.TranslationEntity;
import org.tarjoman.api.job.TranslationSaves;
import org.tarjoman.api.mt.MtOutcome;

/**
 * Writes what the engines answered for a claimed batch, under the job's lock: a translation becomes the
 * segment's MT draft only if the segment is as it was when MT was requested (same version, no target, not
 * confirmed), else the item is skipped and the person's work stays; an answer that breaks the save rules
 * (the source's inline codes, XML characters, length) is a failure like an engine's, the segment untouched.
 * A task closed or done meanwhile takes nothing more.
 */
@ApplicationScoped
public class MtDrafts {

    private final MtQueue queue;
    private final TranslationSaves saves;

    MtDrafts(MtQueue queue, TranslationSaves saves) {
        this.queue = queue;
        this.saves = saves;
    }

    /** Whether the translation is still as it was when its item was queued. */
    static boolean untouched(TranslationEntity translation, MtQueue.Item item) {
        return translation.version == item.translationVersion() && translation.target == null
                && !translation.status.confirmed();
    }

    /** Records the outcomes ({@code null} for an item not sent, its segment changed meanwhile) of a batch. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void apply(TaskSnapshot snapshot, MtQueue.Batch batch, List<MtOutcome> outcomes) {
        Set<Long> held = queue.stillHeld(batch);
        boolean closed = snapshot.task().closedReason != null || snapshot.task().status == TaskStatus.DONE;
        List<MachineDraft> drafts = new ArrayList<>();
        for (int i = 0; i < batch.items().size(); i++) {
            MtQueue.Item item = batch.items().get(i);
            if (!held.contains(item.id())) {
                continue;
            }
            SegmentEntity segment = snapshot.segment(item.segmentId());
            TranslationEntity translation = snapshot.translation(segment);
            MtOutcome outcome = outcomes.get(i);
            if (closed) {
                queue.finish(item, MtItemState.SKIPPED, null, "The task is done or closed; nothing more is written into it.");
            } else if (outcome == null || !untouched(translation, item)) {
                queue.finish(item, MtItemState.SKIPPED, null, "Saved by a person meanwhile; kept as they left it.");
            } else if (outcome instanceof MtOutcome.Translated translated) {
                try {
                    String target = SaveRules.target(translated.target());
                    if (target == null) {
                        throw new InvalidTranslation("The engine answered with an empty target.");
                    }
                    SaveRules.targetCodes(segment, target);
                    drafts.add(new MachineDraft(segment, target, translated.engine(), translated.model()));
                    queue.finish(item, MtItemState.DONE, translated.engine(), null);
                } catch (InvalidTranslation refused) {
                    queue.finish(item, MtItemState.FAILED, translated.engine(), refused.getMessage());
                }
            } else if (outcome instanceof MtOutcome.Failed failed) {
                queue.finish(item, MtItemState.FAILED, failed.engine(), failed.reason());
            }
        }
        saves.applyPretranslation(snapshot, drafts);
    }
}
