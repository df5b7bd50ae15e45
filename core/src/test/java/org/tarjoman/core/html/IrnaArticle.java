package org.tarjoman.core.html;

import java.util.List;

import org.tarjoman.core.count.WordCounter;
import org.tarjoman.core.document.SegmentFactory;

/**
 * The IRNA report of 2025-01 on Pezeshkian's visit to Moscow
 * ({@code test-data/samples/irna-moscow-visit-fa.txt}) as a news page, with the markup a CMS puts in:
 * bold, a link, line breaks, images, an entity, a script and a style. ZWNJ restored where the
 * plain-text sample had lost it (موافقت‌نامه, همکاری‌ها, رئیس‌جمهور).
 */
final class IrnaArticle {

    static final String LINK = "<a href=\"https://www.irna.ir/news/85716163\">";
    static final String FLAG = "<img src=\"/img/flag-ir.png\" alt=\"پرچم ایران\">";

    static final String HTML = """
            <!DOCTYPE html>
            <html lang="fa" dir="rtl">
            <head>
            <meta charset="utf-8">
            <title>سفر پزشکیان به مسکو</title>
            <style>p { color: #333; }</style>
            <script>var greeting = 'سلام';</script>
            </head>
            <body>
            <h1>جلالی: سفر پزشکیان به مسکو، تاریخی خواهد بود</h1>
            <p><b>سفیر کشورمان</b> در فدراسیون روسیه گفت: سفر دکتر مسعود پزشکیان به مسکو با هدف امضای موافقت‌نامه جامع همکاری‌ها، تاریخی خواهد بود.</p>
            <p>به گزارش %s</a>، کاظم جلالی در ۲۸ دی ماه ۱۴۰۳ خاطرنشان کرد: مناسبات تهران و مسکو در حال پیشرفت است.<br>
            وی گفت: این مناسبات با فراز و فرودهایی همراه بوده که قابل انکار نیست.</p>
            <h2>رویکردهای مشترک ایران و روسیه</h2>
            <p>وی ادامه داد: <b>آقای پوتین رئیس‌جمهور روسیه در سال ۲۰۲۴ این موضوع را مطرح کرد. ما بر استقلال خودمان تأکید داریم.</b> این گفتمان طرفدارانی پیدا کرده است.</p>
            <p>سفیر ایران %s در روسیه گفت: همکاری در حمل &amp; نقل و گاز در حال گسترش است.</p>
            </body>
            </html>
            """.formatted(LINK + "ایرنا", FLAG);

    private IrnaArticle() {
    }

    static HtmlArticleReader reader() {
        return new HtmlArticleReader(new PunctuationSentenceSegmenter(), segmentFactory());
    }

    static HtmlArticleWriter writer() {
        return new HtmlArticleWriter(new PunctuationSentenceSegmenter());
    }

    static SegmentFactory segmentFactory() {
        return new SegmentFactory(new WordCounter(), text -> List.of());
    }
}
