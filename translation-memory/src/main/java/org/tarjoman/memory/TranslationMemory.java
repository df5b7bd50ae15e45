package org.tarjoman.memory;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.locks.ReentrantReadWriteLock;
import java.util.function.Function;
import java.util.function.Supplier;

import org.tarjoman.core.normalize.PersianNormalizer;

/**
 * The matching side of one language pair's memory: an in-memory index over the units of a
 * {@link UnitStore}, which stays the source of truth. The index holds no texts; the few units a
 * query returns are read back with {@link UnitStore#findByIds} and verified against the query, so a
 * hash collision or a unit changed meanwhile never yields a wrong match.
 *
 * <p>Scores: {@link Scores} and the module README. Retrieval: {@link FuzzySearch}.
 *
 * <p>Thread-safety: any number of threads may match at once (they share a read lock); writers
 * ({@link #put}, {@link #remove}) are serialized among themselves and hold the write lock only for
 * the few microseconds of changing the index: keys are computed before. A {@link #load} builds a
 * new index aside while readers keep using the old one and writers keep writing into it; what they
 * write meanwhile is also noted and replayed onto the new index just before it is swapped in, so a
 * reload of a million units (half a minute) never makes a writer wait for it. A unit is matchable
 * as soon as {@link #put} returns. Save a unit in the store before putting it.
 */
public final class TranslationMemory {

    private static final Comparator<Match> BEST_FIRST = Comparator.comparingInt(Match::score).reversed()
            .thenComparing((Match m) -> m.unit().changedAt(), Comparator.reverseOrder())
            .thenComparing((Match m) -> m.unit().usageCount(), Comparator.reverseOrder())
            .thenComparingLong(m -> m.unit().id());

    private final LanguagePair pair;
    private final UnitStore store;
    private final MatchKeys keys = new MatchKeys();
    private final TargetWords targetWords;
    private final ReentrantReadWriteLock lock = new ReentrantReadWriteLock();
    private final Object writers = new Object();
    /** One load at a time: two would share {@link #duringLoad}. */
    private final Object loads = new Object();
    /** Writes made while a load reads the store (guarded by {@link #writers}); null when none runs. */
    private List<Object> duringLoad;
    private final ThreadLocal<SearchScratch> scratch = ThreadLocal.withInitial(SearchScratch::new);
    private MatchIndex index = new MatchIndex(1024);

    public TranslationMemory(LanguagePair pair, UnitStore store) {
        this.pair = Objects.requireNonNull(pair, "pair");
        this.store = Objects.requireNonNull(store, "store");
        this.targetWords = TargetWords.of(pair.target());
    }

    public LanguagePair pair() {
        return pair;
    }

    /** Rebuilds the index from every unit of the pair in the store. */
    public void load() {
        // noted before the store is read: a write it misses is in duringLoad, and one it also sees is
        // applied twice, which a put by id and a remove allow
        replaceIndex(() -> {
            MatchIndex fresh = new MatchIndex(1 << 16);
            store.forEach(pair, unit -> fresh.put(keys.unit(unit)));
            fresh.trim();
            return fresh;
        });
    }

