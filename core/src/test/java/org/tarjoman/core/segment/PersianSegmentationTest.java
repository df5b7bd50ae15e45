package org.tarjoman.core.segment;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;

/**
 * The Persian SRX rules, one behaviour per test, each with the break it must make next to the
 * break it must not make. Sentences come from the IRNA sample, NTREX-128 (newstest2019, Persian
 * reference) and UD Persian PerDT.
 */
class PersianSegmentationTest {

    private final SentenceSegmenter segmenter = SrxSentenceSegmenter.persian();

    /** Joins the sentences with one space and checks the segmenter finds exactly them again. */
    private void assertSplitsInto(String... sentences) {
        assertThat(sentencesOf(String.join(" ", sentences))).containsExactly(sentences);
    }

    private List<String> sentencesOf(String paragraph) {
        return segmenter.split(paragraph).stream().map(span -> span.of(paragraph)).toList();
    }

    @Test
    void shouldBreakAfterFullStop() {
        assertSplitsInto(
                "ABC با ۳٫۲۶ میلیون بیننده مقام دوم را داشت.",
                "سونامی در پی زلزله‌ای با شدت ۷٫۵ ریشتر رخ داد.");
    }

    @Test
    void shouldBreakAfterPersianAndLatinQuestionMarks() {
        assertSplitsInto("آیا تو سند را افشا کرده ای؟", "او پاسخی نداد.");
        assertSplitsInto("Is it over?", "آنها می‌گویند نه.");
    }

    @Test
    void shouldBreakAfterExclamationMark() {
        assertSplitsInto("مرد از خیمه بیرون رفت و گفت: «با من بیا!»", "آتش بر چوبهٔ در گرفته شد.");
        assertSplitsInto("چه تبلیغ غیر قابل فهمی!", "شخص دیگری نظر گذاشته است.");
    }

    @Test
    void shouldBreakAfterRunsOfPunctuation() {
        assertSplitsInto("دوباره یک سیاه پوست دیگر؟!", "او تعجب کرد.");
        assertSplitsInto("واقعاً؟؟", "بله.");
        assertSplitsInto("Really?!", "Yes.");
    }

    @Test
    void shouldBreakAfterEllipsis() {
        assertSplitsInto("جواب او را به خاطر داشته باش...", "آیا تو سند را افشا کرده ای؟");
        assertSplitsInto("جواب او را به خاطر داشته باش…", "آیا تو سند را افشا کرده ای؟");
    }

    @Test
    void shouldNotBreakAtAnEllipsisStandingAloneBetweenSpaces() {
        assertSplitsInto("گاز می‌گیرند و بسیار کنجکاو هستند ... بیرون نیستند که بتوانند به شما آسیب برسانند.");
    }

    @Test
    void shouldBreakAfterClosingQuotesAndBrackets() {
        assertSplitsInto("وی گفت: «خوکها فقط بازیگوش هستند.»", "گاز می‌گیرند و بسیار کنجکاو هستند.");
        assertSplitsInto("او گفت: \"سونامی آمد.\"", "خودروها شناور شدند.");
        assertSplitsInto("He said: “It came.”", "Cars floated.");
        assertSplitsInto("ارتفاع موجها تا ۲۰ فوت رسید (۶ متر.)", "امدادگران رسیدند.");
        assertSplitsInto("این خبر تایید شد [منبع: ایرنا.]", "جزئیات بیشتری منتشر نشد.");
    }

    @Test
    void shouldNotBreakAfterAQuotationClosedInsideASentence() {
        assertSplitsInto("خبرنگاران پرسیدند «چرا حالا؟» و پاسخی نگرفتند.", "او «چرا حالا؟» را از سخنگو پرسید.");
        assertSplitsInto("وی گفت: «ما آماده‌ایم.» و جلسه را ترک کرد.", "آمار نهایی منتشر نشده است.");
        assertSplitsInto("وی گفت: «ما آماده‌ایم.»", "آمار نهایی منتشر نشده است.");
    }

    @Test
    void shouldNotBreakWithoutWhitespaceAfterThePunctuation() {
        assertSplitsInto("او گفت: «آیا ما خبر را افشا کرده ایم؟»و سپس رفت.");
    }

