package org.tarjoman.api.job;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.transaction.Transactional;

import io.micrometer.core.annotation.Timed;

import org.tarjoman.api.config.TarjomanConfig;
import org.tarjoman.api.job.JobViews.JobRequest;
import org.tarjoman.api.memory.MemoryService;
import org.tarjoman.api.mt.MachineTranslation;
import org.tarjoman.core.ArticleSegmenter;
import org.tarjoman.core.document.Block;
import org.tarjoman.core.document.Document;
import org.tarjoman.core.document.Segment;
import org.tarjoman.core.document.SourceFormat;
import org.tarjoman.core.document.TaggedText;
import org.tarjoman.memory.Match;
import org.tarjoman.memory.MatchQuery;
import org.tarjoman.memory.MemoryMatch;

/**
 * Turns a submitted article into a job in one transaction (all or nothing): segmentation, the
 * segments, one task per target language with the memories it reads and writes ({@link MemorySetups}),
 * translations pre-filled from those memories and the analysis. Segments the memories cannot fill (best
 * match below {@code tarjoman.mt.threshold}) are queued for machine translation where an engine is
 * configured ({@link MtWanted}); the queue is worked on after the commit, so the job answers at once.
 * A resubmission with the same external id and content returns the existing job; with changed
 * content it becomes a new revision that keeps the translations of unchanged segments.
 */
@ApplicationScoped
public class JobCreation {

    /** A job and whether this request created it (201) or found it (200). */
    public record Outcome(JobEntity job, boolean created) {
    }

    private final ArticleSegmenter segmenter;
    private final MemoryService memories;
    private final Set<String> supportedTargets;
    private final CallbackPolicy callbacks;
    private final MemorySetups memorySetups;
    private final MachineTranslation mt;
    private final MtThreshold mtThreshold;
    private final Event<MtWanted> mtWanted;

    JobCreation(ArticleSegmenter segmenter, MemoryService memories, TarjomanConfig config, CallbackPolicy callbacks,
                MemorySetups memorySetups, MachineTranslation mt, MtThreshold mtThreshold, Event<MtWanted> mtWanted) {
        this.segmenter = segmenter;
        this.mt = mt;
        this.mtThreshold = mtThreshold;
        this.mtWanted = mtWanted;
        this.memorySetups = memorySetups;
        this.memories = memories;
        this.callbacks = callbacks;
        this.supportedTargets = new LinkedHashSet<>(config.jobs().targetLanguages());
    }

    @Transactional
    @Timed(value = "tarjoman.job.create", description = "Time to segment, store and pre-translate one job")
    public Outcome create(JobRequest request) {
        SourceFormat format = format(request.format());
        List<String> targets = targets(request.targetLanguages());
        Map<String, MemorySetup> setups = memorySetups.resolve(ArticleSegmenter.PERSIAN, targets, request.memories());
        String callbackUrl = receivable(callbackUrl(request.callbackUrl()));
        String hash = hash(format, request.content());
        JobEntity latest = latestRevisionInTurn(request.externalId());
        if (latest != null && latest.contentHash.equals(hash)) {
            return new Outcome(latest, false);
        }
        Document document = segmenter.segment(request.content(), format, request.sourceLanguage());
        SegmentLimits.check(document);

        Instant now = Instant.now();
        JobEntity job = new JobEntity();
        job.externalId = request.externalId();
        job.revision = latest == null ? 1 : latest.revision + 1;
        job.supersedesId = latest == null ? null : latest.id;
        job.title = request.title().strip();
        job.sourceLanguage = ArticleSegmenter.PERSIAN;
        job.format = format.apiName();
        job.content = request.content();
        job.contentHash = hash;
        job.words = document.words();
        job.status = JobStatus.OPEN;
        job.dueAt = request.dueAt();
        job.callbackUrl = callbackUrl;
        job.createdAt = now;
        job.updatedAt = now;
        job.persist();

        List<SegmentEntity> segments = persistSegments(job, document);
        Map<String, Map<String, TranslationEntity>> previous = latest == null ? Map.of() : translationsBySource(latest);
        for (String language : targets) {
            createTask(job, language, setups.get(language), segments, previous.getOrDefault(language, Map.of()),
                    request.dueAt(), now);
        }
        return new Outcome(job, true);
    }

