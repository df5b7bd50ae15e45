package org.tarjoman.core.html;

import java.util.ArrayList;
import java.util.List;

import net.sf.okapi.common.resource.ITextUnit;
import net.sf.okapi.filters.html.HtmlFilter;

import org.tarjoman.core.document.ArticleReader;
import org.tarjoman.core.document.Block;
import org.tarjoman.core.document.Document;
import org.tarjoman.core.document.Segment;
import org.tarjoman.core.document.SegmentFactory;
import org.tarjoman.core.document.SourceFormat;
import org.tarjoman.core.segment.SentenceSegmenter;

/**
 * Reads an HTML article, whole page or fragment, through Okapi's HTML filter. Each text unit
 * ({@code <p>}, {@code <h1>}, {@code <li>}, {@code <title>}, loose text…) with at least one
 * sentence becomes a block: {@code h1}–{@code h6} and {@code <title>} are headings, all others
 * paragraphs. Inline markup becomes {@link org.tarjoman.core.document.InlineCode}s carrying the
 * original markup; entities are decoded; script, style and {@code translate="no"} are skipped;
 * attributes ({@code alt}, {@code title}) are not extracted. See {@link TextUnitSplitter} for
 * where codes go when a unit is split into sentences. The markup is first checked against the
 * {@link org.tarjoman.core.limits.DocumentLimit}s ({@link MarkupCheck}): an article nested too deep,
 * with too many inline codes in a paragraph or too many tags is refused before Okapi spends time on
 * it. Thread-safe.
 */
public final class HtmlArticleReader implements ArticleReader {

    private final TextUnitSplitter splitter;
    private final SegmentFactory segments;

    public HtmlArticleReader(SentenceSegmenter segmenter, SegmentFactory segments) {
        this.splitter = new TextUnitSplitter(segmenter);
        this.segments = segments;
    }

    @Override
    public Document read(String content, String language) {
        HtmlFilter filter = OkapiHtml.newFilter();
        MarkupCheck.check(content, OkapiHtml.inlineElements(filter));
        List<Block> blocks = new ArrayList<>();
        OkapiHtml.events(filter, content, language, event -> {
            if (OkapiHtml.isArticleText(event)) {
                ITextUnit unit = event.getTextUnit();
                List<TextUnitSplitter.Slice> slices = splitter.split(OkapiHtml.content(unit));
                if (!slices.isEmpty()) {
                    blocks.add(new Block(blocks.size(), OkapiHtml.blockType(unit), toSegments(slices)));
                }
            }
        });
        return new Document(language, SourceFormat.HTML, blocks);
    }

    private List<Segment> toSegments(List<TextUnitSplitter.Slice> slices) {
        List<Segment> result = new ArrayList<>(slices.size());
        for (TextUnitSplitter.Slice slice : slices) {
            result.add(segments.create(result.size(), slice.text(), slice.codes()));
        }
        return result;
    }
}