    @Test
    void shouldNotBreakAfterColon() {
        assertSplitsInto("سفیر کشورمان در فدراسیون روسیه گفت: سفر دکتر مسعود پزشکیان به مسکو تاریخی خواهد بود.");
        assertSplitsInto("وی گفت: «خوکها فقط بازیگوش هستند.»", "او افزود: او آزاد است.");
    }

    @Test
    void okapiDefaultRulesBreakAfterColonWhichIsWhyWeShipOurOwn() {
        String paragraph = "سفیر کشورمان گفت: سفر دکتر پزشکیان تاریخی خواهد بود.";

        assertThat(SrxSentenceSegmenter.okapiDefault("fa").split(paragraph)).hasSize(2);
        assertThat(segmenter.split(paragraph)).hasSize(1);
    }

    @Test
    void shouldNotBreakAfterPersianSemicolonOrComma() {
        assertSplitsInto("مذاکرات خوبی در حال انجام است؛ امیدواریم موافقتنامه اجرایی این طرح نیز به نتیجه برسد.");
        assertSplitsInto("سیر مناسبات دو کشور در سایر عرصهها از جمله امنیتی، دفاعی، فرهنگی و اقتصادی نیز رو به جلو است.");
    }

    @Test
    void shouldNotBreakInsideDecimals() {
        assertSplitsInto("این سری از زمین‌لرزه‌ها در منطقه‌ای با ۲٫۴ میلیون نفر جمعیت احساس می‌شد.", "رشد ۳.۵ درصد بود.");
        assertSplitsInto("معاون وزیر صنایع نرخ رشد بخش صنعت و معدن را 10.7 درصد برآورد کرده بود.", "شاخص به 85.32 رسید.");
    }

    @Test
    void shouldNotBreakInsideDatesButAfterADateEndingASentence() {
        assertSplitsInto("قرارداد در ۱۴۰۳.۱۰.۲۸ امضا شد.", "جلسه بعدی در ۱۴۰۳/۱۱/۰۵ است.");
        assertSplitsInto("این جلسه برگزار شد در تاریخ ۱۴۰۳.۱۰.۲۸.", "نتیجه اعلام نشد.");
    }

    @Test
    void shouldNotBreakInsideTimes() {
        assertSplitsInto("این حادثه در روز پنجشنبه حدود ساعت ۱۹:۳۰ به وقت بریتانیا رخ داد.", "پلیس رسید.");
        assertSplitsInto("نشست ساعت ۱۰:۳۰ صبح آغاز شد.");
    }

    @Test
    void shouldNotBreakInsideVersionNumbers() {
        assertSplitsInto("نسخه 1.2.3 این نرم‌افزار منتشر شد.", "به‌روزرسانی رایگان است.");
    }

    @Test
    void shouldNotBreakInsideUrlsButAfterAUrlEndingASentence() {
        assertSplitsInto("متن کامل در https://www.irna.ir/news/123.html منتشر شده است.", "وی افزود.");
        assertSplitsInto("به گزارش weather.com: «کل میزان بارش زیاد است.»", "طوفان رسید.");
        assertSplitsInto("متن کامل در www.irna.ir.", "وی افزود.");
    }

    @Test
    void shouldNotBreakInsideEmailAddresses() {
        assertSplitsInto("می توانید به آدرس jo@samaritans.org ایمیل بزنید یا به وب سایت ساماریتانز مراجعه کنید.", "تماس رایگان است.");
    }

    @Test
    void shouldNotBreakAfterPersianInitials() {
        assertSplitsInto("این کتاب را م. سرشار نوشته است.", "چاپ دوم آن منتشر شد.");
        assertSplitsInto("به گفته ع. ر. تهرانی این طرح اجرا می‌شود.");
        assertSplitsInto("دکتر ح. احمدی در این نشست سخنرانی کرد.");
    }

    @Test
    void shouldNotBreakAfterLatinInitials() {
        assertSplitsInto("کتاب ارباب حلقه‌ها را J. R. R. Tolkien نوشته است.", "این کتاب مشهور است.");
        assertSplitsInto("این قطعه توسط یک نوازنده سیاه پوست یعنی Dionisio A. Lind نواخته می‌شد.");
        assertSplitsInto("Sean Combs با اسامی مختلف Puff Daddy، P. Diddy یا Diddy شناخته می‌شود.");
        assertSplitsInto("جورج دابلیو. بوش تلفن را برداشت.");
    }

