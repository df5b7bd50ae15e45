package org.tarjoman.memory.tmx;

import java.io.InputStream;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.LongConsumer;

import org.tarjoman.core.xml.XmlChars;
import org.tarjoman.memory.LanguagePair;
import org.tarjoman.memory.TranslationUnit;

/**
 * Imports a TMX file into one memory, streaming: each {@code tu} is decided and handed to the
 * {@link UnitSink} before the next is read. Rules:
 * <ol>
 *   <li>the first {@code tuv} whose language folds ({@link LanguagePair#language}) to the pair's source
 *       and the first that folds to its target are taken ({@code fa-IR}, {@code per}, {@code pes}, {@code FA}
 *       are all {@code fa}); a {@code tu} lacking either is skipped;</li>
 *   <li>a {@code tu} with unusable content (empty segment, bad inline codes, bad date, a character XML 1.0
 *       cannot carry, see {@link XmlChars}: an XML 1.1 file may hold {@code &#1;}) is rejected, and so is
 *       one the sink cannot store ({@link UnitSink#refusal}, e.g. a text longer than its column);</li>
 *   <li>a memory holds one unit per source and target: a unit identical to one already in the memory
 *       or earlier in the file is merged into it, as a confirmation of it ({@link #merge}); the report
 *       names the unit it was merged into. The same source with another target is a separate unit;</li>
 *   <li>dates come from the {@code tu}, else the target then source {@code tuv}; a unit without
 *       any is dated at import time; the author is the change id, else the creation id;</li>
 *   <li>context and origin come from the {@code x-context-prev}, {@code x-context-next} and
 *       {@code x-origin} props of the {@code tu} or its source {@code tuv}; without {@code x-origin}
 *       the import's own origin (e.g. the file name) is used.</li>
 * </ol>
 * Malformed XML anywhere throws {@link TmxFormatException}; a file in which no {@code tu} has both
 * languages throws {@link TmxLanguageException}. Either way the caller rolls its transaction back:
 * all or nothing is the application's, this class only guarantees to throw.
 */
public final class TmxImport {

    public static final int DEFAULT_MAX_REASONS = 100;
    private static final int MAX_LANGUAGES_REPORTED = 32;
    private static final TmxReader READER = new TmxReader();

    private final LanguagePair pair;
    private final UnitSink sink;
    private final String origin;
    private final LongConsumer progress;
    private final int maxReasons;
    private final Clock clock;

    public TmxImport(LanguagePair pair, UnitSink sink) {
        this(pair, sink, null, processed -> { }, DEFAULT_MAX_REASONS, Clock.systemUTC());
    }

