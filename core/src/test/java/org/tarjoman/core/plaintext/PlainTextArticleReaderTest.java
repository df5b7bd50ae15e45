package org.tarjoman.core.plaintext;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.tarjoman.core.count.WordCounter;
import org.tarjoman.core.document.Block;
import org.tarjoman.core.document.BlockType;
import org.tarjoman.core.document.Document;
import org.tarjoman.core.document.Segment;
import org.tarjoman.core.document.SegmentFactory;
import org.tarjoman.core.document.SourceFormat;
import org.tarjoman.core.segment.SrxSentenceSegmenter;
import org.tarjoman.core.testing.TestData;

class PlainTextArticleReaderTest {

    private final PlainTextArticleReader reader = new PlainTextArticleReader(SrxSentenceSegmenter.persian(),
            new SegmentFactory(new WordCounter(), text -> List.of()));

    @Test
    void shouldReadTheIrnaSampleIntoHeadlineSubheadingsAndParagraphs() throws IOException {
        String article = Files.readString(TestData.irnaArticle());

        Document document = reader.read(article, "fa");

        assertThat(document.language()).isEqualTo("fa");
        assertThat(document.format()).isEqualTo(SourceFormat.TEXT);
        assertThat(document.blocks()).hasSize(17);
        assertThat(document.blocks().get(0).type()).isEqualTo(BlockType.HEADING);
        assertThat(textsOf(document.blocks().get(0))).containsExactly("جلالی: سفر پزشکیان به مسکو، تاریخی خواهد بود");
        assertThat(document.blocks().stream().filter(b -> b.type() == BlockType.HEADING).map(b -> textsOf(b).get(0)))
                .containsExactly(
                        "جلالی: سفر پزشکیان به مسکو، تاریخی خواهد بود",
                        "رویکردهای مشترک ایران و روسیه",
                        "روند مناسبات در سال ۲۰۲۴",
                        "امیدواری به آماده شدن ۲ موافقتنامه همکاری حمل و نقل و گاز");
        assertThat(document.blocks().get(4).type()).isEqualTo(BlockType.HEADING);
        assertThat(document.blocks().get(7).type()).isEqualTo(BlockType.HEADING);
        assertThat(document.blocks().get(13).type()).isEqualTo(BlockType.HEADING);
        assertThat(document.blocks().get(1).type()).isEqualTo(BlockType.PARAGRAPH);
    }

    @Test
    void shouldNeverBreakAfterGoftColonInTheSample() throws IOException {
        String article = Files.readString(TestData.irnaArticle());

        Document document = reader.read(article, "fa");

        // Every paragraph of the sample is one sentence with a colon after گفت/افزود/ادامه داد.
        assertThat(document.segments()).noneMatch(s -> s.text().endsWith(":"));
        assertThat(document.blocks()).allSatisfy(block -> assertThat(block.segments()).hasSize(1));
        assertThat(document.blocks().get(1).segments().get(0).text())
                .startsWith("سفیر کشورمان در فدراسیون روسیه گفت: سفر دکتر")
                .endsWith("تاریخی خواهد بود.");
        assertThat(document.segments()).allSatisfy(s -> assertThat(article).contains(s.text()));
    }

    @Test
    void shouldSplitParagraphsIntoSentencesNumberedFromZero() {
        Document document = reader.read("خبر مهم\n\nوی گفت: مذاکرات ادامه دارد. آمار نهایی منتشر نشده است؟!", "fa");

        Block paragraph = document.blocks().get(1);
        assertThat(document.blocks()).extracting(Block::index).containsExactly(0, 1);
        assertThat(paragraph.segments()).extracting(Segment::index).containsExactly(0, 1);
        assertThat(textsOf(paragraph)).containsExactly("وی گفت: مذاکرات ادامه دارد.", "آمار نهایی منتشر نشده است؟!");
        assertThat(paragraph.segments().get(0).words()).isEqualTo(5);
    }

    @Test
    void shouldTreatALineOfOnlyWhitespaceAsBlank() {
        Document document = reader.read("روند مناسبات در سال ۲۰۲۴\n \t\u00A0\nسطح مناسبات بالاست.", "fa");

        assertThat(document.blocks()).extracting(Block::type).containsExactly(BlockType.HEADING, BlockType.PARAGRAPH);
    }

    @Test
    void shouldReadWindowsLineEndings() {
        Document document = reader.read("رویکردهای مشترک\r\n\r\nوی افزود: این گفتمان طرفدارانی دارد.\r\n", "fa");

        assertThat(document.blocks()).extracting(Block::type).containsExactly(BlockType.HEADING, BlockType.PARAGRAPH);
        assertThat(textsOf(document.blocks().get(0))).containsExactly("رویکردهای مشترک");
        assertThat(textsOf(document.blocks().get(1))).containsExactly("وی افزود: این گفتمان طرفدارانی دارد.");
    }

    @Test
    void shouldStripALeadingByteOrderMark() {
        Document document = reader.read("\uFEFFجلالی: سفر پزشکیان تاریخی خواهد بود", "fa");

        assertThat(textsOf(document.blocks().get(0))).containsExactly("جلالی: سفر پزشکیان تاریخی خواهد بود");
    }