    @Test
    void shouldNotBreakAfterPersianAbbreviations() {
        assertSplitsInto("این مرحله همزمان با اشغال بئرالسبع در تاریخ 31/10/1917 م. و اولین شکست دولت عثمانی در فلسطین آغاز شد.");
        assertSplitsInto("سفیر ج.ا.ا. در مسکو گفت: سفر تاریخی خواهد بود.");
        assertSplitsInto("این بنا در سال ۵۵۰ ق.م. ساخته شد و هنوز پابرجاست.");
        assertSplitsInto("او در سال ۱۳۴۲ ه.ش. به زندان افتاد و در سال ۱۳۸۳ ه.ق. درگذشت.");
        assertSplitsInto("این واقعه در سال ۶۱ هـ. رخ داد.", "کاروان به کوفه رسید.");
        assertSplitsInto("برای توضیح بیشتر ر.ک. به فصل دوم کتاب.");
        assertSplitsInto("این نکته در ج. ۲، ص. ۴۵ آمده است.");
        assertSplitsInto("این مطلب در صص. ۱۲ تا ۱۸ آمده است.");
        assertSplitsInto("نشریه ش. ۳۲ این مقاله را چاپ کرد.");
        assertSplitsInto("او در سال ۱۰۵۰ ق. درگذشت.", "آرامگاهش در اصفهان است.");
    }

    @Test
    void shouldNotBreakAfterHonorificsInParentheses() {
        assertSplitsInto("او برای حسین (ع) پس از شهادتش سوگواری کرد.", "شهدای ما به یقین به امام حسین (ع) اقتدا کرده بودند.");
        assertSplitsInto("امام خمینی (ره) به دنبال اهداف بزرگ قدم به میدان گذاشت.", "مردم پیامبر اکرم (ص) را یاد کردند.");
        assertSplitsInto("مداحان بر مصائب حضرت زینب (س) گریستند.", "مراسم ولادت امام زمان (عج) برگزار شد.");
    }

    @Test
    void shouldNotBreakAfterBracketedPunctuation() {
        assertSplitsInto("او گفت این طرح (!) موفق بوده است.", "منتقدان مخالف‌اند.");
        assertSplitsInto("او گفت «این کار [...] غیرممکن است».");
    }

    @Test
    void shouldNotBreakAfterLatinAbbreviationsMidSentence() {
        assertSplitsInto("۱۸ ایالت و همچنین D.C. از به چالش کشیدن سیاست جدید دفاع کردند.");
        assertSplitsInto("سفیر U.N. در تهران و مقامات U.S. دیدار کردند.");
        assertSplitsInto("محصولات مانند Revlon، Essie، Tweezerman و Dr. PawPaw عرضه می‌شود.");
        assertSplitsInto("Mr. Adams met Dr. Smith, e.g. at lunch, i.e. informally.", "They talked.");
        assertSplitsInto("Apples, pears etc. are sold here.", "Prices rose.");
        assertSplitsInto("نام کامل شاکی در دادخواست Grace v. Sessions آمده است.");
    }

    @Test
    void shouldBreakAfterLatinAbbreviationsEndingASentence() {
        assertSplitsInto("The talks were held in the U.S.", "The next round is in Geneva.");
        assertSplitsInto("They sell apples, pears etc.", "However, prices rose.");
    }

    @Test
    void shouldSegmentEnglishParagraphs() {
        assertSplitsInto(
                "Indonesia was hit by a 7.5 magnitude earthquake on Friday.",
                "\"Why now?\" asked the spokesman.",
                "Rescuers reached Palu at 10:30 a.m. on Saturday.",
                "More help is needed!");
    }

    @Test
    void shouldNotBreakAfterAListNumberOpeningTheParagraph() {
        assertSplitsInto("۱. موافقتنامه حمل و نقل امضا شد.", "۲. موافقتنامه گاز در دست تهیه است.");
    }

    @Test
    void shouldKeepWhitespaceOutsideSegmentsAndNeverReturnEmptySpans() {
        String paragraph = "  وی افزود: آمار رسمی منتشر نشده است.   \u00A0 جلالی ادامه داد: روابط رو به جلو است.  ";
        assertThat(sentencesOf(paragraph)).containsExactly(
                "وی افزود: آمار رسمی منتشر نشده است.", "جلالی ادامه داد: روابط رو به جلو است.");
        assertThat(segmenter.split("")).isEmpty();
        assertThat(segmenter.split(" \n\t")).isEmpty();
    }

