package org.tarjoman.api.mt.llm;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.tarjoman.api.mt.MtConversion;
import org.tarjoman.api.mt.MtExample;
import org.tarjoman.api.mt.MtRequest;
import org.tarjoman.api.mt.MtTerm;
import org.tarjoman.api.testing.TestData;

/**
 * The prompt of one sentence of the IRNA sample: its neighbours as context, a memory example, a
 * glossary term with its forbidden rendering, and the Solar Hijri date core converted.
 */
class LlmPromptTest {

    private static final String DATE = "۲۸ دی ماه ۱۴۰۳";
    private static final String SENTENCE = sentenceWith(DATE);
    private static final String BEFORE = sentenceWith("سفیر کشورمان در فدراسیون روسیه گفت");
    private static final String AFTER = sentenceWith("عنصر همسایگی");

    private static String sentenceWith(String text) {
        for (String line : TestData.irnaMoscowVisit().split("\n")) {
            for (String sentence : line.split("(?<=[.!؟?])\\s+")) {
                if (sentence.contains(text)) {
                    return sentence.strip();
                }
            }
        }
        throw new AssertionError("the IRNA sample has no sentence with " + text);
    }

    private static LlmPrompt prompt(String targetLanguage) {
        MtRequest request = new MtRequest("fa", targetLanguage, SENTENCE, List.of(BEFORE), List.of(AFTER),
                List.of(new MtExample("سفیر کشورمان در فدراسیون روسیه گفت", "Our ambassador to the Russian Federation said", 72)),
                List.of(new MtTerm("موافقتنامه جامع همکاری", "Comprehensive Cooperation Agreement",
                        List.of("comprehensive cooperation treaty"), List.of("full cooperation contract"))),
                List.of(new MtConversion(DATE, "17 January 2025")));
        return LlmPrompt.of(request, InlineCodeShield.of(request.source()));
    }

    @Test
    void shouldNameTheLanguagesAndTheRulesInTheSystemMessage() {
        LlmPrompt prompt = prompt("en");

        assertThat(prompt.system()).contains("from Persian into English")
                .contains("Answer with the translation only")
                .contains("⟦1⟧")
                .contains("do not translate them");
        assertThat(prompt("ru").system()).contains("from Persian into Russian");
    }

    @Test
    void shouldCarryTheNeighboursAsContextOnly() {
        String user = prompt("en").user();

        assertThat(user).startsWith("Context (do not translate):\n[before] " + BEFORE + "\n[after] " + AFTER + "\n");
    }

    @Test
    void shouldCarryTheMemoryExampleWithItsScore() {
        assertThat(prompt("en").user()).contains("- Persian (72% match): سفیر کشورمان در فدراسیون روسیه گفت\n"
                + "  English: Our ambassador to the Russian Federation said\n");
    }

    @Test
    void shouldCarryTheGlossaryTermPreferredAllowedAndForbidden() {
        assertThat(prompt("en").user()).contains("Glossary:\n- موافقتنامه جامع همکاری → Comprehensive Cooperation Agreement "
                + "(also acceptable: comprehensive cooperation treaty); never: full cooperation contract\n");
    }

    @Test
    void shouldCarryTheSolarHijriDateAlreadyConverted() {
        assertThat(prompt("en").user()).contains("Converted:\n- ۲۸ دی ماه ۱۴۰۳ = 17 January 2025\n");
    }

    @Test
    void shouldEndWithTheSentenceAlone() {
        String user = prompt("en").user();

        assertThat(user).endsWith("\n\nSentence:\n" + SENTENCE);
        assertThat(SENTENCE).contains(DATE).contains("پزشکیان");
    }

    @Test
    void shouldLeaveOutWhatTheRequestDoesNotHave() {
        MtRequest bare = MtRequest.of("fa", "en", "تهران");

        assertThat(LlmPrompt.of(bare, InlineCodeShield.of("تهران")).user()).isEqualTo("Sentence:\nتهران");
    }
}
