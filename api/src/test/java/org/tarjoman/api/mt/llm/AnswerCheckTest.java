package org.tarjoman.api.mt.llm;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;

import org.junit.jupiter.api.Test;

/** What a model's answer must be: the translation, every code once, nothing added. */
class AnswerCheckTest {

    private static final InlineCodeShield SOURCE = InlineCodeShield.of("<g id=\"1\">پزشکیان</g> به مسکو سفر می‌کند<x id=\"2\"/>");

    private static Optional<String> check(String answer) {
        return AnswerCheck.rejection(SOURCE, answer);
    }

    @Test
    void shouldAcceptACleanTranslation() {
        assertThat(check("⟦1⟧Pezeshkian⟦/1⟧ travels to Moscow⟦2⟧")).isEmpty();
        assertThat(check("  ⟦2⟧⟦1⟧Pezeshkian⟦/1⟧ travels to Moscow\n")).isEmpty();
    }

    @Test
    void shouldRejectAnEmptyAnswer() {
        assertThat(check("  \n")).contains("the answer is empty");
        assertThat(check(null)).contains("the answer is empty");
    }

    @Test
    void shouldRejectADroppedCode() {
        assertThat(check("⟦1⟧Pezeshkian⟦/1⟧ travels to Moscow")).contains("the answer drops the inline code ⟦2⟧");
    }

    @Test
    void shouldRejectAnInventedOrRepeatedCode() {
        assertThat(check("⟦1⟧Pezeshkian⟦/1⟧ travels ⟦3⟧ to Moscow⟦2⟧")).contains("the answer invents the inline code ⟦3⟧");
        assertThat(check("⟦1⟧Pezeshkian⟦/1⟧ travels to Moscow⟦2⟧⟦2⟧")).contains("the answer invents the inline code ⟦2⟧");
    }

    @Test
    void shouldRejectCommentary() {
        assertThat(check("Translation: ⟦1⟧Pezeshkian⟦/1⟧ travels to Moscow⟦2⟧")).get().asString().startsWith("the answer adds a lead-in");
        assertThat(check("Here is the translation: ⟦1⟧Pezeshkian⟦/1⟧ travels to Moscow⟦2⟧")).isPresent();
        assertThat(check("Перевод: ⟦1⟧Пезешкиан⟦/1⟧ едет в Москву⟦2⟧")).isPresent();
        assertThat(check("⟦1⟧Pezeshkian⟦/1⟧ travels to Moscow⟦2⟧ (Note: the name may be spelt Pezeshkiyan)"))
                .contains("the answer adds a note");
        assertThat(check("\"⟦1⟧Pezeshkian⟦/1⟧ travels to Moscow⟦2⟧\"")).contains("the answer is wrapped in quotes");
        assertThat(check("«⟦1⟧Пезешкиан⟦/1⟧ едет в Москву⟦2⟧»")).contains("the answer is wrapped in quotes");
        assertThat(check("⟦1⟧Pezeshkian⟦/1⟧ travels to Moscow⟦2⟧\n\nThe sentence refers to the 2025 visit."))
                .contains("the answer has more paragraphs than the sentence");
    }

    @Test
    void shouldAcceptQuotesTheSourceHasToo() {
        InlineCodeShield quoted = InlineCodeShield.of("«سفر تاریخی خواهد بود»");

        assertThat(AnswerCheck.rejection(quoted, "“The trip will be historic”")).isEmpty();
    }
}
