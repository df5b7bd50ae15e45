package org.tarjoman.core;

import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.tarjoman.core.count.WordCounter;
import org.tarjoman.core.document.ArticleReader;
import org.tarjoman.core.document.Document;
import org.tarjoman.core.document.SegmentFactory;
import org.tarjoman.core.document.SourceFormat;
import org.tarjoman.core.html.HtmlArticleReader;
import org.tarjoman.core.limits.DocumentLimit;
import org.tarjoman.core.limits.DocumentLimitExceeded;
import org.tarjoman.core.placeable.RegexPlaceableRecognizer;
import org.tarjoman.core.segment.SentenceSegmenter;
import org.tarjoman.core.segment.SrxSentenceSegmenter;
import org.tarjoman.core.plaintext.PlainTextArticleReader;

/**
 * The entry point of the text pipeline: checks an article's language, reads it in its format and
 * returns it segmented. Thread-safe; build one and share it.
 */
public final class ArticleSegmenter {

    /** The source language we have rules for, as a BCP 47 primary tag. */
    public static final String PERSIAN = "fa";

    /** Codes that name Persian: ISO 639-1, the ISO 639-2 B/T codes, and ISO 639-3 Iranian Persian. */
    private static final Set<String> PERSIAN_CODES = Set.of("fa", "per", "fas", "pes");

    private final Map<SourceFormat, ArticleReader> readers;

    public ArticleSegmenter(Map<SourceFormat, ArticleReader> readers) {
        this.readers = new EnumMap<>(readers);
    }

    /** Persian SRX rules, GMX-V word counts and the standard placeable recognizer for text and HTML. */
    public static ArticleSegmenter persian() {
        SentenceSegmenter sentences = SrxSentenceSegmenter.persian();
        SegmentFactory segments = new SegmentFactory(new WordCounter(), new RegexPlaceableRecognizer());
        return new ArticleSegmenter(Map.of(
                SourceFormat.TEXT, new PlainTextArticleReader(sentences, segments),
                SourceFormat.HTML, new HtmlArticleReader(sentences, segments)));
    }

    /**
     * @param language BCP 47 tag of the source; {@code fa} with or without a region ({@code fa-IR})
     * @throws UnsupportedLanguageException for any other language
     * @throws EmptyArticleException        when there is no text to translate
     * @throws DocumentLimitExceeded         when the article is over one of the {@link DocumentLimit}s
     */
    public Document segment(String content, SourceFormat format, String language) {
        String lang = sourceLanguage(language);
        if (content == null || content.isBlank()) {
            throw new EmptyArticleException("The article is empty: it has no text to segment.");
        }
        ArticleReader reader = readers.get(format);
        if (reader == null) {
            throw new IllegalArgumentException("No reader for format " + format);
        }
        Document document = reader.read(content, lang);
        if (document.segmentCount() == 0) {
            throw new EmptyArticleException("The " + format.apiName() + " article has no text to segment.");
        }
        if (DocumentLimit.SEGMENTS.exceededBy(document.segmentCount())) {
            throw new DocumentLimitExceeded(DocumentLimit.SEGMENTS, -1);
        }
        return document;
    }

    private static String sourceLanguage(String language) {
        if (language == null || language.isBlank()) {
            return PERSIAN;
        }
        Locale locale = Locale.forLanguageTag(language.trim());
        if (!PERSIAN_CODES.contains(locale.getLanguage())) {
            throw new UnsupportedLanguageException(language,
                    "Source language '" + language + "' is not supported: Tarjoman translates from Persian ('fa').");
        }
        return PERSIAN;
    }
}
