package org.tarjoman.api.job.xliff;

import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.tarjoman.api.job.Actor;
import org.tarjoman.api.job.InvalidTranslation;
import org.tarjoman.api.job.JobEntity;
import org.tarjoman.api.job.Origin;
import org.tarjoman.api.job.Role;
import org.tarjoman.api.job.QaViews.FindingView;
import org.tarjoman.api.job.SaveRules;
import org.tarjoman.api.job.SavedTranslations;
import org.tarjoman.api.job.SegmentEntity;
import org.tarjoman.api.job.StatusMoveRefused;
import org.tarjoman.api.job.TaskAccess;
import org.tarjoman.api.job.TaskClosed;
import org.tarjoman.api.job.TaskEntity;
import org.tarjoman.api.job.TaskSnapshot;
import org.tarjoman.api.job.TranslationChange;
import org.tarjoman.api.job.TranslationEntity;
import org.tarjoman.api.job.TranslationHistoryEntity;
import org.tarjoman.api.job.TranslationSaves;
import org.tarjoman.api.job.TranslationStatus;
import org.tarjoman.api.job.xliff.XliffImportView.Conflict;
import org.tarjoman.api.job.xliff.XliffImportView.Rejected;
import org.tarjoman.api.job.xliff.XliffImportView.UnitFindings;
import org.tarjoman.core.document.InlineCode;
import org.tarjoman.core.qa.Finding;
import org.tarjoman.core.xliff.XliffDocument;
import org.tarjoman.core.xliff.XliffFormatException;
import org.tarjoman.core.xliff.XliffReader;
import org.tarjoman.core.xliff.XliffUnit;
import org.tarjoman.memory.LanguagePair;

/**
 * Imports an XLIFF file translated in a CAT tool into a task, all or nothing. First every unit is
 * checked: a file that cannot be read, of other languages, with a unit that is not a segment of
 * this job, a changed source or a target whose inline codes do not match the source's is refused
 * whole ({@link InvalidXliff} naming the unit and line). Then each unit is <em>unchanged</em>,
 * <em>rejected</em> with the reason {@link SaveRules} gives, a <em>conflict</em> (saved in the
 * editor since the export: the file's {@code tj:version} is older, and the file's content is not just
 * what was exported; applied anyway with {@code force}), or <em>updated</em>: origin {@code IMPORT},
 * status from the file's state, through the one write path ({@link TranslationSaves}) as an editor
 * save would be; the report lists the QA findings of each updated unit, as a save answers them.
 */
@ApplicationScoped
public class TaskXliffImport {

    private final TranslationSaves saves;

    TaskXliffImport(TranslationSaves saves) {
        this.saves = saves;
    }

    /** A unit that passed the checks, with its segment, translation and parsed target. */
    private record Checked(XliffUnit unit, SegmentEntity segment, TranslationEntity translation, String target,
                           TranslationStatus status, List<InlineCode> targetCodes) {

        boolean unchanged() {
            return target == null && status == TranslationStatus.NEW
                    || Objects.equals(target, translation.target) && status == translation.status;
        }
    }

    @Transactional
    public XliffImportView importFile(long jobId, String language, InputStream body, boolean force, Actor actor) {
        TaskSnapshot snapshot = TaskSnapshot.locked(jobId, language);
        XliffDocument document = read(body);
        checkLanguages(document, snapshot.job(), snapshot.task());
        if (snapshot.task().closedReason != null) {
            throw new TaskClosed(snapshot.task(), "; nothing was imported.");
        }
        Role role = TaskAccess.claim(snapshot.task(), actor);
        if (force) {
            TaskAccess.checkForce(actor);
        }
        List<Checked> checked = new ArrayList<>();
        Set<Long> seen = new HashSet<>();
        for (XliffUnit unit : document.units().toList()) {
            checked.add(check(unit, snapshot, seen));
        }

        List<String> updated = new ArrayList<>();
        List<String> unchanged = new ArrayList<>();
        List<Conflict> conflicts = new ArrayList<>();
        List<Rejected> rejected = new ArrayList<>();
        List<TranslationChange> changes = new ArrayList<>();
        Map<Long, XliffUnit> changedUnits = new HashMap<>();
        for (Checked c : checked) {
            TranslationEntity t = c.translation();
            String reason = refusal(c, role);
            if (c.unchanged()) {
                unchanged.add(c.unit().id());
            } else if (reason != null) {
                rejected.add(new Rejected(c.unit().id(), c.unit().line(), reason));
            } else if (!force && !Objects.equals(c.unit().version(), t.version)) {
                if (isAsExported(c)) {
                    unchanged.add(c.unit().id());
                } else {
                    conflicts.add(new Conflict(c.unit().id(), c.unit().line(), c.unit().version(), t.version, t.target,
                            t.status.name()));
                }
            } else {
                changes.add(new TranslationChange(c.segment(), c.target(), c.targetCodes(), c.status(), Origin.IMPORT, null));
                changedUnits.put(c.segment().id, c.unit());
                updated.add(c.unit().id());
            }
        }
        SavedTranslations saved = saves.apply(snapshot, changes, actor.user());
        return XliffImportView.of(updated, unchanged, conflicts, rejected, findings(saved, changedUnits));
    }