    @Test
    void shouldReadSingleLineBreaksAsSpacesButKeepSegmentTextsExact() {
        String text = "وی افزود: آمار رسمی مبادلات تجاری ایران و روسیه در سال ۲۰۲۴ بین چهار و نیم\r\n"
                + "تا پنج میلیارد دلار است. جلالی ادامه داد:\nروابط رو به جلو است.";

        Block block = reader.read(text, "fa").blocks().get(0);

        assertThat(block.type()).isEqualTo(BlockType.PARAGRAPH);
        assertThat(textsOf(block)).containsExactly(
                "وی افزود: آمار رسمی مبادلات تجاری ایران و روسیه در سال ۲۰۲۴ بین چهار و نیم\r\n"
                        + "تا پنج میلیارد دلار است.",
                "جلالی ادامه داد:\nروابط رو به جلو است.");
    }

    @Test
    void shouldEndABlockAfterAShortLineWithoutPunctuationGluedToItsParagraph() {
        Document document = reader.read("جلالی: سفر پزشکیان به مسکو، تاریخی خواهد بود\n"
                + "سفیر کشورمان گفت: سفر دکتر پزشکیان تاریخی خواهد بود.\n"
                + "روند مناسبات در سال ۲۰۲۴\n"
                + "سطح مناسبات دو کشور در عرصه سیاسی بسیار بالاست.", "fa");

        assertThat(document.blocks()).extracting(Block::type).containsExactly(
                BlockType.HEADING, BlockType.PARAGRAPH, BlockType.HEADING, BlockType.PARAGRAPH);
        assertThat(textsOf(document.blocks().get(2))).containsExactly("روند مناسبات در سال ۲۰۲۴");
        assertThat(textsOf(document.blocks().get(1)))
                .containsExactly("سفیر کشورمان گفت: سفر دکتر پزشکیان تاریخی خواهد بود.");
    }

    @Test
    void shouldKeepALongLineWithoutPunctuationInItsParagraph() {
        String text = "پیشبینی رشد ۱۵ درصدی تجارت ایران و روسیه در سالی که گذشت وی با بیان اینکه\n"
                + "حجم تجارت دو کشور روندی صعودی داشته است، گفت: آمار نهایی منتشر نشده است.";

        Block block = reader.read(text, "fa").blocks().get(0);

        assertThat(reader.read(text, "fa").blocks()).hasSize(1);
        assertThat(block.type()).isEqualTo(BlockType.PARAGRAPH);
    }

    @Test
    void shouldKeepAShortLineInsideAWrappedSentenceInItsParagraph() {
        // the second line is short, but the sentence began on the line before: a hard wrap
        String text = "سفیر ایران در روسیه با اشاره به طرح مشترک دو کشور برای ساخت راه آهن\n"
                + "رشت و آستارا گفت\n"
                + "مذاکرات خوبی در حال انجام است.";

        assertThat(reader.read(text, "fa").blocks()).hasSize(1);
    }

    @Test
    void shouldNotEndABlockAfterAShortLineThatGoesOn() {
        assertThat(reader.read("وی افزود:\n«ما آماده‌ایم.»", "fa").blocks()).hasSize(1);
        assertThat(reader.read("ایران، روسیه و\nچین بیانیه مشترک دادند.", "fa").blocks()).hasSize(1);
    }

    @Test
    void shouldReadASingleLineEndingInPunctuationAndClosingQuoteAsAParagraph() {
        Document document = reader.read("وی گفت: «خوکها فقط بازیگوش هستند.»\n\nدوباره یک سیاه پوست دیگر؟!\n\nمرد: «اون چیه دیگه؟»", "fa");

        assertThat(document.blocks()).extracting(Block::type)
                .containsExactly(BlockType.PARAGRAPH, BlockType.PARAGRAPH, BlockType.PARAGRAPH);
    }

    @Test
    void shouldReadASingleLineWithoutFinalPunctuationAsAHeadingEvenAfterAColon() {
        Document document = reader.read("تماشا کنید: دانیل استوریج، بازیکن لیورپول\n\nسالنامه: مخترع شمارشگر گایگر", "fa");

        assertThat(document.blocks()).extracting(Block::type).containsExactly(BlockType.HEADING, BlockType.HEADING);
    }

    @Test
    void shouldKeepZwnjDigitsAndSpellingUntouched() {
        String sentence = "همکاری‌های دوجانبه در سال ۱۴۰۳ و 2024 ادامه یافت.";

        assertThat(textsOf(reader.read("  " + sentence + "  ", "fa").blocks().get(0))).containsExactly(sentence);
    }

    @Test
    void shouldReturnNoBlocksForEmptyOrBlankText() {
        assertThat(reader.read("", "fa").blocks()).isEmpty();
        assertThat(reader.read("\uFEFF", "fa").blocks()).isEmpty();
        assertThat(reader.read("\n\n  \r\n\t\n", "fa").blocks()).isEmpty();
    }

    private static List<String> textsOf(Block block) {
        return block.segments().stream().map(Segment::text).toList();
    }
}
