package org.tarjoman.api.xliff;

import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.FlushModeType;
import jakarta.transaction.Transactional;

import org.hibernate.jpa.HibernateHints;
import org.tarjoman.api.job.JobEntity;
import org.tarjoman.api.job.Origin;
import org.tarjoman.api.job.Role;
import org.tarjoman.api.job.SegmentEditing;
import org.tarjoman.api.job.SegmentEntity;
import org.tarjoman.api.job.TaskEntity;
import org.tarjoman.api.job.TranslationEntity;
import org.tarjoman.api.job.TranslationHistoryEntity;
import org.tarjoman.api.job.TranslationStatus;
import org.tarjoman.api.memory.CodesColumn;
import org.tarjoman.api.memory.MemoryService;
import org.tarjoman.api.problem.ApiException;
import org.tarjoman.api.problem.ProblemKind;
import org.tarjoman.api.xliff.XliffImportView.Conflict;
import org.tarjoman.api.xliff.XliffImportView.Rejected;
import org.tarjoman.core.document.InlineCode;
import org.tarjoman.core.document.InvalidTaggedTextException;
import org.tarjoman.core.document.TaggedText;
import org.tarjoman.core.xliff.XliffDocument;
import org.tarjoman.core.xliff.XliffFormatException;
import org.tarjoman.core.xliff.XliffReader;
import org.tarjoman.core.xliff.XliffUnit;
import org.tarjoman.memory.LanguagePair;
import org.tarjoman.memory.tmx.TmxUnit;

/**
 * Imports an XLIFF file translated in a CAT tool into a task, all or nothing. First every unit is
 * checked: a file that cannot be read, of other languages, with a unit that is not a segment of
 * this job, a changed source or a target whose inline codes do not match the source's is refused
 * whole (problem+json naming the unit and line). Then, in the same transaction, each unit is
 * <em>updated</em> (origin {@code IMPORT}, status from the file's state, history, memory and
 * repetitions as an editor save), <em>unchanged</em>, a <em>conflict</em> (saved in the editor
 * since the export: the file's {@code tj:version} is older, and the file's content is not just
 * what was exported; applied anyway with {@code force}), or <em>rejected</em> with a reason.
 */
@ApplicationScoped
public class TaskXliffImport {

    private final SegmentEditing editing;
    private final MemoryService memories;

    TaskXliffImport(SegmentEditing editing, MemoryService memories) {
        this.editing = editing;
        this.memories = memories;
    }

    /** A unit that passed the checks, with its segment, translation and parsed target. */
    private record Checked(XliffUnit unit, SegmentEntity segment, TranslationEntity translation, String target,
                           TranslationStatus status, List<InlineCode> targetCodes) {
    }

    @Transactional
    public XliffImportView importFile(long jobId, String language, InputStream body, boolean force, String user, Role role) {
        JobEntity job = SegmentEditing.lockedJob(jobId);
        TaskEntity task = SegmentEditing.task(jobId, language);
        XliffDocument document = read(body);
        checkLanguages(document, job, task);
        if (task.closedReason != null) {
            throw new ApiException(ProblemKind.CONFLICT, "The " + task.language + " task was closed: " + task.closedReason
                    + "; nothing was imported.");
        }
        Map<Long, SegmentEntity> segments = new HashMap<>();
        // read-only: thousands of segments must not be dirty-checked at every flush of the import
        SegmentEntity.<SegmentEntity>find("jobId", jobId).withHint(HibernateHints.HINT_READ_ONLY, true).stream()
                .forEach(s -> segments.put(s.id, s));
        Map<Long, TranslationEntity> translations = TaskXliffExport.translations(task);
        List<Checked> checked = new ArrayList<>();
        Set<Long> seen = new HashSet<>();
        for (XliffUnit unit : document.units().toList()) {
            checked.add(check(unit, job, segments, translations, seen));
        }

        List<String> updated = new ArrayList<>();
        List<String> unchanged = new ArrayList<>();
        List<Conflict> conflicts = new ArrayList<>();
        List<Rejected> rejected = new ArrayList<>();
        Map<Checked, Boolean> toApply = new LinkedHashMap<>();
        for (Checked c : checked) {
            TranslationEntity t = c.translation();
            String reason = refusal(c, role);
            if (c.target() == null && c.status() == TranslationStatus.NEW
                    || Objects.equals(c.target(), t.target) && c.status() == t.status) {
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
                toApply.put(c, true);
                updated.add(c.unit().id());
            }
        }
        Map<Long, List<Long>> occurrences = new HashMap<>();
        segments.values().forEach(s -> occurrences.computeIfAbsent(s.repeatsId == null ? s.id : s.repeatsId,
                k -> new ArrayList<>()).add(s.id));
        Instant now = Instant.now();
        for (Checked c : toApply.keySet()) {
            TranslationEntity t = c.translation();
            t.target = c.target();
            t.status = c.status();
            t.origin = Origin.IMPORT;
            t.score = null;
            t.author = user;
            t.updatedAt = now;
        }
        // One flush gives every imported translation its new version; then each is recorded as a save
        // is (history, memory, repetitions) without the automatic flush before every query, which on
        // a task of thousands of segments would cost more than the saves themselves.
        TranslationEntity.flush();
        EntityManager entities = TranslationEntity.getEntityManager();
        entities.setFlushMode(FlushModeType.COMMIT);
        Map<Integer, SegmentEntity> byOrdinal = new HashMap<>();
        segments.values().forEach(s -> byOrdinal.put(s.ordinal, s));
        List<TmxUnit> memoryUnits = new ArrayList<>();
        for (Checked c : toApply.keySet()) {
            editing.recordFlushedSave(job, task, c.segment(), c.translation(), c.targetCodes(), user,
                    repetitions(c.segment(), occurrences), byOrdinal::get, memoryUnits::add);
        }
        memories.addAllInTransaction(memoryUnits);
        entities.setFlushMode(FlushModeType.AUTO);
        if (!toApply.isEmpty()) {
            TranslationEntity.flush();
            editing.afterSaves(job, task);
        }
        return XliffImportView.of(updated, unchanged, conflicts, rejected);
    }

