package org.tarjoman.memory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;
import org.tarjoman.memory.testing.TestData;

/**
 * A memory's index written to a snapshot and read back answers every query as the index it was
 * written from (NTREX fa-en units, some corrected and some deleted before), takes writes after,
 * and a snapshot that is cut short, has a bit flipped, is of another format or another pair is
 * refused, leaving the index as it was.
 */
class IndexSnapshotTest {

    private final Memories written = new Memories();
    private final List<TranslationUnit> units = new ArrayList<>();

    @Test
    void shouldAnswerMatchesAndConcordancesAsTheIndexItWasWrittenFrom() throws IOException {
        loadNtrex();
        Random random = new Random(3);
        for (int i = 0; i < 20; i++) {
            delete(units.get(random.nextInt(units.size())));
        }
        for (int i = 0; i < 20; i++) {
            correct(units.get(random.nextInt(units.size())), random);
        }

        TranslationMemory read = readBack(snapshot(written.memory));

        assertSameAnswers(written.memory, read, random);
    }

    @Test
    void shouldAnswerTheSameWhenManyDeletedUnitsAreCompactedAwayBeforeWriting() throws IOException {
        loadNtrex();
        for (int i = 0; i < units.size(); i += 2) {
            delete(units.get(i));
        }

        byte[] snapshot = snapshot(written.memory);
        TranslationMemory read = readBack(snapshot);

        assertSameAnswers(written.memory, read, new Random(5));
        assertThat(snapshot.length).isLessThan(snapshot(fullMemory()).length * 3 / 4);
    }

    @Test
    void shouldKeepDeletedUnitsDeleted() throws IOException {
        TranslationUnit kept = written.add("وزیر امور خارجه ایران روز سه‌شنبه وارد مسکو شد.",
                "Iran's foreign minister arrived in Moscow on Tuesday.");
        TranslationUnit deleted = written.add("مذاکرات انتقال گاز در وین ادامه دارد.", "Gas transit talks continue in Vienna.");
        written.memory.remove(deleted.id());

        TranslationMemory read = readBack(snapshot(written.memory));

        assertThat(read.size()).isEqualTo(1);
        assertThat(read.concordance("انتقال گاز", 10)).isEmpty();
        assertThat(read.concordance("مسکو", 10)).containsExactly(kept.id());
        assertThat(read.findDuplicate(deleted.source(), deleted.target())).isEmpty();
        assertThat(read.findDuplicate(kept.source(), kept.target())).contains(kept.id());
    }

    @Test
    void shouldTakePutsAndRemovesAfterBeingRead() throws IOException {
        loadNtrex();
        TranslationMemory read = readBack(snapshot(written.memory));
        TranslationUnit added = written.store.save(Memories.unit("همکاری‌های دو کشور در حوزه انرژی گسترش می‌یابد.",
                "Energy cooperation between the two countries expands.", null, null, Memories.T0, 0));

        read.put(added);
        read.remove(units.get(0).id());

        assertThat(read.size()).isEqualTo(units.size());
        assertThat(read.match(Memories.query(added.source(), 100, 5))).extracting(m -> m.unit().id())
                .containsExactly(added.id());
        assertThat(read.concordance("حوزه انرژی", 5)).contains(added.id());
        assertThat(read.targetConcordance("energy cooperation", 5)).extracting(h -> h.unit().id()).contains(added.id());
        assertThat(read.concordance(units.get(0).source(), 5)).doesNotContain(units.get(0).id());
    }

    @Test
    void shouldRoundTripAnEmptyIndex() throws IOException {
        TranslationMemory read = readBack(snapshot(written.memory));

        assertThat(read.size()).isZero();
        assertThat(read.concordance("مسکو", 10)).isEmpty();
    }

    @Test
    void shouldRefuseASnapshotCutShortAnywhere() throws IOException {
        loadNtrex();
        byte[] snapshot = snapshot(written.memory);
        TranslationMemory read = new TranslationMemory(Memories.FA_EN, written.store);

        for (int length : new int[] {0, 3, 20, snapshot.length / 3, snapshot.length - 5, snapshot.length - 1}) {
            assertThatThrownBy(() -> read.loadSnapshot(new ByteArrayInputStream(Arrays.copyOf(snapshot, length))))
                    .isInstanceOf(IndexSnapshotException.class);
        }
        assertThat(read.size()).isZero();
    }

    @Test
    void shouldRefuseASnapshotWithAnyBitFlipped() throws IOException {
        loadNtrex();
        byte[] snapshot = snapshot(written.memory);
        TranslationMemory read = readBack(snapshot);
        Random random = new Random(11);

        for (int i = 0; i < 60; i++) {
            // the header's first bytes, then anywhere
            int at = i < 30 ? i : random.nextInt(snapshot.length);
            byte[] flipped = snapshot.clone();
            flipped[at] ^= (byte) (1 << random.nextInt(8));
            assertThatThrownBy(() -> read.loadSnapshot(new ByteArrayInputStream(flipped)))
                    .as("bit flipped at byte %d", at).isInstanceOf(IndexSnapshotException.class);
        }
        assertThat(read.size()).isEqualTo(written.memory.size());
    }

