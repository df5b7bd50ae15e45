package org.tarjoman.memory;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.IntStream;

import org.tarjoman.core.document.TaggedText;
import org.tarjoman.core.normalize.JoinedKey;
import org.tarjoman.memory.bench.NtrexCorpus;

/**
 * Builds a memory of {@code units} recombined NTREX units (the generator of the benchmarks, escaped
 * to tagged text as {@code TmxFileGenerator} writes them), asks the editor's lookup (threshold 70,
 * top 5) for stored sources with 1–2 words edited, and compares each answer with a scan that scores
 * every unit by the documented formula in its own plain code (token ids of its own, a full
 * Levenshtein table, the same tie-break). Also counts how often the unit a query was made from is
 * in the top 5, and why not when it is missing. Run at 1M:
 * {@code ./mvnw -q -pl translation-memory test-compile exec:exec@recall [-Dbench.recall="1000000 300"]}.
 */
public final class TopMatchesAgainstBruteForce {

    static final int THRESHOLD = 70;
    static final int LIMIT = 5;
    private static final LanguagePair FA_EN = LanguagePair.parse("fa-en");

    /** What a run found; every count is of queries. */
    record Result(int units, int queries, int identical, int originFound, int originBelowThreshold,
                  int originOutscored, int originLostTie, List<String> differing) {

        double identityPercent() {
            return 100.0 * identical / queries;
        }

        double originRecallPercent() {
            return 100.0 * originFound / queries;
        }

        String report() {
            return String.format("%,d units, %d queries (threshold %d, top %d, 1-2 words edited):%n"
                            + "  top %d identical to brute force: %d (%.1f%%)%n"
                            + "  unit the query was made from in the top %d: %d (%.1f%%)%n"
                            + "  missing because it scores below the threshold: %d; outscored by %d units scoring"
                            + " higher: %d; tied with the 5th and lost the tie-break (newer, more used): %d%n",
                    units, queries, THRESHOLD, LIMIT, LIMIT, identical, identityPercent(), LIMIT, originFound,
                    originRecallPercent(), originBelowThreshold, LIMIT, originOutscored, originLostTie)
                    + (differing.isEmpty() ? "" : "  differing: " + String.join("\n  ", differing) + "\n");
        }
    }

    private final MatchKeys keys = new MatchKeys();
    private final Map<String, Integer> vocabulary = new HashMap<>();
    private final List<Boolean> numbers = new ArrayList<>();
    private final InMemoryUnitStore store = new InMemoryUnitStore();
    private final List<TranslationUnit> units = new ArrayList<>();
    private final List<String> plains = new ArrayList<>();
    private int[][] tokens;
    private long[] joinedKeyHashes;
    private int[] codeSignatures;
    private boolean[] isNumber;

    public static void main(String[] args) {
        int units = args.length > 0 ? Integer.parseInt(args[0]) : 1_000_000;
        int queries = args.length > 1 ? Integer.parseInt(args[1]) : 300;
        long start = System.nanoTime();
        Result result = run(units, queries);
        System.out.print(result.report());
        System.out.printf("  (%.0f s)%n", (System.nanoTime() - start) / 1e9);
    }

