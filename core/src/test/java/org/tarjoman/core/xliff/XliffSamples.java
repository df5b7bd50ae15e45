package org.tarjoman.core.xliff;

import java.io.ByteArrayOutputStream;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.tarjoman.core.ArticleSegmenter;
import org.tarjoman.core.document.Block;
import org.tarjoman.core.document.Document;
import org.tarjoman.core.document.Segment;
import org.tarjoman.core.document.SourceFormat;
import org.tarjoman.core.document.TaggedText;

/** An HTML news article as an XLIFF document, with every state, codes of every kind, matches and notes. */
final class XliffSamples {

    static final String HTML = "<html><body><h1>سفر پزشکیان به مسکو</h1>\n"
            + "<p>سفیر ایران گفت: این سفر <b>تاریخی</b> خواهد بود. <a href=\"https://www.irna.ir/news/85716163\">ایرنا</a> "
            + "روز ۲۸ دی‌ماه ۱۴۰۳ گزارش داد.<br>حجم تجارت به ۳٫۵ میلیارد دلار &amp; بیشتر رسید.</p>\n"
            + "<p>رئیس‌جمهور گفت: «همکاری‌ها <i>ادامه</i> دارد» <img src=\"/flag.png\"> و ۱۰۰ &lt; ۲۰۰.</p></body></html>";

    /** Targets per segment ordinal, in our tagged text; null = none. */
    static final List<String> TARGETS = List.of(
            "Pezeshkian's trip to Moscow",
            "The Iranian ambassador said the trip will be <g id=\"1\">historic</g>.");

    private XliffSamples() {
    }

    static Document article() {
        return ArticleSegmenter.persian().segment(HTML, SourceFormat.HTML, "fa");
    }

    static XliffDocument document() {
        Document article = article();
        List<XliffGroup> groups = new ArrayList<>();
        int ordinal = 0;
        XliffState[] states = XliffState.values();
        for (Block block : article.blocks()) {
            List<XliffUnit> units = new ArrayList<>();
            for (Segment segment : block.segments()) {
                String target = ordinal < TARGETS.size() ? TARGETS.get(ordinal) : null;
                XliffState state = target == null ? XliffState.NEW : states[1 + ordinal % (states.length - 1)];
                List<XliffMatch> matches = ordinal == 1
                        ? List.of(new XliffMatch("سفیر ایران گفت: این سفر <g id=\"1\">مهم</g> خواهد بود.",
                                "The Iranian ambassador said the trip will be <g id=\"1\">important</g>.", 87, "FUZZY"),
                                new XliffMatch("سفیر ایران گفت", "The Iranian ambassador said", 72, "FUZZY"))
                        : List.of();
                units.add(new XliffUnit(Integer.toString(1000 + ordinal), TaggedText.of(segment), segment.codes(), target,
                        state, target == null ? null : XliffOrigin.TM, target == null ? null : 100, (long) ordinal,
                        matches, ordinal == 0 ? List.of("Headline: keep it short") : List.of(), 0));
                ordinal++;
            }
            groups.add(new XliffGroup("b" + block.index(), block.type(), units));
        }
        return new XliffDocument("irna-85716163.html", SourceFormat.HTML, "fa", "en", List.of("Pezeshkian's visit to Moscow"),
                groups, null);
    }

    static byte[] write(XliffDocument document, XliffVersion version) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        XliffWriter.write(document, version, out);
        return out.toByteArray();
    }

    static XliffDocument read(String xliff) {
        return XliffReader.read(new ByteArrayInputStream(xliff.getBytes(StandardCharsets.UTF_8)));
    }

    static XliffDocument read(byte[] xliff) {
        return XliffReader.read(new ByteArrayInputStream(xliff));
    }
}