    @Test
    void shouldRefuseASnapshotOfAnotherFormatVersion() throws IOException {
        byte[] snapshot = snapshot(written.memory);
        snapshot[7]++;

        assertThatThrownBy(() -> readBack(snapshot)).isInstanceOf(IndexSnapshotException.class)
                .hasMessageContaining("format");
    }

    @Test
    void shouldRefuseASnapshotOfAnotherPair() throws IOException {
        written.add("وزیر امور خارجه ایران روز سه‌شنبه وارد مسکو شد.", "Iran's foreign minister arrived in Moscow on Tuesday.");
        TranslationMemory russian = new TranslationMemory(LanguagePair.parse("fa-ru"), written.store);

        assertThatThrownBy(() -> russian.loadSnapshot(new ByteArrayInputStream(snapshot(written.memory))))
                .isInstanceOf(IndexSnapshotException.class).hasMessageContaining("fa-en");
        assertThat(russian.size()).isZero();
    }

    private void assertSameAnswers(TranslationMemory expected, TranslationMemory actual, Random random) {
        assertThat(actual.size()).isEqualTo(expected.size());
        for (int i = 0; i < 150; i++) {
            TranslationUnit unit = units.get(random.nextInt(units.size()));
            String edited = edit(unit.source(), random);
            for (MatchQuery query : List.of(Memories.query(unit.source(), 100, 5), Memories.query(edited, 70, 5))) {
                assertThat(actual.match(query)).as(query.source()).isEqualTo(expected.match(query));
            }
            String[] words = unit.source().split(" ");
            String phrase = String.join(" ", Arrays.copyOfRange(words, 0, Math.min(2, words.length)));
            assertThat(actual.concordance(phrase, 20)).as(phrase).isEqualTo(expected.concordance(phrase, 20));
            String[] targetWords = unit.target().split(" ");
            String targetWord = targetWords[random.nextInt(targetWords.length)];
            assertThat(actual.targetConcordance(targetWord, 20)).as(targetWord)
                    .isEqualTo(expected.targetConcordance(targetWord, 20));
            assertThat(actual.findDuplicate(unit.source(), unit.target()))
                    .isEqualTo(expected.findDuplicate(unit.source(), unit.target()));
            assertThat(actual.keyCandidates(words[0], null, 1_000).map(Arrays::toString))
                    .isEqualTo(expected.keyCandidates(words[0], null, 1_000).map(Arrays::toString));
        }
    }

    private void loadNtrex() throws IOException {
        List<String> fa = Files.readAllLines(TestData.ntrex("newstest2019-ref.fas.txt"), StandardCharsets.UTF_8);
        List<String> en = Files.readAllLines(TestData.ntrex("newstest2019-src.eng.txt"), StandardCharsets.UTF_8);
        for (int i = 0; i < fa.size(); i++) {
            if (!fa.get(i).isBlank() && !en.get(i).isBlank()) {
                units.add(written.add(fa.get(i), en.get(i)));
            }
        }
    }

    private TranslationMemory fullMemory() {
        TranslationMemory full = new TranslationMemory(Memories.FA_EN, written.store);
        units.forEach(full::put);
        return full;
    }

    private void delete(TranslationUnit unit) {
        written.store.delete(unit.id());
        written.memory.remove(unit.id());
    }

    /** The unit's target reworded and its source edited, under the same id. */
    private void correct(TranslationUnit unit, Random random) {
        TranslationUnit corrected = new TranslationUnit(unit.id(), unit.pair(), edit(unit.source(), random),
                unit.target() + " (corrected)", null, null, "test", "tester", Memories.T0, Memories.T0.plusSeconds(60), 1);
        written.store.save(corrected);
        written.memory.put(corrected);
        units.set(units.indexOf(unit), corrected);
    }

    /** The sentence with one word left out. */
    private static String edit(String source, Random random) {
        List<String> words = new ArrayList<>(List.of(source.split(" ")));
        if (words.size() > 3) {
            words.remove(random.nextInt(words.size()));
        }
        return String.join(" ", words);
    }

    private static byte[] snapshot(TranslationMemory memory) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        memory.writeSnapshot(out);
        return out.toByteArray();
    }

    private TranslationMemory readBack(byte[] snapshot) throws IOException {
        TranslationMemory read = new TranslationMemory(Memories.FA_EN, written.store);
        read.loadSnapshot(new ByteArrayInputStream(snapshot));
        return read;
    }
}
