package org.tarjoman.api.mt.llm;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Inline codes as placeholders for a model, and back. */
class InlineCodeShieldTest {

    @Test
    void shouldTurnCodesIntoPlaceholdersAndReadEntities() {
        InlineCodeShield shield = InlineCodeShield.of("<g id=\"1\">ایرنا</g> گزارش داد &amp; <x id=\"2\"/>گفت");

        assertThat(shield.text()).isEqualTo("⟦1⟧ایرنا⟦/1⟧ گزارش داد & ⟦2⟧گفت");
        assertThat(shield.placeholders()).containsExactly("⟦1⟧", "⟦/1⟧", "⟦2⟧");
    }

    @Test
    void shouldRestoreTagsAndEscapeText() {
        InlineCodeShield shield = InlineCodeShield.of("<g id=\"1\">ایرنا</g> &lt;گزارش&gt; <x id=\"2\"/>");

        assertThat(shield.restore("⟦1⟧IRNA⟦/1⟧ <reported> & ⟦2⟧"))
                .isEqualTo("<g id=\"1\">IRNA</g> &lt;reported&gt; &amp; <x id=\"2\"/>");
    }

    @Test
    void shouldKeepZwnjAndPlainText() {
        InlineCodeShield shield = InlineCodeShield.of("می‌گوید");

        assertThat(shield.text()).isEqualTo("می‌گوید");
        assertThat(shield.placeholders()).isEmpty();
    }

    @Test
    void shouldLeaveAnUnknownPlaceholderAsText() {
        InlineCodeShield shield = InlineCodeShield.of("تهران");

        assertThat(shield.restore("Tehran ⟦9⟧")).isEqualTo("Tehran ⟦9⟧");
    }
}
