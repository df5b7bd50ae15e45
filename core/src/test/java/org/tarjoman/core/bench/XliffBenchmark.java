package org.tarjoman.core.bench;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.tarjoman.core.ArticleSegmenter;
import org.tarjoman.core.document.Block;
import org.tarjoman.core.document.Document;
import org.tarjoman.core.document.Segment;
import org.tarjoman.core.document.SourceFormat;
import org.tarjoman.core.document.TaggedText;
import org.tarjoman.core.xliff.XliffDocument;
import org.tarjoman.core.xliff.XliffGroup;
import org.tarjoman.core.xliff.XliffMatch;
import org.tarjoman.core.xliff.XliffOrigin;
import org.tarjoman.core.xliff.XliffReader;
import org.tarjoman.core.xliff.XliffState;
import org.tarjoman.core.xliff.XliffUnit;
import org.tarjoman.core.xliff.XliffVersion;
import org.tarjoman.core.xliff.XliffWriter;

/**
 * Export and import of a 5,000-segment task at the file level: writing the XLIFF (every unit with a
 * target and three matches) and reading it back with every target checked against its source codes.
 * Prints the first (cold) run and the median of ten warm runs per version. Goal: each ≤ 2 s.
 *
 * <pre>./mvnw -q -pl core test-compile exec:exec@xliff-bench</pre>
 */
public final class XliffBenchmark {

    private static final int SEGMENTS = 5_000;
    private static final String PARAGRAPH = "<p>سفیر ایران در فدراسیون روسیه گفت: این سفر <b>تاریخی</b> خواهد بود. "
            + "<a href=\"https://www.irna.ir/news/85716163\">ایرنا</a> روز ۲۸ دی‌ماه ۱۴۰۳ گزارش داد.<br>"
            + "حجم تجارت دو کشور به ۳٫۵ میلیارد دلار رسید و همکاری‌ها ادامه دارد.</p>\n";

    private XliffBenchmark() {
    }

    public static void main(String[] args) {
        XliffDocument task = task();
        System.out.printf("XLIFF of a %,d-segment task (targets, 3 matches per unit)%n", task.units().count());
        for (XliffVersion version : XliffVersion.values()) {
            byte[] file = export(task, version);
            long[] exports = new long[11];
            long[] imports = new long[11];
            for (int i = 0; i < exports.length; i++) {
                long start = System.nanoTime();
                export(task, version);
                exports[i] = System.nanoTime() - start;
                start = System.nanoTime();
                read(file, task);
                imports[i] = System.nanoTime() - start;
            }
            System.out.printf("%s  %,d bytes  export: first %d ms, median %d ms  import: first %d ms, median %d ms%n",
                    version.label(), file.length, exports[0] / 1_000_000, median(exports) / 1_000_000,
                    imports[0] / 1_000_000, median(imports) / 1_000_000);
        }
    }

    private static XliffDocument task() {
        int paragraphs = 0;
        Document sample = ArticleSegmenter.persian().segment(PARAGRAPH, SourceFormat.HTML, "fa");
        int perParagraph = sample.segmentCount();
        Document article = ArticleSegmenter.persian().segment(PARAGRAPH.repeat(SEGMENTS / perParagraph + 1),
                SourceFormat.HTML, "fa");
        List<XliffGroup> groups = new ArrayList<>();
        int id = 0;
        for (Block block : article.blocks()) {
            List<XliffUnit> units = new ArrayList<>();
            for (Segment segment : block.segments()) {
                if (id == SEGMENTS) {
                    break;
                }
                String source = TaggedText.of(segment);
                List<XliffMatch> matches = List.of(new XliffMatch(source, "EN " + source, 100, "EXACT"),
                        new XliffMatch(source, "EN2 " + source, 90, "FUZZY"), new XliffMatch(source, "EN3 " + source, 80, "FUZZY"));
                units.add(new XliffUnit(Integer.toString(100_000 + id++), source, segment.codes(), "EN " + source,
                        XliffState.TRANSLATED, XliffOrigin.HUMAN, null, 1L, matches, List.of(), 0));
            }
            if (!units.isEmpty()) {
                groups.add(new XliffGroup("b" + paragraphs++, block.type(), units));
            }
        }
        return new XliffDocument("bench.html", SourceFormat.HTML, "fa", "en", List.of(), groups, null);
    }

    private static byte[] export(XliffDocument task, XliffVersion version) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(8 << 20);
        XliffWriter.write(task, version, out);
        return out.toByteArray();
    }

    private static void read(byte[] file, XliffDocument task) {
        List<XliffUnit> stored = task.units().toList();
        List<XliffUnit> read = XliffReader.read(new ByteArrayInputStream(file)).units().toList();
        for (int i = 0; i < read.size(); i++) {
            TaggedText.parse(read.get(i).target(), stored.get(i).codes());
        }
    }

    private static long median(long[] runs) {
        long[] warm = Arrays.copyOfRange(runs, 1, runs.length);
        Arrays.sort(warm);
        return warm[warm.length / 2];
    }
}