    /**
     * The newest revision of an article, read once this transaction holds the lock on the article's
     * first revision (jobs are never deleted, so that row stays): submissions of one article take
     * turns from here to their commit, and each sees the revision the one before it made. The very
     * first submission has no row to lock yet; two of those race to the unique (external id,
     * revision) key and the resource retries the loser once, when the row exists.
     */
    private static JobEntity latestRevisionInTurn(String externalId) {
        if (externalId == null) {
            return null;
        }
        JobEntity.ROWS.entities()
                .createNativeQuery("SELECT id FROM job WHERE external_id = ?1 AND revision = 1 FOR UPDATE")
                .setParameter(1, externalId).getResultList();
        return JobEntity.latestRevision(externalId);
    }

    private static List<SegmentEntity> persistSegments(JobEntity job, Document document) {
        List<SegmentEntity> segments = new ArrayList<>(document.segmentCount());
        Map<String, SegmentEntity> firstBySource = new HashMap<>();
        int ordinal = 0;
        for (Block block : document.blocks()) {
            for (Segment segment : block.segments()) {
                SegmentEntity entity = new SegmentEntity();
                entity.jobId = job.id;
                entity.ordinal = ordinal++;
                entity.blockIndex = block.index();
                entity.blockType = block.type();
                entity.segmentIndex = segment.index();
                entity.source = TaggedText.of(segment);
                entity.codes = List.copyOf(segment.codes());
                entity.words = segment.words();
                SegmentEntity first = firstBySource.putIfAbsent(entity.source, entity);
                entity.persist();
                entity.repeatsId = first == null ? null : first.id;
                segments.add(entity);
            }
        }
        return segments;
    }

    private void createTask(JobEntity job, String language, MemorySetup setup, List<SegmentEntity> segments,
                            Map<String, TranslationEntity> previous, Instant dueAt, Instant now) {
        TaskEntity task = new TaskEntity();
        task.jobId = job.id;
        task.language = language;
        task.status = TaskStatus.OPEN;
        task.dueAt = dueAt;
        task.memories = setup;
        task.updatedAt = now;

        List<MatchQuery> queries = new ArrayList<>(segments.size());
        for (int i = 0; i < segments.size(); i++) {
            String before = i == 0 ? null : segments.get(i - 1).source;
            String after = i + 1 == segments.size() ? null : segments.get(i + 1).source;
            queries.add(new MatchQuery(segments.get(i).source, before, after, MatchBand.LOWEST_SCORE, 1));
        }
        List<List<Match>> matches = memories.matchAll(setup.reads(), queries).stream()
                .map(found -> found.stream().map(MemoryMatch::match).toList()).toList();

        boolean machine = mt.configured(language);
        Analysis analysis = new Analysis();
        List<TranslationEntity> translations = new ArrayList<>(segments.size());
        List<TranslationEntity> toMachine = new ArrayList<>();
        for (int i = 0; i < segments.size(); i++) {
            SegmentEntity segment = segments.get(i);
            List<Match> found = matches.get(i);
            MatchBand band = MatchBand.of(found.isEmpty() ? null : found.get(0), segment.repeatsId != null);
            TranslationEntity translation = new TranslationEntity();
            translation.segmentId = segment.id;
            translation.updatedAt = now;
            TranslationEntity earlier = previous.get(segment.source);
            if (earlier != null && earlier.target != null) {
                reuse(earlier, translation);
            } else {
                Prefill.from(found).applyTo(translation);
                translation.author = translation.origin == Origin.TM ? "memory" : null;
                if (machine && translation.target == null && mtThreshold.below(found.isEmpty() ? null : found.get(0).score())) {
                    toMachine.add(translation);
                    band = band == MatchBand.REPETITION ? band : MatchBand.MACHINE_TRANSLATION;
                }
            }
            analysis.add(band, segment.words);
            translations.add(translation);
        }
        task.analysis = analysis.bands();
        task.persist();
        for (TranslationEntity translation : translations) {
            translation.taskId = task.id;
            translation.persist();
        }
        if (!toMachine.isEmpty()) {
            TranslationEntity.ROWS.flush(); // their versions, as MT will find them
            mtWanted.fire(new MtWanted(task.id, toMachine));
        }
    }

