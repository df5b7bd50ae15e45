package org.tarjoman.core.html;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.tarjoman.core.document.BlockType.HEADING;
import static org.tarjoman.core.document.BlockType.PARAGRAPH;
import static org.tarjoman.core.html.IrnaArticle.FLAG;
import static org.tarjoman.core.html.IrnaArticle.LINK;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.tarjoman.core.document.Block;
import org.tarjoman.core.document.Document;
import org.tarjoman.core.document.InlineCode;
import org.tarjoman.core.document.InlineCode.Kind;
import org.tarjoman.core.document.Segment;
import org.tarjoman.core.document.SourceFormat;
import org.tarjoman.core.document.TaggedText;

class HtmlArticleReaderTest {

    private final HtmlArticleReader reader = IrnaArticle.reader();

    private Document read(String html) {
        return reader.read(html, "fa");
    }

    private List<String> tagged(String html) {
        return read(html).segments().map(TaggedText::of).toList();
    }

    @Test
    void shouldMapTitleAndHeadingsToHeadingBlocksAndTheRestToParagraphs() {
        Document article = read(IrnaArticle.HTML);

        assertThat(article.format()).isEqualTo(SourceFormat.HTML);
        assertThat(article.language()).isEqualTo("fa");
        assertThat(article.blocks()).extracting(Block::type)
                .containsExactly(HEADING, HEADING, PARAGRAPH, PARAGRAPH, HEADING, PARAGRAPH, PARAGRAPH);
        assertThat(article.blocks().get(1).segments()).extracting(Segment::text)
                .containsExactly("جلالی: سفر پزشکیان به مسکو، تاریخی خواهد بود");
    }

    @Test
    void shouldKeepPersianTextExactlyAsWritten() {
        List<String> texts = read(IrnaArticle.HTML).segments().map(Segment::text).toList();

        assertThat(texts).anySatisfy(t -> assertThat(t).contains("موافقت\u200Cنامه", "همکاری\u200Cها"));
        assertThat(texts).anySatisfy(t -> assertThat(t).contains("۲۸ دی ماه ۱۴۰۳"));
        assertThat(texts).anySatisfy(t -> assertThat(t).contains("رئیس\u200Cجمهور", "۲۰۲۴"));
    }

    @Test
    void shouldKeepWhitespaceBetweenSentencesOutsideSegments() {
        assertThat(read(IrnaArticle.HTML).segments()).allSatisfy(s -> assertThat(s.text()).isEqualTo(s.text().strip()));
    }

    @Test
    void shouldDecodeEntitiesInSegmentText() {
        Segment segment = read("<p>حمل &amp; نقل&nbsp;گاز &lt;۲&gt; &#1586;</p>").segments().findFirst().orElseThrow();

        assertThat(segment.text()).isEqualTo("حمل & نقل\u00A0گاز <۲> ز");
    }

    @Test
    void shouldTurnLinkIntoPairOfCodesWithOriginalMarkupAtPlainTextOffsets() {
        Segment segment = read(IrnaArticle.HTML).blocks().get(3).segments().get(0);

        assertThat(segment.text()).startsWith("به گزارش ایرنا، کاظم جلالی");
        assertThat(segment.codes()).containsExactly(
                new InlineCode(1, Kind.OPENING, "به گزارش ".length(), "a", LINK),
                new InlineCode(1, Kind.CLOSING, "به گزارش ایرنا".length(), "a", "</a>"),
                new InlineCode(2, Kind.PLACEHOLDER, segment.text().length(), "br", "<br>"));
    }

    @Test
    void shouldTurnImageInsideSentenceIntoPlaceholder() {
        Segment segment = read(IrnaArticle.HTML).blocks().get(6).segments().get(0);

        assertThat(segment.codes()).containsExactly(new InlineCode(1, Kind.PLACEHOLDER, "سفیر ایران ".length(), "img", FLAG));
        assertThat(segment.text()).isEqualTo("سفیر ایران  در روسیه گفت: همکاری در حمل & نقل و گاز در حال گسترش است.");
    }

    @Test
    void shouldGiveLineBreakToTheSentenceItEnds() {
        assertThat(read(IrnaArticle.HTML).blocks().get(3).segments()).extracting(TaggedText::of).containsExactly(
                "به گزارش <g id=\"1\">ایرنا</g>، کاظم جلالی در ۲۸ دی ماه ۱۴۰۳ خاطرنشان کرد: مناسبات تهران و مسکو در حال پیشرفت است.<x id=\"2\"/>",
                "وی گفت: این مناسبات با فراز و فرودهایی همراه بوده که قابل انکار نیست.");
    }

    @Test
    void shouldKeepBoldSpanningASentenceBoundaryInOneSegment() {
        assertThat(read(IrnaArticle.HTML).blocks().get(5).segments()).extracting(TaggedText::of).containsExactly(
                "وی ادامه داد: <g id=\"1\">آقای پوتین رئیس‌جمهور روسیه در سال ۲۰۲۴ این موضوع را مطرح کرد. ما بر استقلال خودمان تأکید داریم.</g>",
                "این گفتمان طرفدارانی پیدا کرده است.");
    }

    @Test
    void shouldGiveOpeningCodeToFollowingSentenceAndClosingCodeToPrecedingOne() {
        assertThat(tagged("<p>سفیر گفت. <b>سفر تاریخی است.</b> پایان.</p>"))
                .containsExactly("سفیر گفت.", "<g id=\"1\">سفر تاریخی است.</g>", "پایان.");
    }

    @Test
    void shouldLeaveMarkupWrappingWholeParagraphOutsideSegments() {
        assertThat(tagged("<p><b>سفر تاریخی است.</b></p><p><img src=\"a.png\"> سفیر گفت. پایان.<br></p>"))
                .containsExactly("سفر تاریخی است.", "سفیر گفت.", "پایان.");
    }

    @Test
    void shouldSkipParagraphsWithoutText() {
        assertThat(read("<p> </p><p><br></p><h2>تیتر</h2>").blocks()).hasSize(1);
    }

    @Test
    void shouldNotTranslateScriptStyleOrTranslateNo() {
        String html = "<style>p{}</style><script>var x = 'سلام';</script><p translate=\"no\">ایرنا</p><p>متن.</p>";

        assertThat(tagged(html)).containsExactly("متن.");
        assertThat(read(IrnaArticle.HTML).segments()).noneSatisfy(s -> assertThat(s.text()).contains("سلام"));
    }

    @Test
    void shouldReadFragmentWithoutPageMarkup() {
        assertThat(read("<h1>تیتر</h1><p>متن خبر.</p>").blocks()).extracting(Block::type).containsExactly(HEADING, PARAGRAPH);
    }

    @Test
    void shouldReadMalformedHtmlIntoLegalSegments() {
        String html = "<div><p>سفیر <b>کشورمان گفت. سفر تاریخی است.</div></div><p>پایان <span>خبر.</p> </i>";

        assertThatCode(() -> read(html)).doesNotThrowAnyException();
        Document article = read(html);
        assertThat(article.segments().map(TaggedText::of))
                .containsExactly("سفیر <bx id=\"1\"/>کشورمان گفت.", "سفر تاریخی است.", "پایان <bx id=\"1\"/>خبر.");
        assertThat(article.segments()).allSatisfy(s ->
                assertThat(TaggedText.parse(TaggedText.of(s), s.codes()).codes()).isEqualTo(s.codes()));
    }

    @Test
    void shouldReadEmptyArticle() {
        assertThat(read("").blocks()).isEmpty();
    }
}
