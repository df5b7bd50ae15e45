package org.tarjoman.memory;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;

import org.junit.jupiter.api.Test;

class TranslationMemoryWritesTest {

    private static final String SOURCE = "بانک مرکزی نرخ جدید ارز را اعلام کرد.";

    private final Memories memories = new Memories();

    @Test
    void shouldMatchAUnitAsSoonAsItIsPut() {
        TranslationUnit unit = memories.add(SOURCE, "The central bank announced the new exchange rate.");

        assertThat(memories.memory.match(MatchQuery.of(SOURCE))).extracting(Match::unit).containsExactly(unit);
        assertThat(memories.memory.size()).isEqualTo(1);
    }

    @Test
    void shouldNotMatchARemovedUnit() {
        TranslationUnit unit = memories.add(SOURCE, "The central bank announced the new exchange rate.");

        memories.memory.remove(unit.id());

        assertThat(memories.memory.match(MatchQuery.of(SOURCE))).isEmpty();
        assertThat(memories.memory.findDuplicate(SOURCE, unit.target())).isEmpty();
        assertThat(memories.memory.size()).isZero();
    }

    @Test
    void shouldMatchTheCorrectedSourceOfAnUpdatedUnit() {
        TranslationUnit unit = memories.add(SOURCE, "The central bank announced the new exchange rate.");
        String corrected = "بانک مرکزی نرخ رسمی ارز را اعلام کرد.";
        TranslationUnit updated = memories.store.save(new TranslationUnit(unit.id(), unit.pair(), corrected,
                unit.target(), null, null, "test", "editor", unit.createdAt(), unit.changedAt(), 0));

        memories.memory.put(updated);

        assertThat(memories.memory.match(MatchQuery.of(corrected))).singleElement()
                .satisfies(m -> assertThat(m.kind()).isEqualTo(MatchKind.EXACT));
        assertThat(memories.memory.match(MatchQuery.of(SOURCE))).singleElement()
                .satisfies(m -> assertThat(m.kind()).isEqualTo(MatchKind.FUZZY));
        assertThat(memories.memory.size()).isEqualTo(1);
    }

    @Test
    void shouldRebuildFromTheStoreOnLoad() {
        memories.store.save(Memories.unit(SOURCE, "x", null, null, Memories.T0, 0));
        TranslationMemory fresh = new TranslationMemory(Memories.FA_EN, memories.store);

        fresh.load();

        assertThat(fresh.size()).isEqualTo(1);
        assertThat(fresh.match(MatchQuery.of(SOURCE))).hasSize(1);
    }

    @Test
    void shouldTakeWritesWhileALoadReadsTheStoreAndKeepThemAfterIt() throws Exception {
        TranslationUnit removedMeanwhile = memories.add(SOURCE, "The central bank announced the new exchange rate.");
        CountDownLatch reading = new CountDownLatch(1);
        CountDownLatch writesDone = new CountDownLatch(1);
        UnitStore slowStore = new UnitStore() {
            @Override
            public void forEach(LanguagePair pair, Consumer<TranslationUnit> sink) {
                memories.store.forEach(pair, sink); // the state before the writes below
                reading.countDown();
                await(writesDone);
            }

            @Override
            public List<TranslationUnit> findByIds(Collection<Long> ids) {
                return memories.store.findByIds(ids);
            }
        };
        TranslationMemory memory = new TranslationMemory(Memories.FA_EN, slowStore);
        memory.put(removedMeanwhile);
        Thread load = new Thread(memory::load);
        load.start();
        reading.await();

        String added = "وزیر نفت به وین سفر کرد.";
        TranslationUnit addedMeanwhile = memories.store.save(Memories.unit(added, "The oil minister went to Vienna.",
                null, null, Memories.T0, 0));
        memory.put(addedMeanwhile); // returns while the load still reads: it does not wait for the load
        memories.store.delete(removedMeanwhile.id());
        memory.remove(removedMeanwhile.id());
        writesDone.countDown();
        load.join();

        assertThat(memory.match(MatchQuery.of(added))).extracting(Match::unit).containsExactly(addedMeanwhile);
        assertThat(memory.match(MatchQuery.of(SOURCE))).isEmpty();
        assertThat(memory.size()).isEqualTo(1);
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Test
    void shouldServeConcurrentReadersWhileWriting() throws InterruptedException {
        memories.add(SOURCE, "x");
        AtomicReference<Throwable> failure = new AtomicReference<>();
        List<Thread> readers = new ArrayList<>();
        for (int r = 0; r < 4; r++) {
            readers.add(new Thread(() -> {
                try {
                    for (int i = 0; i < 300; i++) {
                        assertThat(memories.memory.match(MatchQuery.of(SOURCE))).isNotEmpty();
                    }
                } catch (Throwable t) {
                    failure.set(t);
                }
            }));
        }
        readers.forEach(Thread::start);
        for (int i = 0; i < 2000; i++) {
            TranslationUnit unit = memories.add("بانک مرکزی نرخ جدید ارز شماره " + i + " را اعلام کرد.", "y" + i);
            if (i % 3 == 0) {
                memories.memory.remove(unit.id());
            }
        }
        for (Thread reader : readers) {
            reader.join();
        }

        assertThat(failure.get()).isNull();
        assertThat(memories.memory.size()).isEqualTo(1 + 2000 - 667);
    }

    @Test
    void shouldCompactAfterManyReplacementsAndStillMatch() {
        TranslationUnit unit = memories.add(SOURCE, "x");
        for (int i = 0; i < 12_000; i++) {
            memories.memory.put(unit);
        }

        assertThat(memories.memory.size()).isEqualTo(1);
        assertThat(memories.memory.match(MatchQuery.of(SOURCE))).hasSize(1);
    }
}