    /** An unchanged segment of a new revision keeps what the previous revision had for it. */
    private static void reuse(TranslationEntity earlier, TranslationEntity translation) {
        translation.target = earlier.target;
        translation.status = earlier.status == TranslationStatus.REJECTED ? TranslationStatus.DRAFT : earlier.status;
        translation.origin = earlier.origin;
        translation.score = earlier.score;
        translation.author = earlier.author;
    }

    /** The previous revision's translations per language, by segment source. */
    private static Map<String, Map<String, TranslationEntity>> translationsBySource(JobEntity job) {
        Map<Long, String> sources = new HashMap<>();
        SegmentEntity.ROWS.stream("jobId", job.id).forEach(s -> sources.put(s.id, s.source));
        Map<String, Map<String, TranslationEntity>> byLanguage = new HashMap<>();
        for (TaskEntity task : TaskEntity.ROWS.list("jobId", job.id)) {
            Map<String, TranslationEntity> bySource = new HashMap<>();
            TranslationEntity.ROWS.stream("taskId", task.id)
                    .forEach(t -> bySource.putIfAbsent(sources.get(t.segmentId), t));
            byLanguage.put(task.language, bySource);
        }
        return byLanguage;
    }

    private static SourceFormat format(String name) {
        if (name == null || name.isBlank()) {
            return SourceFormat.TEXT;
        }
        return SourceFormat.fromName(name).orElseThrow(() -> new InvalidJobRequest(InvalidJobRequest.Reason.UNSUPPORTED_FORMAT,
                "Format '" + name + "' is not supported; use 'text' or 'html'."));
    }

    private List<String> targets(List<String> requested) {
        List<String> targets = new ArrayList<>();
        for (String tag : requested) {
            String language = tag == null ? "" : tag.trim().toLowerCase(Locale.ROOT).split("[-_]")[0];
            if (!supportedTargets.contains(language)) {
                throw new InvalidJobRequest(InvalidJobRequest.Reason.UNSUPPORTED_LANGUAGE, "Target language '" + tag
                        + "' is not supported; supported: " + String.join(", ", supportedTargets) + ".");
            }
            if (!targets.contains(language)) {
                targets.add(language);
            }
        }
        return targets;
    }

    private static String callbackUrl(String url) {
        if (url == null || url.isBlank()) {
            return null;
        }
        try {
            URI uri = new URI(url.trim());
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            if (!uri.isAbsolute() || !(scheme.equals("http") || scheme.equals("https")) || uri.getHost() == null) {
                throw new InvalidJobRequest(InvalidJobRequest.Reason.INVALID_FIELD, "callbackUrl must be an absolute http or https URL, not '"
                        + url + "'.");
            }
            return uri.toString();
        } catch (java.net.URISyntaxException e) {
            throw new InvalidJobRequest(InvalidJobRequest.Reason.INVALID_FIELD, "callbackUrl is not a valid URL: " + e.getReason() + ".");
        }
    }

    /** Refuses a URL webhooks may not go to (an inside address); they would be refused at delivery anyway. */
    private String receivable(String callbackUrl) {
        if (callbackUrl != null) {
            callbacks.refusal(URI.create(callbackUrl)).ifPresent(reason -> {
                throw new CallbackRefused("callbackUrl is refused: " + reason + ". Webhooks go to public addresses only,"
                        + " unless the operator allows the host in tarjoman.webhooks.allowed-hosts.");
            });
        }
        return callbackUrl;
    }

    private static String hash(SourceFormat format, String content) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            digest.update(format.apiName().getBytes(StandardCharsets.UTF_8));
            digest.update((byte) 0);
            return HexFormat.of().formatHex(digest.digest(content.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JVM", e);
        }
    }
}
