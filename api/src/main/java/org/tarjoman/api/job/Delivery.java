package org.tarjoman.api.job;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.tarjoman.core.html.HtmlArticleWriter;
import org.tarjoman.core.segment.SentenceSegmenter;
import org.tarjoman.memory.TaggedSource;

/**
 * A task's translated article in the format it came in: plain text with the article's own line
 * structure, or HTML with every tag restored. Segments not yet translated or reviewed stay in
 * Persian, but only when the client asks for a partial document.
 */
@ApplicationScoped
public class Delivery {

    /** The delivered article: its body, media type and a file name for Content-Disposition. */
    public record Document(String body, String mediaType, String fileName) {
    }

    /** One block of the article with source and target of each segment, for JSON delivery. */
    public record BlockView(int index, String type, List<SegmentPair> segments) {
    }

    public record SegmentPair(long id, String source, String target, String status) {
    }

    public record JsonDocument(long jobId, String externalId, String sourceLanguage, String language, boolean complete,
                               List<BlockView> blocks) {
    }

    private final HtmlArticleWriter html;

    Delivery(SentenceSegmenter sentences) {
        this.html = new HtmlArticleWriter(sentences);
    }

    @Transactional
    public Document document(long jobId, String language, boolean partial) {
        TaskSnapshot snapshot = TaskSnapshot.of(jobId, language);
        JobEntity job = snapshot.job();
        List<SegmentEntity> segments = snapshot.segments();
        List<String> targets = targets(snapshot, partial);
        String base = job.fileBase() + "_" + language.toLowerCase(Locale.ROOT);
        if ("html".equals(job.format)) {
            return new Document(html.write(job.content, job.sourceLanguage, targets, language), "text/html;charset=UTF-8",
                    base + ".html");
        }
        return new Document(text(job, segments, targets), "text/plain;charset=UTF-8", base + ".txt");
    }

    @Transactional
    public JsonDocument json(long jobId, String language, boolean partial) {
        TaskSnapshot snapshot = TaskSnapshot.of(jobId, language);
        JobEntity job = snapshot.job();
        List<SegmentEntity> segments = snapshot.segments();
        List<String> targets = targets(snapshot, partial);
        Map<Integer, BlockView> blocks = new LinkedHashMap<>();
        for (int i = 0; i < segments.size(); i++) {
            SegmentEntity s = segments.get(i);
            BlockView block = blocks.computeIfAbsent(s.blockIndex,
                    b -> new BlockView(b, s.blockType.name().toLowerCase(Locale.ROOT), new ArrayList<>()));
            block.segments().add(new SegmentPair(s.id, s.source, targets.get(i), snapshot.translation(s).status.name()));
        }
        boolean complete = segments.stream().allMatch(s -> snapshot.translation(s).status.confirmed());
        return new JsonDocument(job.id, job.externalId, job.sourceLanguage, snapshot.task().language, complete,
                List.copyOf(blocks.values()));
    }

    /** The target of every segment in article order: the confirmed translation, or null (keep Persian). */
    private static List<String> targets(TaskSnapshot snapshot, boolean partial) {
        List<SegmentEntity> segments = snapshot.segments();
        List<String> targets = new ArrayList<>(segments.size());
        int missing = 0;
        for (SegmentEntity segment : segments) {
            TranslationEntity t = snapshot.translation(segment);
            boolean done = t.status.confirmed() && t.target != null;
            missing += done ? 0 : 1;
            targets.add(done ? t.target : null);
        }
        if (missing > 0 && !partial) {
            throw new TaskIncomplete(missing + " of " + segments.size() + " segments of the " + snapshot.task().language
                    + " task are not translated yet; ask with ?partial=true to get them in Persian.", missing);
        }
        return targets;
    }

    /**
     * Plain text keeps everything between segments as it was (line breaks, blank lines): segment
     * texts are exact substrings of the article, found in order and replaced.
     */
    private static String text(JobEntity job, List<SegmentEntity> segments, List<String> targets) {
        StringBuilder out = new StringBuilder(job.content.length());
        int cursor = 0;
        for (int i = 0; i < segments.size(); i++) {
            String source = TaggedSource.parse(segments.get(i).source).plain();
            int at = job.content.indexOf(source, cursor);
            if (at < 0) {
                throw new IllegalStateException("segment " + segments.get(i).id + " is not in the job's article");
            }
            out.append(job.content, cursor, at);
            out.append(targets.get(i) == null ? source : plain(targets.get(i)));
            cursor = at + source.length();
        }
        return out.append(job.content, cursor, job.content.length()).toString();
    }

    private static String plain(String tagged) {
        return TaggedSource.parse(tagged).plain();
    }

}