    private static List<UnitFindings> findings(SavedTranslations saved, Map<Long, XliffUnit> units) {
        List<UnitFindings> findings = new ArrayList<>();
        for (TranslationChange change : saved.changes()) {
            List<Finding> found = saved.findingsOf(change);
            if (!found.isEmpty()) {
                XliffUnit unit = units.get(change.segment().id);
                findings.add(new UnitFindings(unit.id(), unit.line(), FindingView.of(change.segment().id, found)));
            }
        }
        return findings;
    }

    private static XliffDocument read(InputStream body) {
        try {
            return XliffReader.read(body);
        } catch (XliffFormatException e) {
            throw new InvalidXliff("The XLIFF cannot be read: " + e.getMessage(), e.unitId(), e.line());
        } catch (UncheckedIOException e) {
            throw new UnreadableBody(e);
        }
    }

    private static void checkLanguages(XliffDocument document, JobEntity job, TaskEntity task) {
        if (!primary(document.sourceLanguage()).equals(primary(job.sourceLanguage))) {
            throw new InvalidXliff("The file's source language is '" + document.sourceLanguage() + "'; job " + job.id
                    + " is in '" + job.sourceLanguage + "'.", null, -1);
        }
        if (document.targetLanguage() == null
                || !primary(document.targetLanguage()).equals(primary(task.language))) {
            throw new InvalidXliff("The file's target language is '" + document.targetLanguage() + "'; this is the '"
                    + task.language + "' task of job " + job.id + ".", null, -1);
        }
    }

    private static Checked check(XliffUnit unit, TaskSnapshot snapshot, Set<Long> seen) {
        long jobId = snapshot.job().id;
        SegmentEntity segment;
        try {
            segment = snapshot.segment(Long.parseLong(unit.id().trim()));
        } catch (RuntimeException e) { // not a number, or not a segment of this job
            throw new InvalidXliff("Unit '" + unit.id() + "' is not a segment of job " + jobId
                    + " (is the file from another job or revision?).", unit.id(), unit.line());
        }
        if (!seen.add(segment.id)) {
            throw new InvalidXliff("Unit '" + unit.id() + "' appears twice in the file.", unit.id(), unit.line());
        }
        if (!whitespaceFolded(unit.source()).equals(whitespaceFolded(segment.source))) {
            throw new InvalidXliff("The source of unit " + unit.id() + " is not the stored source: sources must not be "
                    + "edited (file: \"" + unit.source() + "\", stored: \"" + segment.source + "\").", unit.id(), unit.line());
        }
        String target;
        List<InlineCode> codes;
        try {
            target = SaveRules.target(unit.target());
            codes = SaveRules.targetCodes(segment, target);
        } catch (InvalidTranslation e) {
            throw new InvalidXliff(e.getMessage(), unit.id(), unit.line());
        }
        TranslationStatus status = TranslationStatus.valueOf(unit.state().name());
        return new Checked(unit, segment, snapshot.translation(segment), target, status, codes);
    }

    /** Why a checked unit cannot be applied, or null. */
    private static String refusal(Checked c, Role role) {
        try {
            SaveRules.checkMove(role, c.translation().status, c.status(), c.target());
            return null;
        } catch (StatusMoveRefused e) {
            return e.getMessage().replaceAll("\\.$", "") + " (allowed: " + e.allowed() + ")";
        } catch (InvalidTranslation e) {
            return e.getMessage();
        }
    }

    /** The file's content is what the segment was at the exported version: the translator did not touch it. */
    private static boolean isAsExported(Checked c) {
        if (c.unit().version() == null) {
            return false;
        }
        TranslationHistoryEntity exported = TranslationHistoryEntity.at(c.translation().id, c.unit().version());
        return exported != null && Objects.equals(exported.target, c.target()) && exported.status == c.status();
    }

    private static String primary(String tag) {
        try {
            return LanguagePair.language(tag);
        } catch (IllegalArgumentException e) {
            return tag;
        }
    }

    /** Sources compare with whitespace runs folded: tools may reformat it, never the words or codes. */
    private static String whitespaceFolded(String tagged) {
        return tagged.strip().replaceAll("\\s+", " ");
    }
}
