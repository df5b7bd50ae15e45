package org.tarjoman.core.html;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.time.Duration;

import org.junit.jupiter.api.Test;
import org.tarjoman.core.document.Document;
import org.tarjoman.core.limits.DocumentLimit;
import org.tarjoman.core.limits.DocumentLimitExceeded;

/** An HTML article over a {@link DocumentLimit} is refused before Okapi reads it; one at the limit is read. */
class HtmlLimitsTest {

    /** Far below what Okapi took before the check (22 s for 30,000 nested divs); only a stall fails it. */
    private static final Duration AT_ONCE = Duration.ofSeconds(10);
    private static final String SENTENCE = "تهران و مسکو موافقت‌نامه همکاری را امضا کردند.";

    private final HtmlArticleReader reader = IrnaArticle.reader();

    @Test
    void shouldRefuseThirtyThousandNestedDivsAtTheFirstDivTooDeep() {
        String html = "<h1>سفر پزشکیان</h1>\n" + nested("div", 30_000, SENTENCE);

        assertThat(refusal(html)).satisfies(e -> {
            assertThat(e.limit()).isEqualTo(DocumentLimit.NESTING_DEPTH);
            assertThat(e.line()).isEqualTo(2);
            assertThat(e.getMessage()).isEqualTo("line 2: more than 100 elements open at once (limit nesting-depth)");
        });
    }

    @Test
    void shouldReadAnArticleNestedToTheLimit() {
        Document article = read(nested("div", DocumentLimit.NESTING_DEPTH.max(), SENTENCE));

        assertThat(article.segmentCount()).isEqualTo(1);
    }

    @Test
    void shouldRefuseInlineCodesNestedTooDeep() {
        assertThat(refusal("<p>" + nested("b", 5_000, SENTENCE) + "</p>").limit()).isEqualTo(DocumentLimit.NESTING_DEPTH);
    }

    @Test
    void shouldNotCountUnclosedParagraphsAndListItemsAsNesting() {
        String html = ("<p>" + SENTENCE + "\n").repeat(300) + "<ul>" + ("<li>" + SENTENCE).repeat(300) + "</ul>";

        assertThat(read(html).segmentCount()).isEqualTo(600);
    }

    @Test
    void shouldRefuseAParagraphWithMoreInlineCodesThanOkapiHolds() {
        String html = "<p>" + "<b>خبر</b> ".repeat(3_064) + "</p>"; // 6,128 codes: Okapi failed with a 500

        assertThat(refusal(html).limit()).isEqualTo(DocumentLimit.INLINE_CODES);
    }

    @Test
    void shouldReadAParagraphAtTheInlineCodeLimit() {
        String html = "<p>" + "<b>خبر</b> ".repeat(DocumentLimit.INLINE_CODES.max() / 2) + SENTENCE + "</p>";

        assertThat(read(html).segments().findFirst().orElseThrow().codes()).hasSize(DocumentLimit.INLINE_CODES.max());
    }

    @Test
    void shouldCountInlineCodesPerParagraph() {
        String paragraph = "<p>" + "<a href=\"https://www.irna.ir\">ایرنا</a> ".repeat(400) + SENTENCE + "</p>\n";

        assertThat(read(paragraph.repeat(10)).segmentCount()).isEqualTo(10);
    }

    @Test
    void shouldRefuseAnArticleWithTooManyTags() {
        String html = ("<div>" + SENTENCE + "</div>").repeat(DocumentLimit.MARKUP_TAGS.max() / 2 + 1);

        assertThat(refusal(html).limit()).isEqualTo(DocumentLimit.MARKUP_TAGS);
    }

    @Test
    void shouldNotCountMarkupInsideScripts() {
        String script = "<script>for (var i = 0; i < n; i++) { s += '<b><div>'; }</script>".repeat(200);

        assertThat(read("<p>" + SENTENCE + "</p>" + script).segmentCount()).isEqualTo(1);
    }

    private Document read(String html) {
        return assertTimeoutPreemptively(AT_ONCE, () -> reader.read(html, "fa"));
    }

    private DocumentLimitExceeded refusal(String html) {
        DocumentLimitExceeded refused = assertTimeoutPreemptively(AT_ONCE,
                () -> catchThrowableOfType(DocumentLimitExceeded.class, () -> reader.read(html, "fa")));
        assertThat(refused).as("refused").isNotNull();
        return refused;
    }

    static String nested(String element, int depth, String text) {
        return ("<" + element + ">").repeat(depth) + text + ("</" + element + ">").repeat(depth);
    }
}
