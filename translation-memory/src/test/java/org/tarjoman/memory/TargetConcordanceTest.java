package org.tarjoman.memory;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

/**
 * Target-side concordance through the index: whole words folded per target language (English case
 * and punctuation, Russian case and ё), phrases as consecutive words, newest first, kept in step
 * with puts, removes, loads and compaction.
 */
class TargetConcordanceTest {

    private static final LanguagePair FA_RU = LanguagePair.parse("fa-ru");

    private final Memories english = new Memories();
    private final Memories russian = new Memories(FA_RU);

    @Test
    void shouldFindAnEnglishWordWhateverItsCaseAndPunctuation() {
        TranslationUnit unit = english.add("وزیر امور خارجه ایران روز سه‌شنبه وارد مسکو شد.",
                "Iran's foreign minister arrived in Moscow on Tuesday.");
        english.add("مذاکرات انتقال گاز ادامه دارد.", "Gas transit talks continue.");

        assertThat(english.memory.targetConcordance("MOSCOW", 20)).singleElement().satisfies(hit -> {
            assertThat(hit.unit()).isEqualTo(unit);
            assertThat(unit.target().substring(hit.start(), hit.end())).isEqualTo("Moscow");
        });
        assertThat(english.memory.targetConcordance("\"iran's\"", 20)).extracting(h -> h.unit().id())
                .containsExactly(unit.id());
        assertThat(english.memory.targetConcordance("Tuesday.", 20)).hasSize(1);
    }

    @Test
    void shouldFindARussianWordWrittenWithOrWithoutYoInAnyCase() {
        TranslationUnit unit = russian.add("دو طرف بر توافق قبلی تأکید کردند.",
                "Стороны ещё раз подтвердили прежнюю договорённость.");

        for (String query : List.of("договоренность", "ДОГОВОРЁННОСТЬ", "Договорённость")) {
            assertThat(russian.memory.targetConcordance(query, 20)).singleElement().satisfies(hit ->
                    assertThat(unit.target().substring(hit.start(), hit.end())).isEqualTo("договорённость"));
        }
        assertThat(russian.memory.targetConcordance("Еще раз", 20)).singleElement().satisfies(hit ->
                assertThat(unit.target().substring(hit.start(), hit.end())).isEqualTo("ещё раз"));
    }

    @Test
    void shouldFindAPhraseOfTwoWordsOnlyInOrderAndSideBySide() {
        TranslationUnit unit = english.add("دو کشور در حوزه فناوری همکاری می‌کنند.",
                "The two countries cooperate in technology.");
        english.add("فناوری در دو کشور پیشرفت کرده است.", "Technology has advanced in the two countries.");

        assertThat(english.memory.targetConcordance("two countries", 20)).hasSize(2);
        assertThat(english.memory.targetConcordance("cooperate in", 20)).extracting(h -> h.unit().id())
                .containsExactly(unit.id());
        assertThat(english.memory.targetConcordance("countries two", 20)).isEmpty();
        assertThat(english.memory.targetConcordance("technology two", 20)).isEmpty();
        assertThat(english.memory.targetConcordance("countr", 20)).isEmpty();
    }

    @Test
    void shouldAnswerNothingAtOnceForAWordInNoTarget() {
        english.add("سفیر ایران در مسکو گفت.", "The Iranian ambassador in Moscow said.");

        assertThat(english.memory.targetConcordance("Pyongyang", 20)).isEmpty();
        assertThat(english.memory.targetConcordance("ambassador Pyongyang", 20)).isEmpty();
        assertThat(english.memory.targetConcordance("...", 20)).isEmpty();
    }

    @Test
    void shouldListNewestFirstUpToTheLimit() {
        TranslationUnit first = english.add("سفیر ایران در مسکو گفت.", "The Iranian ambassador in Moscow said.");
        TranslationUnit second = english.add("سفیر ایران در پکن گفت.", "The Iranian ambassador in Beijing said.");
        TranslationUnit third = english.add("سفیر ایران در باکو گفت.", "The Iranian ambassador in Baku said.");

        assertThat(english.memory.targetConcordance("Iranian ambassador", 2)).extracting(h -> h.unit().id())
                .containsExactly(third.id(), second.id());
        assertThat(english.memory.targetConcordance("iranian ambassador", 5)).extracting(h -> h.unit().id())
                .containsExactly(third.id(), second.id(), first.id());
    }

    @Test
    void shouldNotFindARemovedUnit() {
        TranslationUnit unit = english.add("سفیر ایران در مسکو گفت.", "The Iranian ambassador in Moscow said.");

        english.memory.remove(unit.id());

        assertThat(english.memory.targetConcordance("ambassador", 20)).isEmpty();
    }

    @Test
    void shouldFindAnUpdatedUnitByItsNewTargetOnly() {
        TranslationUnit unit = english.add("بانک مرکزی نرخ جدید ارز را اعلام کرد.",
                "The central bank announced the new exchange rate.");
        TranslationUnit corrected = english.store.save(new TranslationUnit(unit.id(), unit.pair(), unit.source(),
                "The central bank published the new currency rate.", null, null, "test", "editor", unit.createdAt(),
                unit.changedAt(), 0));

        english.memory.put(corrected);

        assertThat(english.memory.targetConcordance("currency rate", 20)).extracting(TargetHit::unit)
                .containsExactly(corrected);
        assertThat(english.memory.targetConcordance("exchange", 20)).isEmpty();
        assertThat(english.memory.targetConcordance("announced", 20)).isEmpty();
    }

    @Test
    void shouldFindTargetsAfterARebuildFromTheStore() {
        TranslationUnit unit = russian.add("نشست خبری فردا برگزار می‌شود.", "Пресс-конференция состоится завтра.");
        TranslationMemory fresh = new TranslationMemory(FA_RU, russian.store);

        fresh.load();

        assertThat(fresh.targetConcordance("пресс конференция", 20)).extracting(h -> h.unit().id())
                .containsExactly(unit.id());
    }

    @Test
    void shouldFindAPhraseBehindManyNewerUnitsThatHaveItsWordsApart() {
        TranslationUnit older = english.add("مذاکرات تهران ادامه دارد.", "Tehran talks continue.");
        for (int i = 0; i < 300; i++) {
            english.add("مذاکرات در تهران ادامه دارد " + i, "The talks in Tehran continue, day " + i + ".");
        }

        assertThat(english.memory.targetConcordance("Tehran talks", 5)).extracting(h -> h.unit().id())
                .containsExactly(older.id());
    }

    @Test
    void shouldKeepFindingTargetsAfterCompaction() {
        List<TranslationUnit> units = new ArrayList<>();
        for (int i = 0; i < 10_500; i++) {
            units.add(english.add("گزارش شماره " + i + " منتشر شد.", "Report number " + i + " was published."));
        }
        for (TranslationUnit unit : units.subList(0, 10_400)) {
            english.memory.remove(unit.id());
        }

        assertThat(english.memory.size()).isEqualTo(100);
        assertThat(english.memory.targetConcordance("report number", 500)).hasSize(100)
                .first().satisfies(hit -> assertThat(hit.unit().id()).isEqualTo(units.get(10_499).id()));
        assertThat(english.memory.targetConcordance("number 10450", 5)).extracting(h -> h.unit().id())
                .containsExactly(units.get(10_450).id());
        assertThat(english.memory.targetConcordance("number 7", 5)).isEmpty();
    }
}
