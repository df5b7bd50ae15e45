package org.tarjoman.core.plaintext;

import java.util.ArrayList;
import java.util.List;

import org.tarjoman.core.document.ArticleReader;
import org.tarjoman.core.document.Block;
import org.tarjoman.core.document.BlockType;
import org.tarjoman.core.document.Document;
import org.tarjoman.core.document.Segment;
import org.tarjoman.core.document.SegmentFactory;
import org.tarjoman.core.document.SourceFormat;
import org.tarjoman.core.normalize.PersianChars;
import org.tarjoman.core.segment.SentenceSegmenter;
import org.tarjoman.core.segment.Span;

/**
 * Reads a plain-text article the way newsrooms send it.
 * <ul>
 *   <li>A leading BOM is dropped. Lines end with {@code \n}, {@code \r\n} or {@code \r}.</li>
 *   <li>Blocks are separated by blank lines; a line of only whitespace is blank.</li>
 *   <li>A block of ONE line that does not end with sentence punctuation ({@code . ؟ ? ! …},
 *       possibly followed by closing quotes or brackets) is a {@link BlockType#HEADING}
 *       (headline, subheading); every other block is a {@link BlockType#PARAGRAPH}.</li>
 *   <li>A line that starts a sentence, is short and has no final punctuation ends its block even
 *       without a blank line after it ({@link GluedHeading}): a subheading glued to its paragraph.
 *       Any other block of several lines is a paragraph.</li>
 *   <li>Single line breaks inside a block are read as spaces by the segmenter, but segment texts
 *       are exact substrings of the input (line breaks inside a sentence stay as written).</li>
 * </ul>
 * Thread-safe when its segmenter is.
 */
public final class PlainTextArticleReader implements ArticleReader {

    private final SentenceSegmenter segmenter;
    private final SegmentFactory segments;

    public PlainTextArticleReader(SentenceSegmenter segmenter, SegmentFactory segments) {
        this.segmenter = segmenter;
        this.segments = segments;
    }

    @Override
    public Document read(String content, String language) {
        String text = !content.isEmpty() && content.charAt(0) == PersianChars.BOM ? content.substring(1) : content;
        List<Block> blocks = new ArrayList<>();
        int blockStart = -1;
        int blockEnd = -1;
        int lines = 0;
        int lineStart = 0;
        int lastLineLength = 0;
        while (lineStart <= text.length()) {
            int lineEnd = lineEnd(text, lineStart);
            if (isBlank(text, lineStart, lineEnd)) {
                if (blockStart >= 0) {
                    blocks.add(block(blocks.size(), text, blockStart, blockEnd, lines));
                    blockStart = -1;
                    lines = 0;
                }
            } else {
                boolean startsSentence = blockStart < 0
                        || endsWithSentencePunctuation(text.subSequence(blockEnd - lastLineLength, blockEnd));
                boolean heading = GluedHeading.endsBlock(text.subSequence(lineStart, lineEnd), startsSentence);
                if (heading && blockStart >= 0) {
                    // the paragraph above ended with its sentence: the heading line is a block of its own
                    blocks.add(block(blocks.size(), text, blockStart, blockEnd, lines));
                    blockStart = -1;
                    lines = 0;
                }
                if (blockStart < 0) {
                    blockStart = lineStart;
                }
                blockEnd = lineEnd;
                lastLineLength = lineEnd - lineStart;
                lines++;
                if (heading) {
                    blocks.add(block(blocks.size(), text, blockStart, blockEnd, lines));
                    blockStart = -1;
                    lines = 0;
                }
            }
            lineStart = nextLineStart(text, lineEnd);
        }
        if (blockStart >= 0) {
            blocks.add(block(blocks.size(), text, blockStart, blockEnd, lines));
        }
        return new Document(language, SourceFormat.TEXT, blocks);
    }

    private Block block(int index, String text, int start, int end, int lines) {
        String raw = text.substring(start, end);
        BlockType type = lines == 1 && !endsWithSentencePunctuation(raw) ? BlockType.HEADING : BlockType.PARAGRAPH;
        List<Span> spans = segmenter.split(lines == 1 ? raw : raw.replace('\r', ' ').replace('\n', ' '));
        List<Segment> blockSegments = new ArrayList<>(spans.size());
        for (Span span : spans) {
            blockSegments.add(segments.create(blockSegments.size(), span.of(raw), List.of()));
        }
        return new Block(index, type, blockSegments);
    }

    static boolean endsWithSentencePunctuation(CharSequence line) {
        int i = line.length() - 1;
        while (i >= 0 && (isSpaceOrBom(line.charAt(i)) || isClosing(line.charAt(i)))) {
            i--;
        }
        if (i < 0) {
            return false;
        }
        return switch (line.charAt(i)) {
            case '.', '؟', '?', '!', '…', '۔' -> true;
            default -> false;
        };
    }

    private static boolean isClosing(char c) {
        return switch (c) {
            case '»', '"', '”', '’', '\'', ')', ']', '\u200E', '\u200F' -> true;
            default -> false;
        };
    }

    private static int lineEnd(String text, int from) {
        int i = from;
        while (i < text.length() && text.charAt(i) != '\n' && text.charAt(i) != '\r') {
            i++;
        }
        return i;
    }

    private static int nextLineStart(String text, int lineEnd) {
        if (lineEnd >= text.length()) {
            return text.length() + 1;
        }
        boolean crlf = text.charAt(lineEnd) == '\r' && lineEnd + 1 < text.length() && text.charAt(lineEnd + 1) == '\n';
        return lineEnd + (crlf ? 2 : 1);
    }

    private static boolean isBlank(String text, int from, int to) {
        for (int i = from; i < to; i++) {
            if (!isSpaceOrBom(text.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    /** A BOM left inside the text (files pasted together) shows nothing, like a space. */
    private static boolean isSpaceOrBom(char c) {
        return PersianChars.isSpace(c) || c == PersianChars.BOM;
    }
}
