package org.tarjoman.api.segmentation;

import java.nio.charset.StandardCharsets;

import jakarta.enterprise.context.ApplicationScoped;

import io.micrometer.core.annotation.Timed;

import org.tarjoman.api.problem.ApiException;
import org.tarjoman.api.problem.BodyLimit;
import org.tarjoman.api.problem.ProblemKind;
import org.tarjoman.core.ArticleSegmenter;
import org.tarjoman.core.document.Document;
import org.tarjoman.core.document.SourceFormat;

/** Segments an article for preview: decode, check size, format and language, then run core's pipeline. */
@ApplicationScoped
public class SegmentationService {

    private final ArticleSegmenter segmenter;
    private final BodyLimit limit;
    private final WordArticles words;

    SegmentationService(ArticleSegmenter segmenter, BodyLimit limit, WordArticles words) {
        this.segmenter = segmenter;
        this.limit = limit;
        this.words = words;
    }

    @Timed(value = "tarjoman.segmentation", description = "Time to segment one article")
    public Document segment(SegmentationRequest request) {
        limit.check(request.text().getBytes(StandardCharsets.UTF_8).length);
        return segmenter.segment(request.text(), format(request.format()), request.language());
    }

    @Timed(value = "tarjoman.segmentation", description = "Time to segment one article")
    public Document segment(byte[] body, SourceFormat format, String language) {
        limit.check(body.length);
        return segmenter.segment(ArticleText.decode(body), format, language);
    }

    /** A Word article (.docx), segmented as the job made from it will be: its paragraphs as plain text. */
    @Timed(value = "tarjoman.segmentation", description = "Time to segment one article")
    public Document segmentWord(byte[] body, String language) {
        limit.check(body.length);
        return segmenter.segment(words.text(body), SourceFormat.TEXT, language);
    }

    private static SourceFormat format(String name) {
        if (name == null || name.isBlank()) {
            return SourceFormat.TEXT;
        }
        return SourceFormat.fromName(name).orElseThrow(() -> new ApiException(ProblemKind.UNSUPPORTED_FORMAT,
                "Format '" + name + "' is not supported; use 'text' or 'html'."));
    }
}
