package org.tarjoman.memory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** A translation's keys computed once serve its look-up and its put as the texts would. */
class TextKeysTest {

    private static final String SOURCE = "خبرگزاری‌ها از سفر وزیر امور خارجه به مسکو خبر دادند.";
    private static final String TARGET = "News agencies reported the foreign minister's visit to Moscow.";

    private final Memories memories = new Memories();

    @Test
    void shouldFindADuplicateByItsKeysAsByItsTexts() {
        TranslationUnit stored = memories.add(SOURCE, TARGET);

        TextKeys keys = memories.memory.keys(SOURCE, TARGET);

        assertThat(memories.memory.findDuplicate(keys)).contains(stored.id());
        assertThat(memories.memory.findDuplicate(memories.memory.keys(SOURCE, "News agencies reported.")))
                .as("another target of the same source").isEmpty();
    }

    @Test
    void shouldMatchAUnitPutWithItsKeysAsOnePutWithout() {
        TextKeys keys = memories.memory.keys(SOURCE, TARGET);
        TranslationUnit unit = memories.store.save(Memories.unit(SOURCE, TARGET, null, null, Memories.T0, 1));

        memories.memory.put(unit, keys);

        assertThat(memories.memory.match(MatchQuery.of("خبرگزاری ها از سفر وزیر امور خارجه به مسکو خبر دادند.")))
                .singleElement().satisfies(m -> assertThat(m.unit().id()).isEqualTo(unit.id()));
        assertThat(memories.memory.targetConcordance("foreign minister", 5)).singleElement()
                .satisfies(hit -> assertThat(hit.unit().id()).isEqualTo(unit.id()));
    }

    @Test
    void shouldKeepTheSourceKeyThatConcordanceCompares() {
        assertThat(memories.memory.keys("<g id=\"1\">ایرنا</g> گزارش داد", "IRNA reported").sourceKey())
                .isEqualTo(new MatchKeys().key("<g id=\"1\">ایرنا</g> گزارش داد"));
    }

    @Test
    void shouldRefuseKeysOfAnotherTranslation() {
        TextKeys other = memories.memory.keys(SOURCE, "News agencies reported.");
        TranslationUnit unit = memories.store.save(Memories.unit(SOURCE, TARGET, null, null, Memories.T0, 1));

        assertThatThrownBy(() -> memories.memory.put(unit, other)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("another translation");
        assertThat(memories.memory.size()).isZero();
    }
}
