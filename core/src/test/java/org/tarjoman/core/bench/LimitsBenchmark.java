package org.tarjoman.core.bench;

import java.util.LinkedHashMap;
import java.util.Map;

import org.tarjoman.core.ArticleSegmenter;
import org.tarjoman.core.document.SourceFormat;
import org.tarjoman.core.limits.DocumentLimit;
import org.tarjoman.core.limits.DocumentLimitExceeded;

/**
 * The CPU one HTML article can cost within the limits: 2 MB articles (the default article limit) shaped
 * to cost most while staying under every {@link DocumentLimit}, and hostile ones that are refused.
 * Prints the first run and the best of three warm runs of each.
 *
 * <pre>./mvnw -q -pl core test-compile exec:exec@limits-bench</pre>
 */
public final class LimitsBenchmark {

    private static final int BYTES = 2 * 1024 * 1024;
    private static final String WORDS = "متن خبر امروز تهران ";
    private static final String SENTENCE = "خبر تهران. ";

    private LimitsBenchmark() {
    }

    public static void main(String[] args) {
        ArticleSegmenter segmenter = ArticleSegmenter.persian();
        Map<String, String> articles = new LinkedHashMap<>();
        int tags = DocumentLimit.MARKUP_TAGS.max();
        int depth = DocumentLimit.NESTING_DEPTH.max();
        int codes = DocumentLimit.INLINE_CODES.max();
        articles.put("divs nested 100 deep, up to the tag limit", fill(repeat(nested("div", depth, SENTENCE), tags / (2 * depth))));
        articles.put("paragraphs of 1,000 inline codes, up to the tag limit",
                fill(repeat("<p>" + "<b>خبر</b> ".repeat(codes / 2 - 1) + "</p>", tags / codes)));
        articles.put("25,000 blocks (div), then text", fill(repeat("<div>" + SENTENCE + "</div>", tags / 2 - 1)));
        articles.put("10,000 sentences, then one long one", fill("<p>" + SENTENCE.repeat(DocumentLimit.SEGMENTS.max() - 1)));
        articles.put("refused: 30,000 nested divs", nested("div", 30_000, SENTENCE));
        articles.put("refused: 6,128 inline codes in a paragraph", "<p>" + "<b>خبر</b> ".repeat(3_064) + "</p>");
        articles.put("refused: 2 MB of sentences (190,000 segments)", "<p>" + SENTENCE.repeat(BYTES / SENTENCE.length()));
        System.out.printf("%-55s %10s %10s  %s%n", "2 MB HTML article", "first ms", "best ms", "outcome");
        for (Map.Entry<String, String> article : articles.entrySet()) {
            long first = 0;
            long best = Long.MAX_VALUE;
            String outcome = "";
            for (int run = 0; run < 4; run++) {
                long start = System.nanoTime();
                try {
                    outcome = segmenter.segment(article.getValue(), SourceFormat.HTML, "fa").segmentCount() + " segments";
                } catch (DocumentLimitExceeded e) {
                    outcome = "refused: limit " + e.limit().key();
                }
                long ms = (System.nanoTime() - start) / 1_000_000;
                first = run == 0 ? ms : first;
                best = run == 0 ? best : Math.min(best, ms);
            }
            System.out.printf("%-55s %,10d %,10d  %s%n", article.getKey(), first, best, outcome);
        }
    }

    private static String nested(String element, int depth, String text) {
        return ("<" + element + ">").repeat(depth) + text + ("</" + element + ">").repeat(depth);
    }

    private static String repeat(String piece, int times) {
        return piece.repeat(times);
    }

    /** The markup, then plain words up to 2 MB (UTF-8): the costliest text is one long sentence. */
    private static String fill(String markup) {
        StringBuilder html = new StringBuilder(markup);
        int bytes = markup.getBytes(java.nio.charset.StandardCharsets.UTF_8).length;
        int wordBytes = WORDS.getBytes(java.nio.charset.StandardCharsets.UTF_8).length;
        for (; bytes + wordBytes <= BYTES; bytes += wordBytes) {
            html.append(WORDS);
        }
        return html.toString();
    }
}