    static Result run(int size, int queryCount) {
        TopMatchesAgainstBruteForce check = new TopMatchesAgainstBruteForce();
        NtrexCorpus corpus = NtrexCorpus.load();
        Random random = new Random(size);
        TranslationMemory memory = check.build(corpus, random, size);
        int[] origins = new int[queryCount];
        MatchQuery[] queries = new MatchQuery[queryCount];
        for (int i = 0; i < queryCount; i++) {
            origins[i] = random.nextInt(size);
            String edited = corpus.edit(check.plains.get(origins[i]), random, 1 + random.nextInt(2));
            queries[i] = new MatchQuery(TaggedText.of(edited, List.of()), null, null, THRESHOLD, LIMIT);
        }
        List<List<Match>> expected = IntStream.range(0, queryCount).parallel()
                .mapToObj(i -> check.bruteForce(queries[i])).toList();
        int identical = 0;
        int found = 0;
        int below = 0;
        int outscored = 0;
        int lostTie = 0;
        List<String> differing = new ArrayList<>();
        for (int i = 0; i < queryCount; i++) {
            List<String> actual = memory.match(queries[i]).stream().map(TopMatchesAgainstBruteForce::describe).toList();
            List<String> brute = expected.get(i).stream().map(TopMatchesAgainstBruteForce::describe).toList();
            if (actual.equals(brute)) {
                identical++;
            } else if (differing.size() < 10) {
                differing.add(queries[i].source() + ": index " + actual + ", brute force " + brute);
            }
            long origin = check.units.get(origins[i]).id();
            if (expected.get(i).stream().anyMatch(m -> m.unit().id() == origin)) {
                found++;
                continue;
            }
            int score = check.score(check.prepare(queries[i]), origins[i]);
            if (score < THRESHOLD) {
                below++;
            } else if (score < expected.get(i).get(LIMIT - 1).score()) {
                outscored++;
            } else {
                lostTie++;
            }
        }
        return new Result(size, queryCount, identical, found, below, outscored, lostTie, differing);
    }

    private TranslationMemory build(NtrexCorpus corpus, Random random, int size) {
        Instant t0 = Instant.parse("2024-01-01T00:00:00Z");
        tokens = new int[size][];
        joinedKeyHashes = new long[size];
        codeSignatures = new int[size];
        for (int i = 0; i < size; i++) {
            String[] pair = corpus.generate(random);
            Instant at = t0.plusSeconds(i);
            TranslationUnit unit = store.save(new TranslationUnit(0, FA_EN, TaggedText.of(pair[0], List.of()),
                    TaggedText.of(pair[1], List.of()), null, null, "bench", "bench", at, at, random.nextInt(5)));
            units.add(unit);
            plains.add(pair[0]);
            String key = keys.key(unit.source());
            tokens[i] = ids(Words.tokens(key));
            joinedKeyHashes[i] = Hash64.of(JoinedKey.of(key));
            codeSignatures[i] = TaggedSource.parse(unit.source()).codeSignature();
        }
        isNumber = new boolean[numbers.size()];
        for (int t = 0; t < isNumber.length; t++) {
            isNumber[t] = numbers.get(t);
        }
        TranslationMemory memory = new TranslationMemory(FA_EN, store);
        memory.load();
        return memory;
    }

    private int[] ids(String[] words) {
        int[] out = new int[words.length];
        for (int i = 0; i < words.length; i++) {
            out[i] = vocabulary.computeIfAbsent(words[i], w -> {
                numbers.add(Words.isNumber(w));
                return vocabulary.size();
            });
        }
        return out;
    }

    /** A query with what the scan compares computed once. */
    private record Prepared(MatchQuery query, String joinedKey, long joinedKeyHash, String wordForm, int[] tokens,
                            boolean[] numbers, int codeSignature) {
    }

    private Prepared prepare(MatchQuery query) {
        TaggedSource source = TaggedSource.parse(query.source());
        String key = keys.key(query.source());
        String joined = JoinedKey.of(key);
        String[] words = Words.tokens(key);
        int[] ids = new int[words.length];
        boolean[] isNumberWord = new boolean[words.length];
        for (int i = 0; i < words.length; i++) {
            Integer id = vocabulary.get(words[i]);
            ids[i] = id != null ? id : -1 - i; // looked up, never added: an unknown word has an id no unit has
            isNumberWord[i] = Words.isNumber(words[i]);
        }
        return new Prepared(query, joined, Hash64.of(joined), keys.wordForm(source), ids, isNumberWord,
                source.codeSignature());
    }

    /** The top {@link #LIMIT} of a scan of every unit: ids and scores, best first. */
    List<Match> bruteForce(MatchQuery query) {
        Prepared prepared = prepare(query);
        Match[] best = new Match[LIMIT];
        int count = 0;
        for (int u = 0; u < units.size(); u++) {
            int score = score(prepared, u);
            if (score < query.threshold()) {
                continue;
            }
            Match match = new Match(units.get(u), score, MatchKind.FUZZY, List.of());
            if (count == LIMIT && !better(match, best[LIMIT - 1])) {
                continue;
            }
            int at = Math.min(count, LIMIT - 1);
            while (at > 0 && better(match, best[at - 1])) {
                best[at] = best[at - 1];
                at--;
            }
            best[at] = match;
            count = Math.min(count + 1, LIMIT);
        }
        return new ArrayList<>(Arrays.asList(best).subList(0, count));
    }