    private static XliffDocument read(InputStream body) {
        try {
            return XliffReader.read(body);
        } catch (XliffFormatException e) {
            throw invalid("The XLIFF cannot be read: " + e.getMessage(), e.unitId(), e.line());
        } catch (UncheckedIOException e) {
            throw new ApiException(ProblemKind.BAD_REQUEST, "The body could not be read; nothing was imported.");
        }
    }

    private static void checkLanguages(XliffDocument document, JobEntity job, TaskEntity task) {
        if (!primary(document.sourceLanguage()).equals(primary(job.sourceLanguage))) {
            throw invalid("The file's source language is '" + document.sourceLanguage() + "'; job " + job.id + " is in '"
                    + job.sourceLanguage + "'.", null, -1);
        }
        if (document.targetLanguage() == null
                || !primary(document.targetLanguage()).equals(primary(task.language))) {
            throw invalid("The file's target language is '" + document.targetLanguage() + "'; this is the '"
                    + task.language + "' task of job " + job.id + ".", null, -1);
        }
    }

    private static Checked check(XliffUnit unit, JobEntity job, Map<Long, SegmentEntity> segments,
                                 Map<Long, TranslationEntity> translations, Set<Long> seen) {
        SegmentEntity segment = null;
        try {
            segment = segments.get(Long.parseLong(unit.id().trim()));
        } catch (NumberFormatException e) {
            // reported below
        }
        if (segment == null) {
            throw invalid("Unit '" + unit.id() + "' is not a segment of job " + job.id
                    + " (is the file from another job or revision?).", unit.id(), unit.line());
        }
        if (!seen.add(segment.id)) {
            throw invalid("Unit '" + unit.id() + "' appears twice in the file.", unit.id(), unit.line());
        }
        if (!whitespaceFolded(unit.source()).equals(whitespaceFolded(segment.source))) {
            throw invalid("The source of unit " + unit.id() + " is not the stored source: sources must not be edited "
                    + "(file: \"" + unit.source() + "\", stored: \"" + segment.source + "\").", unit.id(), unit.line());
        }
        String target = unit.target() == null || unit.target().isBlank() ? null : unit.target();
        List<InlineCode> codes = List.of();
        if (target != null) {
            try {
                codes = TaggedText.parse(target, CodesColumn.read(segment.codes)).codes();
            } catch (InvalidTaggedTextException e) {
                throw invalid("The target of unit " + unit.id() + " does not carry the source's inline codes correctly: "
                        + e.getMessage(), unit.id(), unit.line());
            }
        }
        TranslationStatus status = TranslationStatus.valueOf(unit.state().name());
        return new Checked(unit, segment, translations.get(segment.id), target, status, codes);
    }

    /** The same as {@link SegmentEditing#repetitionsOf}, from the segments already loaded. */
    private static List<Long> repetitions(SegmentEntity segment, Map<Long, List<Long>> occurrences) {
        return occurrences.get(segment.repeatsId == null ? segment.id : segment.repeatsId).stream()
                .filter(id -> id != segment.id).toList();
    }

    /** Why a checked unit cannot be applied, or null. */
    private static String refusal(Checked c, Role role) {
        if (c.status().confirmed() && c.target() == null) {
            return "the target is empty but the state says " + c.status();
        }
        if (c.status() == TranslationStatus.NEW) {
            return "a unit with a target cannot go back to NEW";
        }
        Set<TranslationStatus> allowed = role.allowedMoves(c.translation().status);
        if (!allowed.contains(c.status())) {
            return "a " + role.name().toLowerCase(Locale.ROOT) + " cannot move a " + c.translation().status + " segment to "
                    + c.status() + " (allowed: " + allowed + ")";
        }
        return null;
    }

    /** The file's content is what the segment was at the exported version: the translator did not touch it. */
    private static boolean isAsExported(Checked c) {
        if (c.unit().version() == null) {
            return false;
        }
        TranslationHistoryEntity exported = TranslationHistoryEntity
                .find("translationId = ?1 and version = ?2", c.translation().id, c.unit().version()).firstResult();
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

    private static ApiException invalid(String detail, String unit, int line) {
        Map<String, Object> extensions = new LinkedHashMap<>();
        if (unit != null) {
            extensions.put("unit", unit);
        }
        if (line > 0) {
            extensions.put("line", line);
        }
        return new ApiException(ProblemKind.INVALID_XLIFF, detail + (detail.endsWith(".") ? "" : ".") + " Nothing was imported.",
                extensions);
    }
}
