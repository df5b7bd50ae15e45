package org.tarjoman.api.glossary.file;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.tarjoman.api.testing.TbxBasicSchema.violations;

import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.tarjoman.api.glossary.GlossaryPair;
import org.tarjoman.api.glossary.GlossaryViews.TermView;

/** The TBX export is TBX-Basic by the official schema, whatever a term holds, and never an invalid empty document. */
class GlossaryTbxTest {

    private static final Instant NOW = Instant.parse("2025-01-17T08:00:00Z");

    @Test
    void shouldWriteEveryKindOfTermAsValidTbxBasic() {
        List<TermView> terms = List.of(
                new TermView(1, "پزشکیان", "Pezeshkian", List.of("Masoud Pezeshkian"), List.of("Pezeshkiyan"),
                        "properNoun", "politics", "رئیس‌جمهور «ایران»، از ۱۴۰۳ & <دولت>", "ali", NOW, "sara", NOW),
                new TermView(2, "تورم", "inflation", List.of(), List.of(), "noun", "economy", null, "ali", NOW, null, null),
                new TermView(3, "وزارت امور خارجه", "Foreign Ministry", List.of("Ministry of Foreign Affairs"), List.of(),
                        null, null, null, "ali", NOW, null, null));

        String tbx = GlossaryTbx.write(GlossaryPair.of("fa-en"), terms);

        assertThat(violations(tbx)).isEmpty();
        assertThat(GlossaryTbx.read(GlossaryPair.of("fa-en"), tbx)).hasSize(3);
    }

    @Test
    void shouldRefuseToWriteAGlossaryWithoutTerms() {
        assertThatThrownBy(() -> GlossaryTbx.write(GlossaryPair.of("fa-ru"), List.of()))
                .isInstanceOf(EmptyGlossary.class).hasMessageContaining("fa-ru has no terms");
    }
}