    @Test
    void shouldKeepZwnjAndPersianDigitsUntouched() {
        String paragraph = "رئیس‌جمهور روسیه در سال ۲۰۲۴ به تهران آمد. همکاری‌ها ادامه دارد.";
        assertThat(sentencesOf(paragraph)).containsExactly(
                "رئیس‌جمهور روسیه در سال ۲۰۲۴ به تهران آمد.", "همکاری‌ها ادامه دارد.");
    }

    @Test
    void shouldGiveTheSameSentencesWhenUsedFromManyThreads() {
        String paragraph = "وی افزود: آمار رسمی منتشر نشده است. جلالی ادامه داد: روابط رو به جلو است؟! Dr. Smith agreed.";
        List<Span> expected = segmenter.split(paragraph);

        List<List<Span>> results = IntStream.range(0, 2_000).parallel()
                .mapToObj(i -> segmenter.split(paragraph)).toList();

        assertThat(expected).hasSize(3);
        assertThat(results).allSatisfy(spans -> assertThat(spans).isEqualTo(expected));
    }

    @Test
    void shouldMakeAPersianDatelineItsOwnSegment() {
        assertSplitsInto("تهران - ایرنا:", "رئیس جمهور امروز به مسکو سفر کرد.");
        assertSplitsInto("تهران- ایرنا-", "رئیس‌جمهور امروز به مسکو سفر کرد.");
        assertSplitsInto("مسکو - واحد مرکزی خبر:", "پوتین و پزشکیان موافقتنامه جامع همکاری را امضا کردند.");
        assertSplitsInto("اصفهان - خبرگزاری شبستان:", "نمایشگاه کتاب امروز گشایش یافت.");
    }

    @Test
    void shouldKeepTheDatelineTextExactlyAsWritten() {
        String paragraph = "بندر امام‌خمینی (ایرنا) - نخستین محموله گندم وارد بندر شد.";

        assertThat(sentencesOf(paragraph)).containsExactly("بندر امام‌خمینی (ایرنا) -", "نخستین محموله گندم وارد بندر شد.");
    }

    @Test
    void shouldMakeALatinDatelineItsOwnSegment() {
        assertSplitsInto("TEHRAN (IRNA) –", "Iran and Russia signed a partnership treaty.");
        assertSplitsInto("Moscow (Reuters) -", "پوتین و پزشکیان دیدار کردند.");
    }

    @Test
    void shouldNotTakeADashAfterTwoNamesOrLaterInTheParagraphForADateline() {
        assertSplitsInto("ایران - روسیه: همکاری راهبردی دو کشور ادامه دارد.");
        assertSplitsInto("به گزارش خبرنگار ما، تهران - ایرنا: این خبر را تایید کرد.");
    }

    @Test
    void shouldNotBreakAfterVaEllipsisMeaningEtc() {
        assertSplitsInto("در این نمایشگاه کتاب، لوازم‌التحریر و… عرضه می‌شود.", "نمایشگاه تا جمعه باز است.");
        assertSplitsInto("مواد غذایی، دارو و... به مناطق زلزله‌زده ارسال شد.");
        assertSplitsInto("مواد غذایی، دارو و ... به مناطق زلزله‌زده ارسال شد.");
    }

    @Test
    void shouldStillBreakAfterAnEllipsisEndingAWord() {
        assertSplitsInto("او سکوت کرد و رفت…", "هیچ‌کس پاسخی نداد.");
    }

    @Test
    void shouldNotBreakAfterALatinAbbreviationInBrackets() {
        assertSplitsInto("سازمان ملل متحد (U.N.) اعلام کرد که کمک‌ها ارسال می‌شود.", "محموله‌ها فردا می‌رسند.");
        assertSplitsInto("ایالات متحده (U.S.) و روسیه گفت‌وگو کردند.");
        assertSplitsInto("این پژوهش را پروفسور اسمیت (Ph.D.) انجام داده است.");
    }

    @Test
    void shouldReturnAHeadlineWithoutPunctuationAsOneSentence() {
        assertSplitsInto("جلالی: سفر پزشکیان به مسکو، تاریخی خواهد بود");
    }
}
