package org.tarjoman.memory;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.params.ParameterizedTest;
import org.tarjoman.core.normalize.JoinedKey;
import org.junit.jupiter.params.provider.ValueSource;
import org.tarjoman.memory.bench.NtrexCorpus;

/**
 * The index must find what a scan of every unit finds: for a few hundred queries against a few
 * thousand NTREX units and variants, the top matches (ids and scores) of {@link TranslationMemory#match}
 * equal those of a brute-force scan that computes the documented score with its own plain
 * implementation.
 */
class IndexRecallTest {

    private static final int LIMIT = 5;

    private final MatchKeys keys = new MatchKeys();

    @ParameterizedTest
    @ValueSource(ints = {70, 50})
    void shouldFindTheSameTopMatchesAsABruteForceScan(int threshold) {
        NtrexCorpus corpus = NtrexCorpus.load();
        Random random = new Random(threshold);
        Memories memories = new Memories();
        List<TranslationUnit> units = new ArrayList<>();
        for (int i = 0; i < corpus.size(); i++) {
            units.add(memories.add(maybeTagged(corpus.persian(i), random), corpus.english(i), null, null,
                    Memories.T0.plusSeconds(random.nextInt(5)), random.nextInt(3)));
            String[] generated = corpus.generate(random);
            units.add(memories.add(maybeTagged(generated[0], random), generated[1], null, null,
                    Memories.T0.plusSeconds(random.nextInt(5)), random.nextInt(3)));
        }
        List<Indexed> indexed = units.stream().map(this::indexed).toList();
        int found = 0;
        for (int q = 0; q < 300; q++) {
            String base = units.get(random.nextInt(units.size())).source().replaceAll("<[^>]+>", "");
            String source = switch (q % 10) {
                case 0 -> base;
                case 5 -> base.replace('\u200C', ' '); // spacing only: found through the joined key
                default -> corpus.edit(base, random, 1 + random.nextInt(3));
            };
            MatchQuery query = Memories.query(maybeTagged(source, random), threshold, LIMIT);

            List<String> expected = bruteForce(query, indexed).stream().map(IndexRecallTest::describe).toList();
            List<String> actual = memories.memory.match(query).stream().map(IndexRecallTest::describe).toList();

            assertThat(actual).as("query %d: %s", q, source).isEqualTo(expected);
            found += actual.size();
        }
        assertThat(found).isGreaterThan(300);
    }

    private static String maybeTagged(String source, Random random) {
        int space = source.indexOf(' ');
        return random.nextInt(10) == 0 && space > 0
                ? "<g id=\"1\">" + source.substring(0, space) + "</g>" + source.substring(space) : source;
    }

    /** A unit with its key and tokens computed once. */
    private record Indexed(TranslationUnit unit, TaggedSource source, String key, String[] tokens) {
    }

    private Indexed indexed(TranslationUnit unit) {
        String key = keys.key(unit.source());
        return new Indexed(unit, TaggedSource.parse(unit.source()), key, Words.tokens(key));
    }

    private List<Match> bruteForce(MatchQuery query, List<Indexed> units) {
        TaggedSource querySource = TaggedSource.parse(query.source());
        String queryKey = keys.key(query.source());
        String[] q = Words.tokens(queryKey);
        List<Match> matches = new ArrayList<>();
        for (Indexed each : units) {
            TranslationUnit unit = each.unit();
            TaggedSource unitSource = each.source();
            int score;
            if (unit.source().equals(query.source())) {
                score = 100; // queries carry no context, so an identical source is exact
            } else if (JoinedKey.of(each.key()).equals(JoinedKey.of(queryKey))) {
                score = keys.wordForm(unitSource).equals(keys.wordForm(querySource)) ? 99 : 98;
            } else {
                String[] c = each.tokens();
                int max = Math.max(q.length, c.length);
                if (max == 0) {
                    continue;
                }
                int base = 100 * (max - distance(q, c)) / max;
                int penalty = 2 * numbersOnlyInOne(q, c)
                        + Scores.codePenalty(querySource.codeSignature(), unitSource.codeSignature());
                score = Math.min(97, base - penalty);
                if (score < Math.max(query.threshold(), 30)) {
                    continue;
                }
            }
            if (score >= query.threshold()) {
                matches.add(new Match(unit, score, MatchKind.FUZZY, List.of()));
            }
        }
        matches.sort(Comparator.comparingInt(Match::score).reversed()
                .thenComparing((Match m) -> m.unit().changedAt(), Comparator.reverseOrder())
                .thenComparing((Match m) -> m.unit().usageCount(), Comparator.reverseOrder())
                .thenComparingLong(m -> m.unit().id()));
        return matches.subList(0, Math.min(LIMIT, matches.size()));
    }

    private static int distance(String[] a, String[] b) {
        int[][] d = new int[a.length + 1][b.length + 1];
        for (int i = 0; i <= a.length; i++) {
            for (int j = 0; j <= b.length; j++) {
                d[i][j] = i == 0 ? j : j == 0 ? i : Math.min(d[i - 1][j - 1] + (a[i - 1].equals(b[j - 1]) ? 0 : 1),
                        Math.min(d[i - 1][j], d[i][j - 1]) + 1);
            }
        }
        return d[a.length][b.length];
    }

    /** The larger of the counts of number tokens each side has and the other lacks. */
    private static int numbersOnlyInOne(String[] q, String[] c) {
        List<String> left = new ArrayList<>(List.of(q).stream().filter(Words::isNumber).toList());
        List<String> right = new ArrayList<>(List.of(c).stream().filter(Words::isNumber).toList());
        int common = 0;
        for (String number : left) {
            if (right.remove(number)) {
                common++;
            }
        }
        return Math.max(left.size() - common, right.size());
    }

    private static String describe(Match match) {
        return match.unit().id() + ":" + match.score();
    }
}