    private TmxImport(LanguagePair pair, UnitSink sink, String origin, LongConsumer progress, int maxReasons,
                      Clock clock) {
        this.pair = Objects.requireNonNull(pair, "pair");
        this.sink = Objects.requireNonNull(sink, "sink");
        this.origin = origin;
        this.progress = Objects.requireNonNull(progress, "progress");
        this.maxReasons = maxReasons;
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /** The origin of units whose {@code tu} has no {@code x-origin} prop, e.g. {@code tmx:news-2024.tmx}. */
    public TmxImport withOrigin(String defaultOrigin) {
        return new TmxImport(pair, sink, defaultOrigin, progress, maxReasons, clock);
    }

    /** Told the number of {@code tu}s processed so far after each one, for progress of async imports. */
    public TmxImport withProgress(LongConsumer listener) {
        return new TmxImport(pair, sink, origin, listener, maxReasons, clock);
    }

    /** How many merges, skips and rejections the report describes, of each (counts are always complete). */
    public TmxImport withMaxReasons(int max) {
        if (max < 0) {
            throw new IllegalArgumentException("max reasons must not be negative: " + max);
        }
        return new TmxImport(pair, sink, origin, progress, max, clock);
    }

    /** The clock that dates units the file leaves undated. */
    public TmxImport withClock(Clock importClock) {
        return new TmxImport(pair, sink, origin, progress, maxReasons, importClock);
    }

    /**
     * Reads the whole stream (it is not closed) into the sink.
     *
     * @throws TmxFormatException   if the file is not well-formed TMX or uses DTD/entity features
     * @throws TmxLanguageException if it has {@code tu}s but none with both languages of the pair
     */
    public ImportReport run(InputStream in) {
        Run run = new Run(clock.instant().truncatedTo(ChronoUnit.SECONDS));
        READER.read(in, run);
        if (run.processed > 0 && run.withPair == 0) {
            throw new TmxLanguageException(pair, run.languages);
        }
        return new ImportReport(run.added, run.merged, run.skipped, run.rejected, run.mergedInto, run.skippedReasons,
                run.rejectedReasons);
    }

    /** The state of one import. */
    private final class Run implements TmxHandler {

        private final Instant now;
        private final Set<String> languages = new TreeSet<>();
        private final List<ImportReport.Problem> mergedInto = new ArrayList<>();
        private final List<ImportReport.Problem> skippedReasons = new ArrayList<>();
        private final List<ImportReport.Problem> rejectedReasons = new ArrayList<>();
        private long processed;
        private long withPair;
        private int added;
        private int merged;
        private int skipped;
        private int rejected;

        Run(Instant now) {
            this.now = now;
        }

        @Override
        public void entry(TmxEntry entry) {
            process(entry);
            processed++;
            progress.accept(processed);
        }

        private void process(TmxEntry entry) {
            TmxVariant source = null;
            TmxVariant target = null;
            for (TmxVariant variant : entry.variants()) {
                String language = fold(variant.language());
                if (language == null) {
                    continue;
                }
                if (languages.size() < MAX_LANGUAGES_REPORTED) {
                    languages.add(language);
                }
                if (source == null && language.equals(pair.source())) {
                    source = variant;
                } else if (target == null && language.equals(pair.target())) {
                    target = variant;
                }
            }
            if (source == null || target == null) {
                skip(entry, "no " + (source == null ? pair.source() : pair.target()) + " <tuv>");
                return;
            }
            withPair++;
            List<String> problems = new ArrayList<>(entry.problems());
            check(source, pair.source(), problems);
            check(target, pair.target(), problems);
            if (!problems.isEmpty()) {
                reject(entry, String.join("; ", problems));
                return;
            }
            TmxUnit incoming = unit(entry, source, target);
            Optional<String> refused = sink.refusal(incoming);
            if (refused.isPresent()) {
                reject(entry, refused.get());
                return;
            }
            TranslationUnit unit = incoming.unit();
            Optional<TranslationUnit> existing = sink.find(unit.source(), unit.target());
            if (existing.isEmpty()) {
                sink.add(incoming);
                added++;
                return;
            }
            TranslationUnit into = merge(existing.get(), unit);
            sink.update(incoming.withUnit(into));
            merged++;
            note(mergedInto, entry, "merged into unit " + into.id());
        }

        private static String fold(String tag) {
            try {
                return LanguagePair.language(tag);
            } catch (IllegalArgumentException e) {
                return null;
            }
        }

        private static void check(TmxVariant variant, String language, List<String> problems) {
            for (String problem : variant.problems()) {
                problems.add(language + " <tuv> (line " + variant.line() + "): " + problem);
            }
            if (variant.segment() != null && variant.segment().text().isBlank()) {
                problems.add(language + " <tuv> (line " + variant.line() + "): empty <seg>");
            }
            String illegal = variant.segment() == null ? null : illegal(variant.segment());
            if (illegal != null) {
                problems.add(language + " <tuv> (line " + variant.line() + "): <seg> holds " + illegal
                        + ", which XML 1.0 cannot carry");
            }
        }

        /** The first character XML 1.0 cannot carry in the segment's text or its codes' markup, described, or null. */
        private static String illegal(TmxSegment segment) {
            String problem = XmlChars.problem(segment.text());
            for (int i = 0; problem == null && i < segment.codes().size(); i++) {
                problem = XmlChars.problem(segment.codes().get(i).data());
            }
            return problem;
        }

        private TmxUnit unit(TmxEntry entry, TmxVariant source, TmxVariant target) {
            TmxEntry.Provenance tu = entry.provenance();
            TmxEntry.Provenance tgt = target.provenance();
            TmxEntry.Provenance src = source.provenance();
            Instant created = first(tu.creationDate(), tgt.creationDate(), src.creationDate(), now);
            Instant changed = first(tu.changeDate(), tgt.changeDate(), src.changeDate(), created);
            String author = first(tu.changeId(), tu.creationId(), tgt.changeId(), tgt.creationId());
            int usage = 1; // a unit in a memory was confirmed at least once
            for (Integer count : new Integer[] {tu.usageCount(), src.usageCount(), tgt.usageCount()}) {
                usage = count == null ? usage : Math.max(usage, count);
            }
            TranslationUnit unit = new TranslationUnit(0, pair, source.segment().tagged(), target.segment().tagged(),
                    property(entry, source, TmxProperties.CONTEXT_PREVIOUS),
                    property(entry, source, TmxProperties.CONTEXT_NEXT),
                    first(property(entry, source, TmxProperties.ORIGIN), origin), author, created, changed, usage);
            return new TmxUnit(unit, source.segment().codes(), target.segment().codes());
        }

        private static String property(TmxEntry entry, TmxVariant source, String type) {
            return first(entry.properties().get(type), source.properties().get(type));
        }

        private void skip(TmxEntry entry, String reason) {
            skipped++;
            note(skippedReasons, entry, reason);
        }

        private void reject(TmxEntry entry, String reason) {
            rejected++;
            note(rejectedReasons, entry, reason);
        }

        private void note(List<ImportReport.Problem> reasons, TmxEntry entry, String reason) {
            if (reasons.size() < maxReasons) {
                reasons.add(new ImportReport.Problem(entry.index(), entry.tuid(), entry.line(), reason));
            }
        }
    }

    /**
     * A confirmation more of the stored unit: its usage count + 1, or the file's count if higher (a
     * count from another tool); the earliest creation and latest change; the newer unit's author,
     * origin and context. Importing the same file again thus counts each of its units once more.
     */
    static TranslationUnit merge(TranslationUnit stored, TranslationUnit incoming) {
        boolean incomingNewer = incoming.changedAt().isAfter(stored.changedAt());
        TranslationUnit newer = incomingNewer ? incoming : stored;
        TranslationUnit older = incomingNewer ? stored : incoming;
        return new TranslationUnit(stored.id(), stored.pair(), stored.source(), stored.target(),
                first(newer.previousSource(), older.previousSource()), first(newer.nextSource(), older.nextSource()),
                first(newer.origin(), older.origin()), first(newer.author(), older.author()),
                min(stored.createdAt(), incoming.createdAt()), newer.changedAt(),
                Math.max(stored.usageCount() + 1, incoming.usageCount()));
    }

    private static Instant min(Instant a, Instant b) {
        return a.isBefore(b) ? a : b;
    }

    @SafeVarargs
    private static <T> T first(T... values) {
        for (T value : values) {
            if (value != null) {
                return value;
            }
        }
        return null;
    }
}
