package org.tarjoman.memory;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Source-side concordance through the index: whole words after Persian normalization, newest first. */
class ConcordanceTest {

    private final Memories memories = new Memories();

    @Test
    void shouldFindAPhraseWrittenWithOrWithoutZwnjAndArabicLetters() {
        TranslationUnit unit = memories.add("همکاری‌های دوجانبه در حوزه فناوری گسترش می‌یابد.",
                "Bilateral cooperation in technology is expanding.");
        memories.add("مذاکرات انتقال گاز ادامه دارد.", "Gas transit talks continue.");

        assertThat(memories.memory.concordance("همکاريهای دوجانبه", 20)).containsExactly(unit.id());
        assertThat(memories.memory.concordance("همکاری های", 20)).containsExactly(unit.id());
    }

    @Test
    void shouldMatchWholeWordsInOrderOnly() {
        memories.add("دو کشور در حوزه فناوری همکاری می‌کنند.", "The two countries cooperate in technology.");

        assertThat(memories.memory.concordance("حوزه فناوری", 20)).hasSize(1);
        assertThat(memories.memory.concordance("فناوری حوزه", 20)).isEmpty();
        assertThat(memories.memory.concordance("فناور", 20)).isEmpty();
        assertThat(memories.memory.concordance("واژه‌ای که نیست", 20)).isEmpty();
    }

    @Test
    void shouldListNewestFirstUpToTheLimitAndLeaveRemovedUnitsOut() {
        TranslationUnit first = memories.add("سفیر ایران در مسکو گفت.", "The Iranian ambassador in Moscow said.");
        TranslationUnit second = memories.add("سفیر ایران در پکن گفت.", "The Iranian ambassador in Beijing said.");
        TranslationUnit third = memories.add("سفیر ایران در باکو گفت.", "The Iranian ambassador in Baku said.");

        assertThat(memories.memory.concordance("سفیر ایران", 2)).containsExactly(third.id(), second.id());
        memories.memory.remove(third.id());
        assertThat(memories.memory.concordance("سفیر ایران", 5)).containsExactly(second.id(), first.id());
    }
}
