package org.tarjoman.core.docx;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import net.sf.okapi.common.Event;
import net.sf.okapi.common.LocaleId;
import net.sf.okapi.common.exceptions.OkapiException;
import net.sf.okapi.common.resource.ITextUnit;
import net.sf.okapi.common.resource.RawDocument;
import net.sf.okapi.common.resource.TextFragment;
import net.sf.okapi.filters.openxml.ConditionalParameters;
import net.sf.okapi.filters.openxml.OpenXMLFilter;

import org.tarjoman.core.EmptyArticleException;

/**
 * The text of a Word article (.docx), one paragraph per block, as the plain text the segmenter reads
 * (paragraphs apart by a blank line). Okapi's OpenXML filter reads the body; {@link DocxPackage}
 * checks the zip first. Only the body counts: headers, footers, comments, document properties and
 * hidden text are not the article. Inline formatting is dropped (the article is delivered as text).
 */
public final class DocxArticleText {

    private final DocxLimits limits;

    public DocxArticleText() {
        this(DocxLimits.DEFAULT);
    }

    public DocxArticleText(DocxLimits limits) {
        this.limits = limits;
    }

    /** The paragraphs of {@code docx}, apart by blank lines, text exactly as written (ZWNJ kept). */
    public String extract(byte[] docx) {
        return String.join("\n\n", paragraphs(docx));
    }

    public List<String> paragraphs(byte[] docx) {
        DocxPackage.check(docx, limits);
        Path file = null;
        try {
            // Okapi opens the package as a zip file, so it reads from disk.
            file = Files.createTempFile("tarjoman-article", ".docx");
            Files.write(file, docx);
            List<String> paragraphs = read(file);
            if (paragraphs.isEmpty()) {
                throw new EmptyArticleException("The Word file has no text in its body.");
            }
            return paragraphs;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            delete(file);
        }
    }

    private static List<String> read(Path file) {
        List<String> paragraphs = new ArrayList<>();
        try (OpenXMLFilter filter = new OpenXMLFilter()) {
            filter.setParameters(parameters());
            filter.open(new RawDocument(file.toUri(), "UTF-8", LocaleId.fromString("fa"), LocaleId.fromString("en")));
            while (filter.hasNext()) {
                Event event = filter.next();
                if (event.isTextUnit() && event.getTextUnit().isTranslatable() && !event.getTextUnit().isReferent()) {
                    String text = text(event.getTextUnit());
                    if (!text.isBlank()) {
                        paragraphs.add(text.strip());
                    }
                }
            }
        } catch (OkapiException | IllegalStateException | IllegalArgumentException | NullPointerException
                 | IndexOutOfBoundsException | ClassCastException e) {
            // Damaged XML inside a well-formed zip reaches Okapi's parsers, which fail in many ways.
            throw new UnreadableDocx("The Word file cannot be read (" + firstLine(e.getMessage()) + ").");
        }
        return paragraphs;
    }

    private static ConditionalParameters parameters() {
        ConditionalParameters parameters = new ConditionalParameters();
        parameters.setTranslateDocProperties(false);
        parameters.setTranslateComments(false);
        parameters.setTranslateWordHeadersFooters(false);
        parameters.setTranslateWordHidden(false);
        parameters.setTranslateWordNumberingLevelText(false);
        parameters.setTranslateWordExcludeGraphicMetaData(true);
        parameters.setExtractExternalHyperlinks(false);
        parameters.setAutomaticallyAcceptRevisions(true);
        parameters.setAddLineSeparatorCharacter(true);
        parameters.setLineSeparatorReplacement(' ');
        return parameters;
    }

    /** The unit's text without its inline codes (runs, bookmarks, fields). */
    private static String text(ITextUnit unit) {
        TextFragment content = unit.getSource().getUnSegmentedContentCopy();
        String coded = content.getCodedText();
        StringBuilder text = new StringBuilder(coded.length());
        for (int i = 0; i < coded.length(); i++) {
            char c = coded.charAt(i);
            if (TextFragment.isMarker(c)) {
                i++; // the marker's index character
            } else {
                text.append(c);
            }
        }
        return text.toString();
    }

    private static String firstLine(String message) {
        if (message == null) {
            return "no detail";
        }
        int end = message.indexOf('\n');
        return end < 0 ? message : message.substring(0, end);
    }

    private static void delete(Path file) {
        if (file != null) {
            try {
                Files.deleteIfExists(file);
            } catch (IOException ignored) {
                // a temp file left behind is harmless
            }
        }
    }
}
