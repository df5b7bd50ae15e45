package org.tarjoman.memory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class MemoryNameTest {

    @Test
    void shouldReadThePairsOwnMemoryAsBare() {
        MemoryName name = MemoryName.parse("fa-en");

        assertThat(name.pair()).isEqualTo(new LanguagePair("fa", "en"));
        assertThat(name.bare()).isTrue();
        assertThat(name.value()).isEqualTo("fa-en");
        assertThat(name).isEqualTo(MemoryName.of(LanguagePair.parse("fa-en")));
    }

    @Test
    void shouldReadALabelledMemoryWithItsPair() {
        MemoryName name = MemoryName.parse("fa-ru-client-2");

        assertThat(name.pair()).isEqualTo(new LanguagePair("fa", "ru"));
        assertThat(name.label()).isEqualTo("client-2");
        assertThat(name.bare()).isFalse();
        assertThat(name.toString()).isEqualTo("fa-ru-client-2");
    }

    @Test
    void shouldTakeFortyCharactersAndRefuseMore() {
        String forty = "fa-en-" + "s".repeat(34);

        assertThat(MemoryName.parse(forty).value()).hasSize(40);
        assertThatThrownBy(() -> MemoryName.parse(forty + "x")).hasMessageContaining("at most 40");
    }

    @Test
    void shouldRefuseWhatIsNoMemoryName() {
        for (String bad : new String[] {"", "persian", "fa", "fa-fa", "FA-EN", "fa-en-Sport", "fa-en-", "fa-en--x",
                "fa-en-ورزش", "fa-en sport", " fa-en", "fa-en\u0000", "fa_en"}) {
            assertThatThrownBy(() -> MemoryName.parse(bad)).as(bad).isInstanceOf(IllegalArgumentException.class);
        }
    }

    @Test
    void shouldAskForTheFoldedSpellingOfPersian() {
        assertThatThrownBy(() -> MemoryName.parse("per-en")).hasMessageContaining("'fa-en'");
    }
}
