package org.tarjoman.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import org.junit.jupiter.api.Test;
import org.tarjoman.core.document.SourceFormat;
import org.tarjoman.core.limits.DocumentLimit;
import org.tarjoman.core.limits.DocumentLimitExceeded;

/** An article of more segments than a job can take in one transaction is refused, in either format. */
class ArticleSegmenterLimitsTest {

    private static final String SENTENCE = "تهران و مسکو موافقت‌نامه را امضا کردند. ";
    private static final ArticleSegmenter SEGMENTER = ArticleSegmenter.persian();

    @Test
    void shouldSegmentAnArticleAtTheSegmentLimit() {
        String text = SENTENCE.repeat(DocumentLimit.SEGMENTS.max());

        assertThat(SEGMENTER.segment(text, SourceFormat.TEXT, "fa").segmentCount()).isEqualTo(DocumentLimit.SEGMENTS.max());
    }

    @Test
    void shouldRefuseAPlainTextArticleOfMoreSegments() {
        String text = SENTENCE.repeat(DocumentLimit.SEGMENTS.max() + 1);

        assertThat(refusal(text, SourceFormat.TEXT).getMessage())
                .isEqualTo("more than 10,000 segments in one article (limit segments)");
    }

    @Test
    void shouldRefuseAnHtmlArticleOfMoreSegments() {
        String html = "<p>" + SENTENCE.repeat(DocumentLimit.SEGMENTS.max() + 1) + "</p>";

        assertThat(refusal(html, SourceFormat.HTML).limit()).isEqualTo(DocumentLimit.SEGMENTS);
    }

    private static DocumentLimitExceeded refusal(String content, SourceFormat format) {
        DocumentLimitExceeded refused = catchThrowableOfType(DocumentLimitExceeded.class,
                () -> SEGMENTER.segment(content, format, "fa"));
        assertThat(refused).as("refused").isNotNull();
        return refused;
    }
}
