package org.tarjoman.core.html;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.tarjoman.core.html.IrnaArticle.FLAG;
import static org.tarjoman.core.html.IrnaArticle.LINK;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.tarjoman.core.document.InvalidTaggedTextException;
import org.tarjoman.core.document.TaggedText;

class HtmlArticleWriterTest {

    private static final List<String> ENGLISH = List.of(
            "Pezeshkian's visit to Moscow",
            "Jalali: Pezeshkian's visit to Moscow will be historic",
            "<g id=\"1\">Our ambassador</g> to the Russian Federation said: Dr Masoud Pezeshkian's visit to Moscow to sign the comprehensive cooperation agreement will be historic.",
            "According to <g id=\"1\">IRNA</g>, Kazem Jalali noted on 17 January 2025: Tehran–Moscow relations are progressing.<x id=\"2\"/>",
            "He said: these relations have had ups and downs that cannot be denied.",
            "Common approaches of Iran and Russia",
            "He continued: <g id=\"1\">Mr Putin, the Russian president, raised this in 2024. We insist on our independence.</g>",
            "This discourse has found supporters.",
            "Iran's ambassador <x id=\"1\"/> in Russia said: cooperation in transport &amp; gas is expanding.");

    private final HtmlArticleWriter writer = IrnaArticle.writer();

    private List<String> sourceTaggedTexts(String html) {
        return IrnaArticle.reader().read(html, "fa").segments().map(TaggedText::of).toList();
    }

    @Test
    void shouldReproduceArticleByteForByteWhenTargetsAreTheSourceTaggedTexts() {
        String html = IrnaArticle.HTML;

        assertThat(writer.write(html, "fa", sourceTaggedTexts(html), "fa")).isEqualTo(html);
    }

    @Test
    void shouldReproduceMalformedHtmlWhenNothingIsTranslated() {
        String html = "<div><p>سفیر <b>کشورمان گفت. سفر تاریخی است.</div></div><p>پایان <span>خبر.</p> </i>";
        List<String> targets = Collections.nCopies(sourceTaggedTexts(html).size(), null);

        assertThat(writer.write(html, "fa", targets, "fa")).isEqualTo(html);
    }

    @Test
    void shouldWriteEnglishTargetsInsideTheOriginalMarkup() {
        String english = writer.write(IrnaArticle.HTML, "fa", ENGLISH, "en");

        assertThat(english)
                .contains("<title>Pezeshkian's visit to Moscow</title>")
                .contains("<h1>Jalali: Pezeshkian's visit to Moscow will be historic</h1>")
                .contains("<p><b>Our ambassador</b> to the Russian Federation said:")
                .contains("According to " + LINK + "IRNA</a>, Kazem Jalali")
                .contains("are progressing.<br>\nHe said: these relations")
                .contains("He continued: <b>Mr Putin, the Russian president, raised this in 2024. We insist on our independence.</b> This discourse")
                .contains("Iran's ambassador " + FLAG + " in Russia said: cooperation in transport &amp; gas is expanding.</p>")
                .contains("<style>p { color: #333; }</style>", "<script>var greeting = 'سلام';</script>")
                .doesNotContain("سفیر", "جلالی");
    }

    @Test
    void shouldSetTheTargetLanguageAndDropRightToLeftDirectionOfRoot() {
        assertThat(writer.write(IrnaArticle.HTML, "fa", ENGLISH, "en")).contains("<html lang=\"en\">");
    }

    @Test
    void shouldKeepSourceOfSegmentsWithoutTarget() {
        List<String> targets = new ArrayList<>(Collections.nCopies(ENGLISH.size(), (String) null));
        targets.set(1, ENGLISH.get(1));

        String html = writer.write(IrnaArticle.HTML, "fa", targets, "en");

        assertThat(html).contains("<h1>Jalali: Pezeshkian's visit to Moscow will be historic</h1>")
                .contains("<p><b>سفیر کشورمان</b> در فدراسیون روسیه گفت:");
    }

    @Test
    void shouldLetTranslatorMoveCodes() {
        String html = "<p>سفیر <b>ایران</b> گفت.</p>";

        assertThat(writer.write(html, "fa", List.of("<g id=\"1\">Iran's</g> ambassador said."), "en"))
                .isEqualTo("<p><b>Iran's</b> ambassador said.</p>");
    }

    @Test
    void shouldRejectTargetThatDropsACode() {
        List<String> targets = new ArrayList<>(ENGLISH);
        targets.set(3, "According to IRNA, relations are progressing.");

        assertThatThrownBy(() -> writer.write(IrnaArticle.HTML, "fa", targets, "en"))
                .isInstanceOf(InvalidTaggedTextException.class)
                .hasMessageStartingWith("segment 3: missing code id(s) [1, 2]");
    }

    @Test
    void shouldRejectWrongNumberOfTargets() {
        assertThatThrownBy(() -> writer.write(IrnaArticle.HTML, "fa", ENGLISH.subList(0, 3), "en"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("too few targets");
        List<String> tooMany = new ArrayList<>(ENGLISH);
        tooMany.add("Extra.");
        assertThatThrownBy(() -> writer.write(IrnaArticle.HTML, "fa", tooMany, "en"))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("10 targets for 9 segments");
    }

    @Test
    void shouldNormalizeOnlyWhatOkapiRewrites() {
        String html = "<html><head><title>قیمت</title></head><body><p class=lead>قیمت &gt; ۲&#1586;&nbsp;\"تومان\"</p></body></html>";

        String written = writer.write(html, "fa", sourceTaggedTexts(html), "fa");

        assertThat(written).isEqualTo("<html dir=\"rtl\"><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=UTF-8\">"
                + "<title>قیمت</title></head><body><p class=\"lead\">قیمت > ۲ز&nbsp;\"تومان\"</p></body></html>");
    }
}
