package org.tarjoman.api.segmentation;

import jakarta.enterprise.context.ApplicationScoped;

import org.tarjoman.core.docx.DocxArticleText;

/**
 * Word articles (.docx) become the plain text the segmenter reads, one paragraph per block: the
 * job keeps that text (format {@code text}), so its translation is delivered as text as well.
 */
@ApplicationScoped
public class WordArticles {

    public static final String MEDIA_TYPE = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

    private final DocxArticleText reader = new DocxArticleText();

    public String text(byte[] docx) {
        return reader.extract(docx);
    }
}
