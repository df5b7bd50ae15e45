package org.tarjoman.api.job.xliff;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.tarjoman.api.job.JobEntity;
import org.tarjoman.api.job.SegmentEntity;
import org.tarjoman.api.job.TaskSnapshot;
import org.tarjoman.api.job.TranslationEntity;
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

    /** The task's confirmed pairs, whether their codes are HTML, and the download name without extension. */
    public record Tmx(LanguagePair pair, boolean html, List<TmxUnit> units, String baseName) {
    }

    @Transactional
    public Export document(long jobId, String language) {
        TaskSnapshot snapshot = TaskSnapshot.of(jobId, language);
        JobEntity job = snapshot.job();
        List<SegmentEntity> segments = snapshot.segments();
        List<List<MatchView>> matches = memories.matchViews(snapshot.memories().reads(),
                snapshot.matchQueries(segments, MatchQuery.DEFAULT_THRESHOLD, MATCHES_PER_UNIT));
        Map<Integer, List<XliffUnit>> blocks = new LinkedHashMap<>();
        Map<Integer, SegmentEntity> firstOfBlock = new HashMap<>();
        for (int i = 0; i < segments.size(); i++) {
            SegmentEntity segment = segments.get(i);
            firstOfBlock.putIfAbsent(segment.blockIndex, segment);
            blocks.computeIfAbsent(segment.blockIndex, b -> new ArrayList<>())
                    .add(unit(segment, snapshot.translation(segment), matches.get(i)));
        }
        List<XliffGroup> groups = new ArrayList<>();
        blocks.forEach((index, units) -> groups.add(new XliffGroup("b" + index, firstOfBlock.get(index).blockType, units)));
        SourceFormat format = SourceFormat.fromName(job.format).orElse(SourceFormat.TEXT);
        String original = job.fileBase() + (format == SourceFormat.HTML ? ".html" : ".txt");
        List<String> notes = job.title == null || job.title.isBlank() ? List.of() : List.of(job.title);
        return new Export(new XliffDocument(original, format, job.sourceLanguage, snapshot.task().language, notes, groups,
                null), baseName(snapshot));
    }

    /** The task's translated and reviewed pairs, with their codes' markup, as the memory would store them. */
    @Transactional
    public Tmx tmx(long jobId, String language) {
        TaskSnapshot snapshot = TaskSnapshot.of(jobId, language);
        List<TmxUnit> units = new ArrayList<>();
        for (SegmentEntity segment : snapshot.segments()) {
            TranslationEntity t = snapshot.translation(segment);
            if (t == null || !t.status.confirmed() || t.target == null) {
                continue;
            }
            List<InlineCode> codes = segment.codes;
            Instant changed = t.updatedAt == null ? MemoryService.unitTime() : t.updatedAt.truncatedTo(ChronoUnit.SECONDS);
            SegmentEntity before = snapshot.before(segment);
            SegmentEntity after = snapshot.after(segment);
            TranslationUnit unit = new TranslationUnit(0, snapshot.pair(), segment.source, t.target,
                    before == null ? null : before.source, after == null ? null : after.source,
                    "job:" + snapshot.job().id, t.author, changed, changed, 0);
            units.add(new TmxUnit(unit, codes, TaggedText.parse(t.target, codes).codes()));
        }
        return new Tmx(snapshot.pair(), "html".equals(snapshot.job().format), units, baseName(snapshot));
    }

    private static String baseName(TaskSnapshot snapshot) {
        return snapshot.job().fileBase() + "_" + snapshot.task().language;
    }

    private static XliffUnit unit(SegmentEntity segment, TranslationEntity t, List<MatchView> matches) {
        List<XliffMatch> offered = matches.stream().limit(MATCHES_PER_UNIT)
                .map(m -> new XliffMatch(m.source(), m.target(), m.score(), m.kind())).toList();
        List<String> notes = segment.repeatsId == null ? List.of() : List.of("Repeats unit " + segment.repeatsId + ".");
        return new XliffUnit(Long.toString(segment.id), segment.source, segment.codes, t.target,
                XliffState.valueOf(t.status.name()), t.origin == null ? null : XliffOrigin.valueOf(t.origin.name()), t.score,
                t.version, offered, notes, 0);
    }
}