    /**
     * Replaces the index with one {@link #writeSnapshot written} earlier, as {@link #load} does with
     * one built from the store: what is put or removed meanwhile is applied to it too. The snapshot
     * holds what the index held when written; bringing it up to date with the store is the caller's.
     *
     * @throws IndexSnapshotException when the stream is not a whole, intact snapshot of this pair;
     *         the index is then left as it was
     */
    public void loadSnapshot(InputStream in) throws IOException {
        try {
            replaceIndex(() -> {
                try {
                    return IndexSnapshot.read(in, pair);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }

    /**
     * Writes the index to {@code out} for {@link #loadSnapshot}. Readers go on meanwhile; writers wait
     * until it is written (under a second at a million units, see the module README). Dead entries
     * are compacted away first when they are many (the copy costs a second index's heap, so not for a few).
     */
    public void writeSnapshot(OutputStream out) throws IOException {
        lock.readLock().lock();
        try {
            MatchIndex written = index.garbage() > index.size() / 8 ? index.compacted() : index;
            IndexSnapshot.write(written, pair, out);
        } finally {
            lock.readLock().unlock();
        }
    }

    private void replaceIndex(Supplier<MatchIndex> build) {
        synchronized (loads) {
            synchronized (writers) {
                duringLoad = new ArrayList<>();
            }
            try {
                MatchIndex fresh = build.get();
                synchronized (writers) {
                    for (Object write : duringLoad) {
                        if (write instanceof MatchKeys.Unit unit) {
                            fresh.put(unit);
                        } else {
                            fresh.remove((Long) write);
                        }
                    }
                    swap(fresh);
                }
            } finally {
                synchronized (writers) {
                    duringLoad = null;
                }
            }
        }
    }

    /** Adds a saved unit ({@code id > 0}) or replaces the unit with its id. */
    public void put(TranslationUnit unit) {
        checkPuttable(unit);
        put(keys.unit(unit));
    }

    /** {@link #put(TranslationUnit)} with the keys of its source and target computed earlier ({@link #keys}). */
    public void put(TranslationUnit unit, TextKeys texts) {
        checkPuttable(unit);
        put(keys.unit(unit, texts));
    }

    /** The keys of a translation of this pair, for {@link #findDuplicate(TextKeys)} and {@link #put(TranslationUnit, TextKeys)}. */
    public TextKeys keys(String source, String target) {
        return keys.texts(source, target, pair.target());
    }

    private void checkPuttable(TranslationUnit unit) {
        if (unit.id() <= 0) {
            throw new IllegalArgumentException("save the unit in the store first: it has no id");
        }
        if (!unit.pair().equals(pair)) {
            throw new IllegalArgumentException("unit of " + unit.pair() + " put into the " + pair + " memory");
        }
    }

    private void put(MatchKeys.Unit indexed) {
        synchronized (writers) {
            lock.writeLock().lock();
            try {
                index.put(indexed);
            } finally {
                lock.writeLock().unlock();
            }
            if (duringLoad != null) {
                duringLoad.add(indexed);
            }
            compactIfWasteful();
        }
    }

    /** Removes a unit; unknown ids are ignored. */
    public void remove(long id) {
        synchronized (writers) {
            lock.writeLock().lock();
            try {
                index.remove(id);
            } finally {
                lock.writeLock().unlock();
            }
            if (duringLoad != null) {
                duringLoad.add(id);
            }
            compactIfWasteful();
        }
    }

    public List<Match> match(MatchQuery query) {
        return matchAll(List.of(query)).get(0);
    }

    /** Matches of many segments (an article), with one read of the store for all of them. */
    public List<List<Match>> matchAll(List<MatchQuery> queries) {
        return matchAll(queries, 1);
    }

    /**
     * As {@link #matchAll(List)}, searching the index on up to {@code parallelism} threads of the
     * common pool; the store is still read once.
     */
    public List<List<Match>> matchAll(List<MatchQuery> queries, int parallelism) {
        int count = queries.size();
        MatchKeys.Query[] prepared = new MatchKeys.Query[count];
        MatchIndex.Hits[] hits = new MatchIndex.Hits[count];
        int threads = Math.max(1, Math.min(parallelism, count));
        List<CompletableFuture<Void>> chunks = new ArrayList<>();
        for (int t = 1; t < threads; t++) {
            int chunk = t;
            chunks.add(CompletableFuture.runAsync(() -> searchChunk(queries, prepared, hits, chunk, threads)));
        }
        searchChunk(queries, prepared, hits, 0, threads);
        chunks.forEach(CompletableFuture::join);
        Map<Long, TranslationUnit> units = unitsOf(hits);
        List<List<Match>> out = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            MatchVerifier verifier = new MatchVerifier(keys, prepared[i]);
            List<Match> matches = verifier.matches(hits[i], units, BEST_FIRST);
            if (verifier.sameKeyDropped() > 0 && queries.get(i).threshold() <= Scores.FUZZY_MAX) {
                matches = searchedWithEverySlot(queries.get(i), prepared[i]);
            }
            out.add(matches);
        }
        return out;
    }

    /**
     * A query's matches when a unit sharing its key failed verification (a hash collision, or deleted
     * since the search), so the slot the search left it must go to a fuzzy match after all. Rare.
     */
    private List<Match> searchedWithEverySlot(MatchQuery query, MatchKeys.Query prepared) {
        MatchIndex.Hits hits;
        lock.readLock().lock();
        try {
            hits = index.search(prepared, query.threshold(), query.limit(), false, scratch.get());
        } finally {
            lock.readLock().unlock();
        }
        return new MatchVerifier(keys, prepared).matches(hits, unitsOf(hits), BEST_FIRST);
    }

    /** The units the hits name, read from the store at once. */
    private Map<Long, TranslationUnit> unitsOf(MatchIndex.Hits... hits) {
        Set<Long> ids = new LinkedHashSet<>();
        for (MatchIndex.Hits hit : hits) {
            for (int i = 0; i < hit.sameKeyCount; i++) {
                ids.add(hit.sameKey[i]);
            }
            for (int i = 0; i < hit.fuzzyCount; i++) {
                ids.add(hit.fuzzyIds[i]);
            }
        }
        Map<Long, TranslationUnit> units = new HashMap<>();
        if (!ids.isEmpty()) {
            store.findByIds(ids).forEach(unit -> units.put(unit.id(), unit));
        }
        return units;
    }

    /**
     * The id of a unit with exactly this source and target (tagged text), from the index alone: the
     * joined key's hash and a 64-bit hash of source and target must both agree.
     */
    public Optional<Long> findDuplicate(String source, String target) {
        return findDuplicate(keys.keyHash(source), MatchKeys.pairHash(source, target));
    }

    /** {@link #findDuplicate(String, String)} with the keys of the translation computed earlier. */
    public Optional<Long> findDuplicate(TextKeys texts) {
        return findDuplicate(texts.keyHash, texts.pairHash);
    }

    private Optional<Long> findDuplicate(long keyHash, long pairHash) {
        lock.readLock().lock();
        try {
            long id = index.findDuplicate(keyHash, pairHash);
            return id == MatchIndex.NONE ? Optional.empty() : Optional.of(id);
        } finally {
            lock.readLock().unlock();
        }
    }

    /**
     * Concordance on the source side: the ids of units whose source contains the phrase as whole
     * words after normalization ({@code همکاری ها} finds {@code همکاری‌ها}), newest first.
     */
    public List<Long> concordance(String phrase, int limit) {
        String[] words = Words.tokens(keys.key(phrase));
        if (words.length == 0 || limit < 1) {
            return List.of();
        }
        lock.readLock().lock();
        try {
            int[] tokens = new int[words.length];
            for (int i = 0; i < words.length; i++) {
                tokens[i] = index.vocabulary().id(words[i]);
                if (tokens[i] < 0) {
                    return List.of();
                }
            }
            return Arrays.stream(index.containing(tokens, limit)).boxed().toList();
        } finally {
            lock.readLock().unlock();
        }
    }

    /**
     * Concordance on the target side: units whose target contains the phrase as consecutive whole
     * words, folded by the target language's rules ({@link TargetWords}: case, Russian {@code ё},
     * punctuation), newest first, with the phrase's place in each target. The index gives the units
     * having every word of the phrase (a word in no target answers at once, with nothing); their
     * targets are then read from the store, newest first, and the phrase looked for in them, in rounds
     * of growing size until {@code limit} are found or the candidates are exhausted.
     */
    public List<TargetHit> targetConcordance(String phrase, int limit) {
        String[] words = targetWords.words(TaggedSource.parse(phrase).plain());
        if (words.length == 0 || limit < 1) {
            return List.of();
        }
        List<TargetHit> hits = new ArrayList<>();
        Set<Long> read = new HashSet<>();
        for (int max = limit + 16; ; max = (int) Math.min(Integer.MAX_VALUE, 8L * max)) {
            long[] candidates;
            lock.readLock().lock();
            try {
                candidates = index.targetContaining(words, max);
            } finally {
                lock.readLock().unlock();
            }
            List<Long> unread = new ArrayList<>();
            for (long id : candidates) {
                if (read.add(id)) {
                    unread.add(id);
                }
            }
            Map<Long, TranslationUnit> units = new HashMap<>();
            if (!unread.isEmpty()) {
                store.findByIds(unread).forEach(unit -> units.put(unit.id(), unit));
            }
            for (int i = 0; i < unread.size() && hits.size() < limit; i++) {
                TranslationUnit unit = units.get(unread.get(i));
                if (unit != null) {
                    targetWords.find(TaggedSource.parse(unit.target()).plain(), words)
                            .ifPresent(span -> hits.add(new TargetHit(unit, span.start(), span.end())));
                }
            }
            if (hits.size() >= limit || candidates.length < max) {
                return hits;
            }
        }
    }

    /**
     * The units that may have the phrases in their text, for a search that compares the normalized keys
     * ({@link PersianNormalizer} of the plain text) with {@code LIKE '%key%'}: every live unit whose
     * source key contains the source phrase's key and whose target key contains the target phrase's
     * key is among them (a null phrase asks nothing of its side). A superset, not the answer: a piece
     * of a phrase may stand inside a longer word ({@code ایران} in {@code ایرانی}), so the candidates
     * are the units having a word that contains each piece, and the caller compares the keys
     * themselves. Empty when the index cannot narrow the memory: no phrase has a letter or digit, or
     * more than {@code cap} units are candidates (reading them one by one would cost more than a scan).
     *
     * @return the candidates' ids, ascending
     */
    public Optional<long[]> keyCandidates(String sourcePhrase, String targetPhrase, int cap) {
        List<WordPart> sourceParts = sourcePhrase == null ? List.of() : Words.parts(keys.normalize(sourcePhrase));
        List<WordPart> targetParts = targetPhrase == null ? List.of()
                : targetWords.parts(keys.normalize(targetPhrase));
        if (sourceParts.isEmpty() && targetParts.isEmpty()) {
            return Optional.empty();
        }
        lock.readLock().lock();
        try {
            return Optional.ofNullable(index.withParts(sourceParts, targetParts, cap));
        } finally {
            lock.readLock().unlock();
        }
    }

    /** Units in the index. */
    public int size() {
        return read(MatchIndex::size);
    }

    /**
     * The sum of the ids of the units the index holds: compared with the store's, it tells a set of units
     * from another of the same size (an index snapshot checked against its database).
     */
    public long idSum() {
        return read(MatchIndex::idSum);
    }

    /** The part of {@link #estimatedHeapBytes} that the target words' index holds. */
    public long estimatedTargetHeapBytes() {
        return read(MatchIndex::targetHeapBytes);
    }

    /** Heap held by the index, estimated from the sizes of its arrays (texts are not held). */
    public long estimatedHeapBytes() {
        return read(MatchIndex::heapBytes);
    }

    /** One figure of the index, read under the read lock. */
    private <T> T read(Function<MatchIndex, T> figure) {
        lock.readLock().lock();
        try {
            return figure.apply(index);
        } finally {
            lock.readLock().unlock();
        }
    }

    private void searchChunk(List<MatchQuery> queries, MatchKeys.Query[] prepared, MatchIndex.Hits[] hits,
                             int chunk, int chunks) {
        SearchScratch own = scratch.get();
        for (int i = chunk; i < queries.size(); i += chunks) {
            prepared[i] = keys.query(queries.get(i));
            lock.readLock().lock();
            try {
                hits[i] = index.search(prepared[i], queries.get(i).threshold(), queries.get(i).limit(), true, own);
            } finally {
                lock.readLock().unlock();
            }
        }
    }

    /** Called by a writer: rebuilds the index once removed and replaced units outnumber the live ones. */
    private void compactIfWasteful() {
        if (index.garbage() > 10_000 && index.garbage() > index.size()) {
            swap(index.compacted());
        }
    }

    private void swap(MatchIndex fresh) {
        lock.writeLock().lock();
        try {
            index = fresh;
        } finally {
            lock.writeLock().unlock();
        }
    }
}
