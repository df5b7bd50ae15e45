package org.tarjoman.api.memory;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.tarjoman.api.memory.TargetReplacement.Outcome;
import org.tarjoman.api.memory.TargetReplacement.Outcome.Kind;

/** One find-and-replace over tagged targets: the text as read is replaced, the codes never move. */
class TargetReplacementTest {

    private static Outcome replace(String find, String by, boolean caseSensitive, boolean wholeWord, String target) {
        return new TargetReplacement(find, by, caseSensitive, wholeWord).apply(target);
    }

    private static void check(String find, String by, String target, String expected) {
        Outcome outcome = replace(find, by, true, false, target);
        assertThat(outcome.kind()).isEqualTo(Kind.REPLACED);
        assertThat(outcome.target()).isEqualTo(expected);
    }

    @Test
    void shouldReplaceEveryOccurrenceInPlainText() {
        check("Rouhani", "Pezeshkian", "Rouhani met Rouhani's cabinet.", "Pezeshkian met Pezeshkian's cabinet.");
    }

    @Test
    void shouldLeaveATargetWithoutTheTextUnchanged() {
        assertThat(replace("Rouhani", "Pezeshkian", true, false, "The president said.").kind()).isEqualTo(Kind.UNCHANGED);
        assertThat(replace("rouhani", "Pezeshkian", true, false, "Rouhani said.").kind()).isEqualTo(Kind.UNCHANGED);
    }

    @Test
    void shouldIgnoreCaseInAnyAlphabetWhenAsked() {
        assertThat(replace("москва", "Москва", false, false, "МОСКВА и москва.").target()).isEqualTo("Москва и Москва.");
    }

    @Test
    void shouldTakeWholeWordsOnlyWhenAsked() {
        assertThat(replace("Iran", "Persia", true, true, "Iran and Iranian media.").target())
                .isEqualTo("Persia and Iranian media.");
        assertThat(replace("ایران", "کشور", true, true, "ایران‌شناسی و ایران").target()).isEqualTo("ایران‌شناسی و کشور");
    }

    @Test
    void shouldReplaceTextBetweenCodesAndKeepTheCodesAsWritten() {
        check("Rouhani", "Pezeshkian", "According to <g id=\"1\">Rouhani</g><x id=\"2\"/>, talks continue.",
                "According to <g id=\"1\">Pezeshkian</g><x id=\"2\"/>, talks continue.");
    }

    @Test
    void shouldFindEscapedCharactersAsTheyAreReadAndEscapeTheReplacement() {
        check("AT&T", "A<B", "AT&amp;T signed; <g id=\"1\">R&amp;D</g> too.", "A&lt;B signed; <g id=\"1\">R&amp;D</g> too.");
    }

    @Test
    void shouldKeepUnchangedTextBetweenCodesExactlyAsWritten() {
        check("talks", "negotiations", "<g id=\"1\">&#x41;BC</g> talks", "<g id=\"1\">&#x41;BC</g> negotiations");
    }

    @Test
    void shouldRefuseAnOccurrenceThatRunsAcrossACode() {
        Outcome outcome = replace("foreign minister", "Foreign Minister", true, false,
                "The <g id=\"1\">foreign</g> minister said.");
        assertThat(outcome.kind()).isEqualTo(Kind.REFUSED);
        assertThat(outcome.reason()).contains("inline code");
        assertThat(outcome.target()).isEqualTo("The <g id=\"1\">foreign</g> minister said.");
    }

    @Test
    void shouldRefuseToLeaveATargetWithoutText() {
        Outcome outcome = replace("BRICS", " ", true, false, "<g id=\"1\">BRICS</g>");
        assertThat(outcome.kind()).isEqualTo(Kind.REFUSED);
        assertThat(outcome.reason()).contains("empty");
    }

    @Test
    void shouldCallReplacingATextByItselfNoChange() {
        assertThat(replace("Tehran", "Tehran", true, false, "Tehran said.").kind()).isEqualTo(Kind.UNCHANGED);
    }
}
