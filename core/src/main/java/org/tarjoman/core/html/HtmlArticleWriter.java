package org.tarjoman.core.html;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Iterator;
import java.util.List;

import net.sf.okapi.common.Event;
import net.sf.okapi.common.LocaleId;
import net.sf.okapi.common.filterwriter.IFilterWriter;
import net.sf.okapi.common.resource.Code;
import net.sf.okapi.common.resource.ITextUnit;
import net.sf.okapi.common.resource.TextContainer;
import net.sf.okapi.common.resource.TextFragment;
import net.sf.okapi.filters.html.HtmlFilter;

import org.tarjoman.core.document.InlineCode;
import org.tarjoman.core.document.InvalidTaggedTextException;
import org.tarjoman.core.document.TaggedText;
import org.tarjoman.core.segment.SentenceSegmenter;

/**
 * Writes a translated HTML article: re-reads the original with the same filter and the same
 * segmentation as {@link HtmlArticleReader}, replaces each segment by its target (tagged text, see
 * {@link TaggedText}) and lets Okapi's filter writer put the skeleton back around it.
 * Everything outside segments (markup, whitespace, edge codes) is kept as read.
 *
 * <p>Okapi normalizes a few things on the way, so a round trip is byte-identical only for HTML
 * already in this form: text is re-escaped ({@code &amp;}, {@code &lt;}, {@code &nbsp;} kept;
 * {@code &gt;} and other character references written as characters), unquoted attribute values
 * get quotes, a page with a {@code <head>} but no charset declaration gains a
 * {@code <meta http-equiv="Content-Type">}, and the root {@code <html>} gets {@code dir="rtl"} for
 * a right-to-left target language and loses its {@code dir} for a left-to-right one; its {@code lang}
 * becomes the target language.
 * Thread-safe.
 */
public final class HtmlArticleWriter {

    private final TextUnitSplitter splitter;

    public HtmlArticleWriter(SentenceSegmenter segmenter) {
        this.splitter = new TextUnitSplitter(segmenter);
    }

    /**
     * @param originalHtml   the HTML given to the reader
     * @param sourceLanguage the language it was read in
     * @param targets        one tagged text per segment in document order; {@code null} keeps the source
     * @param targetLanguage language of the targets, for the output's encoding of direction
     * @throws IllegalArgumentException    if there are more or fewer targets than segments
     * @throws InvalidTaggedTextException  if a target does not carry its segment's codes
     */
    public String write(String originalHtml, String sourceLanguage, List<String> targets, String targetLanguage) {
        LocaleId target = LocaleId.fromString(targetLanguage);
        HtmlFilter filter = OkapiHtml.newFilter();
        ByteArrayOutputStream out = new ByteArrayOutputStream(originalHtml.length() * 2);
        Iterator<String> next = targets.iterator();
        int[] ordinal = {0};
        try (IFilterWriter writer = filter.createFilterWriter()) {
            writer.setOptions(target, StandardCharsets.UTF_8.name());
            writer.setOutput(out);
            OkapiHtml.events(filter, originalHtml, sourceLanguage, event -> {
                if (OkapiHtml.isArticleText(event)) {
                    translate(event.getTextUnit(), target, next, ordinal);
                }
                writer.handleEvent(event);
            });
        }
        if (next.hasNext()) {
            throw new IllegalArgumentException(targets.size() + " targets for " + ordinal[0] + " segments");
        }
        String html = out.toString(StandardCharsets.UTF_8);
        return target.sameLanguageAs(LocaleId.fromString(sourceLanguage)) ? html : RootLanguage.apply(html, target.getLanguage());
    }

    private void translate(ITextUnit unit, LocaleId target, Iterator<String> next, int[] ordinal) {
        TextFragment source = OkapiHtml.content(unit);
        List<TextUnitSplitter.Slice> slices = splitter.split(source);
        if (slices.isEmpty()) {
            return;
        }
        String coded = source.getCodedText();
        TextFragment translated = new TextFragment();
        int at = 0;
        for (TextUnitSplitter.Slice slice : slices) {
            if (!next.hasNext()) {
                throw new IllegalArgumentException("too few targets: none for segment " + ordinal[0]);
            }
            String tagged = next.next();
            appendSource(source, coded, at, slice.codedStart(), translated);
            if (tagged == null) {
                appendSource(source, coded, slice.codedStart(), slice.codedEnd(), translated);
            } else {
                appendTarget(slice, tagged, ordinal[0], translated);
            }
            at = slice.codedEnd();
            ordinal[0]++;
        }
        appendSource(source, coded, at, coded.length(), translated);
        unit.setTarget(target, new TextContainer(translated));
    }

    private static void appendSource(TextFragment source, String coded, int from, int to, TextFragment out) {
        for (int i = from; i < to; i++) {
            char c = coded.charAt(i);
            if (TextFragment.isMarker(c)) {
                out.append(source.getCodes().get(TextFragment.toIndex(coded.charAt(++i))).clone());
            } else {
                out.append(c);
            }
        }
    }

    private static void appendTarget(TextUnitSplitter.Slice slice, String tagged, int ordinal, TextFragment out) {
        TaggedText.Parsed parsed;
        try {
            parsed = TaggedText.parse(tagged, slice.codes());
        } catch (InvalidTaggedTextException e) {
            throw new InvalidTaggedTextException("segment " + ordinal + ": " + e.getMessage());
        }
        int at = 0;
        for (InlineCode code : parsed.codes()) {
            out.append(parsed.text().substring(at, code.offset()));
            out.append(okapiCode(slice, code).clone());
            at = code.offset();
        }
        out.append(parsed.text().substring(at));
    }

    private static Code okapiCode(TextUnitSplitter.Slice slice, InlineCode code) {
        for (int i = 0; i < slice.codes().size(); i++) {
            InlineCode source = slice.codes().get(i);
            if (source.id() == code.id() && source.kind() == code.kind()) {
                return slice.okapiCodes().get(i);
            }
        }
        throw new IllegalStateException("parsed code " + code.id() + " not in its source segment");
    }
}
