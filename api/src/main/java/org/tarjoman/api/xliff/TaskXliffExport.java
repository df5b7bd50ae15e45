package org.tarjoman.api.xliff;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.tarjoman.api.job.JobEntity;
import org.tarjoman.api.job.SegmentEditing;
import org.tarjoman.api.job.SegmentEntity;
import org.tarjoman.api.job.TaskEntity;
import org.tarjoman.api.job.TranslationEntity;
import org.tarjoman.api.memory.CodesColumn;
import org.tarjoman.api.memory.MemoryService;
import org.tarjoman.api.memory.MemoryViews.MatchView;
import org.tarjoman.core.document.InlineCode;
import org.tarjoman.core.document.SourceFormat;
import org.tarjoman.core.document.TaggedText;
import org.tarjoman.core.xliff.XliffDocument;
import org.tarjoman.core.xliff.XliffGroup;
import org.tarjoman.core.xliff.XliffMatch;
import org.tarjoman.core.xliff.XliffOrigin;
import org.tarjoman.core.xliff.XliffState;
import org.tarjoman.core.xliff.XliffUnit;
import org.tarjoman.memory.LanguagePair;
import org.tarjoman.memory.MatchQuery;
import org.tarjoman.memory.TranslationUnit;
import org.tarjoman.memory.tmx.TmxUnit;

/**
 * A task as CAT tools take it: the XLIFF document of its segments (source as stored, current target,
 * state, the translation's version for conflict detection on import, up to three memory matches) and
 * its confirmed pairs as TMX units.
 */
@ApplicationScoped
public class TaskXliffExport {

    static final int MATCHES_PER_UNIT = 3;

    private final MemoryService memories;

    TaskXliffExport(MemoryService memories) {
        this.memories = memories;
    }

    /** The task's file, and the name it is downloaded under without extension ({@code irna-42_en}). */
    public record Export(XliffDocument document, String baseName) {
    }

    @Transactional
    public Export document(long jobId, String language) {
        JobEntity job = SegmentEditing.job(jobId);
        TaskEntity task = SegmentEditing.task(jobId, language);
        List<SegmentEntity> segments = SegmentEntity.list("jobId = ?1 order by ordinal", jobId);
        Map<Long, TranslationEntity> translations = translations(task);
        List<List<MatchView>> matches = matches(job, task, segments);
        Map<Integer, List<XliffUnit>> blocks = new LinkedHashMap<>();
        Map<Integer, SegmentEntity> firstOfBlock = new HashMap<>();
        for (int i = 0; i < segments.size(); i++) {
            SegmentEntity segment = segments.get(i);
            firstOfBlock.putIfAbsent(segment.blockIndex, segment);
            blocks.computeIfAbsent(segment.blockIndex, b -> new ArrayList<>())
                    .add(unit(segment, translations.get(segment.id), matches.get(i)));
        }
        List<XliffGroup> groups = new ArrayList<>();
        blocks.forEach((index, units) -> groups.add(new XliffGroup("b" + index, firstOfBlock.get(index).blockType, units)));
        String base = (job.externalId == null ? "job-" + job.id : job.externalId) + "_" + task.language;
        SourceFormat format = SourceFormat.fromName(job.format).orElse(SourceFormat.TEXT);
        String original = (job.externalId == null ? "job-" + job.id : job.externalId) + (format == SourceFormat.HTML ? ".html" : ".txt");
        List<String> notes = job.title == null || job.title.isBlank() ? List.of() : List.of(job.title);
        return new Export(new XliffDocument(original, format, job.sourceLanguage, task.language, notes, groups, null), base);
    }

    /** The task's translated and reviewed pairs, with their codes' markup, as the memory would store them. */
    @Transactional
    public Tmx tmx(long jobId, String language) {
        JobEntity job = SegmentEditing.job(jobId);
        TaskEntity task = SegmentEditing.task(jobId, language);
        LanguagePair pair = new LanguagePair(job.sourceLanguage, task.language);
        List<SegmentEntity> segments = SegmentEntity.list("jobId = ?1 order by ordinal", jobId);
        Map<Long, TranslationEntity> translations = translations(task);
        List<TmxUnit> units = new ArrayList<>();
        for (int i = 0; i < segments.size(); i++) {
            SegmentEntity segment = segments.get(i);
            TranslationEntity t = translations.get(segment.id);
            if (t == null || !t.status.confirmed() || t.target == null) {
                continue;
            }
            List<InlineCode> codes = CodesColumn.read(segment.codes);
            Instant changed = t.updatedAt == null ? MemoryService.unitTime() : t.updatedAt.truncatedTo(java.time.temporal.ChronoUnit.SECONDS);
            TranslationUnit unit = new TranslationUnit(0, pair, segment.source, t.target,
                    i == 0 ? null : segments.get(i - 1).source, i + 1 == segments.size() ? null : segments.get(i + 1).source,
                    "job:" + job.id, t.author, changed, changed, 0);
            units.add(new TmxUnit(unit, codes, TaggedText.parse(t.target, codes).codes()));
        }
        String base = (job.externalId == null ? "job-" + job.id : job.externalId) + "_" + task.language;
        return new Tmx(pair, "html".equals(job.format), units, base);
    }

    public record Tmx(LanguagePair pair, boolean html, List<TmxUnit> units, String baseName) {
    }

    private static XliffUnit unit(SegmentEntity segment, TranslationEntity t, List<MatchView> matches) {
        List<XliffMatch> offered = matches.stream().limit(MATCHES_PER_UNIT)
                .map(m -> new XliffMatch(m.source(), m.target(), m.score(), m.kind())).toList();
        List<String> notes = segment.repeatsId == null ? List.of() : List.of("Repeats unit " + segment.repeatsId + ".");
        return new XliffUnit(Long.toString(segment.id), segment.source, CodesColumn.read(segment.codes), t.target,
                XliffState.valueOf(t.status.name()), t.origin == null ? null : XliffOrigin.valueOf(t.origin.name()), t.score,
                t.version, offered, notes, 0);
    }

    private List<List<MatchView>> matches(JobEntity job, TaskEntity task, List<SegmentEntity> segments) {
        List<MatchQuery> queries = new ArrayList<>(segments.size());
        for (int i = 0; i < segments.size(); i++) {
            queries.add(new MatchQuery(segments.get(i).source, i == 0 ? null : segments.get(i - 1).source,
                    i + 1 == segments.size() ? null : segments.get(i + 1).source, MatchQuery.DEFAULT_THRESHOLD,
                    MATCHES_PER_UNIT));
        }
        return memories.matchViews(new LanguagePair(job.sourceLanguage, task.language.toLowerCase(Locale.ROOT)), queries);
    }

    static Map<Long, TranslationEntity> translations(TaskEntity task) {
        Map<Long, TranslationEntity> bySegment = new HashMap<>();
        TranslationEntity.<TranslationEntity>stream("taskId", task.id).forEach(t -> bySegment.put(t.segmentId, t));
        return bySegment;
    }
}