    /** The documented score of unit {@code u} for the query, or -1 below {@link Scores#MIN_FUZZY}. */
    private int score(Prepared query, int u) {
        TranslationUnit unit = units.get(u);
        if (unit.source().equals(query.query().source())) {
            return Scores.EXACT; // queries carry no context
        }
        if (query.joinedKeyHash() == joinedKeyHashes[u] && JoinedKey.of(keys.key(unit.source())).equals(query.joinedKey())) {
            return keys.wordForm(TaggedSource.parse(unit.source())).equals(query.wordForm())
                    ? Scores.NORMALIZED_SAME_WORDS : Scores.NORMALIZED;
        }
        int[] q = query.tokens();
        int[] c = tokens[u];
        int max = Math.max(q.length, c.length);
        if (max == 0) {
            return -1;
        }
        int base = 100 * (max - distance(q, c)) / max;
        if (base < Scores.MIN_FUZZY || base < query.query().threshold()) {
            return -1; // penalties only lower the score (the scan's one shortcut: it needs no index)
        }
        int penalty = Scores.NUMBER_PENALTY * numbersOnlyInOne(query, c)
                + Scores.codePenalty(query.codeSignature(), codeSignatures[u]);
        int score = Math.min(Scores.FUZZY_MAX, base - penalty);
        return score < Scores.MIN_FUZZY ? -1 : score;
    }

    private static final ThreadLocal<int[][]> ROWS = ThreadLocal.withInitial(() -> new int[2][1024]);

    private static int distance(int[] a, int[] b) {
        int[][] rows = ROWS.get();
        if (rows[0].length <= b.length) {
            rows[0] = new int[b.length + 1];
            rows[1] = new int[b.length + 1];
        }
        int[] prev = rows[0];
        int[] cur = rows[1];
        for (int j = 0; j <= b.length; j++) {
            prev[j] = j;
        }
        for (int i = 1; i <= a.length; i++) {
            cur[0] = i;
            for (int j = 1; j <= b.length; j++) {
                cur[j] = Math.min(prev[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1), Math.min(prev[j], cur[j - 1]) + 1);
            }
            int[] swap = prev;
            prev = cur;
            cur = swap;
        }
        return prev[b.length];
    }

    /** The larger of the counts of number tokens each side has and the other lacks. */
    private int numbersOnlyInOne(Prepared query, int[] c) {
        List<Integer> unitNumbers = new ArrayList<>();
        for (int t : c) {
            if (isNumber[t]) {
                unitNumbers.add(t);
            }
        }
        if (unitNumbers.isEmpty() && !anyTrue(query.numbers())) {
            return 0;
        }
        int queryOnly = 0;
        for (int i = 0; i < query.tokens().length; i++) {
            if (query.numbers()[i] && !unitNumbers.remove((Integer) query.tokens()[i])) {
                queryOnly++;
            }
        }
        return Math.max(queryOnly, unitNumbers.size());
    }

    private static boolean anyTrue(boolean[] values) {
        for (boolean value : values) {
            if (value) {
                return true;
            }
        }
        return false;
    }

    private static boolean better(Match a, Match b) {
        if (a.score() != b.score()) {
            return a.score() > b.score();
        }
        if (!a.unit().changedAt().equals(b.unit().changedAt())) {
            return a.unit().changedAt().isAfter(b.unit().changedAt());
        }
        if (a.unit().usageCount() != b.unit().usageCount()) {
            return a.unit().usageCount() > b.unit().usageCount();
        }
        return a.unit().id() < b.unit().id();
    }

    private static String describe(Match match) {
        return match.unit().id() + ":" + match.score();
    }
}
