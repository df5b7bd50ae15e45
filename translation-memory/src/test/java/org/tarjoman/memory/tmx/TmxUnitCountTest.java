package org.tarjoman.memory.tmx;

import static org.assertj.core.api.Assertions.assertThat;
import static org.tarjoman.memory.tmx.TmxFixture.stream;

import java.util.OptionalLong;

import org.junit.jupiter.api.Test;

/** The total an import's progress is measured against: every {@code <tu>}, or no total for a file it cannot read. */
class TmxUnitCountTest {

    @Test
    void shouldCountEveryTranslationUnitOfANtrexTmx() {
        assertThat(TmxUnitCount.of(stream(TmxFixture.ntrexTmx(120)))).isEqualTo(OptionalLong.of(120));
    }

    @Test
    void shouldCountUnitsTheImportWillRejectToo() {
        String tmx = "<tmx version=\"1.4\"><header srclang=\"fa\"/><body>"
                + "<tu><tuv xml:lang=\"fa\"><seg>سلام</seg></tuv></tu>"
                + "<tu><tuv xml:lang=\"fa\"><seg>بدون ترجمه</seg></tuv></tu></body></tmx>";
        assertThat(TmxUnitCount.of(stream(tmx))).isEqualTo(OptionalLong.of(2));
    }

    @Test
    void shouldCountNothingInAnEmptyBody() {
        assertThat(TmxUnitCount.of(stream("<tmx version=\"1.4\"><header srclang=\"fa\"/><body/></tmx>")))
                .isEqualTo(OptionalLong.of(0));
    }

    @Test
    void shouldGiveNoTotalForMalformedXml() {
        assertThat(TmxUnitCount.of(stream("<tmx><body><tu></body></tmx>"))).isEmpty();
    }

    @Test
    void shouldGiveNoTotalForADoctypeWithEntities() {
        String tmx = "<?xml version=\"1.0\"?><!DOCTYPE tmx [<!ENTITY a \"aaaa\">]><tmx><body><tu>&a;</tu></body></tmx>";
        assertThat(TmxUnitCount.of(stream(tmx))).isEmpty();
    }
}
