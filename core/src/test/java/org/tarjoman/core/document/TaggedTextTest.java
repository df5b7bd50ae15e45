package org.tarjoman.core.document;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.tarjoman.core.document.InlineCode.Kind;

class TaggedTextTest {

    private static final String LINK = "<a href=\"https://www.irna.ir/news/85716163\">";

    /** «به گزارش <a>ایرنا</a>، سفیر گفت.<br>» */
    private static final String TEXT = "به گزارش ایرنا، سفیر گفت.";
    private static final List<InlineCode> CODES = List.of(
            new InlineCode(1, Kind.OPENING, 9, "a", LINK),
            new InlineCode(1, Kind.CLOSING, 14, "a", "</a>"),
            new InlineCode(2, Kind.PLACEHOLDER, TEXT.length(), "br", "<br>"));
    private static final String TAGGED = "به گزارش <g id=\"1\">ایرنا</g>، سفیر گفت.<x id=\"2\"/>";

    private static Segment segment(String text, List<InlineCode> codes) {
        return new Segment(0, text, 0, codes, List.of());
    }

    private static void assertInvalid(String tagged, String message) {
        assertThatThrownBy(() -> TaggedText.parse(tagged, CODES))
                .isInstanceOf(InvalidTaggedTextException.class)
                .hasMessageStartingWith(message);
    }

    @Test
    void shouldWritePairsAsGAndPlaceholdersAsX() {
        assertThat(TaggedText.of(segment(TEXT, CODES))).isEqualTo(TAGGED);
    }

    @Test
    void shouldEscapeMarkupCharactersInText() {
        assertThat(TaggedText.of(segment("حمل & نقل <۲> \"گاز\"", List.of()))).isEqualTo("حمل &amp; نقل &lt;۲&gt; \"گاز\"");
    }

    @Test
    void shouldWriteCodesWithoutPartnerAsBxAndEx() {
        List<InlineCode> codes = List.of(
                new InlineCode(1, Kind.CLOSING, 0, "b", "</b>"),
                new InlineCode(2, Kind.OPENING, 4, "span", "<span>"));

        assertThat(TaggedText.of(segment("سفیر گفت.", codes))).isEqualTo("<ex id=\"1\"/>سفیر<bx id=\"2\"/> گفت.");
    }

    @Test
    void shouldKeepZwnjAndPersianDigits() {
        String text = "موافقت\u200Cنامه ۱۴۰۳";

        assertThat(TaggedText.of(segment(text, List.of()))).isEqualTo(text);
        assertThat(TaggedText.parse(text, List.of()).text()).isEqualTo(text);
    }

    @Test
    void shouldParseSourceBackToItsTextAndCodes() {
        TaggedText.Parsed parsed = TaggedText.parse(TAGGED, CODES);

        assertThat(parsed.text()).isEqualTo(TEXT);
        assertThat(parsed.codes()).isEqualTo(CODES);
    }

    @Test
    void shouldPlaceSourceCodesAtTheirOffsetsInEnglishTarget() {
        TaggedText.Parsed parsed = TaggedText.parse("The ambassador said, according to <g id=\"1\">IRNA</g> &amp; TASS.<x id=\"2\"/>", CODES);

        assertThat(parsed.text()).isEqualTo("The ambassador said, according to IRNA & TASS.");
        assertThat(parsed.codes()).containsExactly(
                new InlineCode(1, Kind.OPENING, 34, "a", LINK),
                new InlineCode(1, Kind.CLOSING, 38, "a", "</a>"),
                new InlineCode(2, Kind.PLACEHOLDER, 46, "br", "<br>"));
    }

    @Test
    void shouldDecodeCharacterReferences() {
        assertThat(TaggedText.parse("&#1586;&#x200C;&quot;&apos;", List.of()).text()).isEqualTo("ز\u200C\"'");
    }

    @Test
    void shouldRejectMissingCode() {
        assertInvalid("According to <g id=\"1\">IRNA</g>, the ambassador said.", "missing code id(s) [2]");
    }

    @Test
    void shouldRejectUnknownId() {
        assertInvalid("<g id=\"1\">IRNA</g> said.<x id=\"2\"/><x id=\"7\"/>", "<x id=\"7\"> matches no source code of that kind");
    }

    @Test
    void shouldRejectCodeUsedTwice() {
        assertInvalid("<g id=\"1\">IRNA</g><x id=\"2\"/> said.<x id=\"2\"/>", "code id 2 is used twice");
    }

    @Test
    void shouldRejectPlaceholderWrittenAsPair() {
        assertInvalid("<g id=\"1\">IRNA</g> said.<g id=\"2\"></g>", "<g id=\"2\"> matches no source code of that kind");
    }

    @Test
    void shouldRejectPairWrittenAsIsolatedCode() {
        assertInvalid("<bx id=\"1\"/>IRNA said.<x id=\"2\"/>", "id 1 is a pair, use <g>…</g>");
    }

    @Test
    void shouldRejectUnclosedPair() {
        assertInvalid("<g id=\"1\">IRNA said.<x id=\"2\"/>", "<g id=\"1\"> is never closed");
    }

    @Test
    void shouldRejectClosingWithoutOpening() {
        assertInvalid("IRNA</g> said.<x id=\"2\"/>", "</g> without an open <g>");
    }

    @Test
    void shouldRejectBadlyNestedPairs() {
        List<InlineCode> codes = List.of(
                new InlineCode(1, Kind.OPENING, 0, "b", "<b>"), new InlineCode(1, Kind.CLOSING, 4, "b", "</b>"),
                new InlineCode(2, Kind.OPENING, 5, "i", "<i>"), new InlineCode(2, Kind.CLOSING, 9, "i", "</i>"));

        assertThatThrownBy(() -> TaggedText.parse("<g id=\"1\">a <g id=\"2\">b</g> c", codes))
                .isInstanceOf(InvalidTaggedTextException.class)
                .hasMessageStartingWith("<g id=\"1\"> is never closed");
    }

    @Test
    void shouldRejectForeignMarkupAndBareAmpersand() {
        assertInvalid("<b>IRNA</b>", "unknown tag <b>");
        assertInvalid("R&D", "bare '&', write it as &amp;");
        assertInvalid("&nbsp;", "unknown entity &nbsp;");
        assertInvalid("a < b", "unterminated tag");
        assertInvalid("<g id=\"1\">IRNA</b>", "unknown tag </b>");
        assertInvalid("<x id=2/>", "id must be quoted");
        assertInvalid("<!DOCTYPE x [<!ENTITY e \"boom\">]>", "unknown tag <!DOCTYPE");
    }
}
