package org.tarjoman.core.html;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Iterator;
import java.util.function.Predicate;

import net.htmlparser.jericho.EndTag;
import net.htmlparser.jericho.EndTagType;
import net.htmlparser.jericho.HTMLElements;
import net.htmlparser.jericho.Segment;
import net.htmlparser.jericho.StartTag;
import net.htmlparser.jericho.StartTagType;
import net.htmlparser.jericho.StreamedSource;
import net.htmlparser.jericho.Tag;

import org.tarjoman.core.limits.DocumentLimit;
import org.tarjoman.core.limits.DocumentLimitExceeded;

/**
 * Checks an HTML article against the {@link DocumentLimit}s before Okapi reads it: one streaming pass
 * with the tokenizer Okapi itself uses (Jericho), a small fraction of Okapi's time. It counts
 * <ul>
 *   <li>tags of every kind ({@link DocumentLimit#MARKUP_TAGS});</li>
 *   <li>inline tags since the last tag that is not inline: Okapi makes each one a code of the text
 *       unit it is reading, and starts a new unit at any other element
 *       ({@link DocumentLimit#INLINE_CODES}); comments and processing instructions count as codes;</li>
 *   <li>elements open at once ({@link DocumentLimit#NESTING_DEPTH}). HTML lets some end tags out: a
 *       void element ({@code br img}) never opens, and one whose end tag is optional ({@code p li td
 *       tr}) is not counted, so an article of unclosed {@code <p>} is not deep; an end tag closes the
 *       innermost open element of its name and those inside it, one closing nothing is ignored.</li>
 * </ul>
 */
final class MarkupCheck {

    private MarkupCheck() {
    }

    /**
     * @param inline whether an element (lower-case name) is inline in Okapi's configuration
     * @throws DocumentLimitExceeded at the first tag over a limit, with its line
     */
    static void check(String html, Predicate<String> inline) {
        Deque<String> open = new ArrayDeque<>();
        int tags = 0;
        int codes = 0;
        StreamedSource source = new StreamedSource(html);
        source.setLogger(null); // Okapi reads the same markup next and reports what it finds
        Iterator<Segment> segments = source.iterator();
        while (segments.hasNext()) {
            if (!(segments.next() instanceof Tag tag)) {
                continue;
            }
            if (DocumentLimit.MARKUP_TAGS.exceededBy(++tags)) {
                throw exceeded(DocumentLimit.MARKUP_TAGS, html, tag);
            }
            boolean element = tag instanceof StartTag start ? start.getStartTagType() == StartTagType.NORMAL
                    : ((EndTag) tag).getEndTagType() == EndTagType.NORMAL;
            codes = !element || inline.test(tag.getName()) ? codes + 1 : 0;
            if (DocumentLimit.INLINE_CODES.exceededBy(codes)) {
                throw exceeded(DocumentLimit.INLINE_CODES, html, tag);
            }
            if (element && tag instanceof StartTag start && opens(start)) {
                open.push(start.getName());
                if (DocumentLimit.NESTING_DEPTH.exceededBy(open.size())) {
                    throw exceeded(DocumentLimit.NESTING_DEPTH, html, tag);
                }
            } else if (element && tag instanceof EndTag && open.contains(tag.getName())) {
                while (!open.pop().equals(tag.getName())) {
                    // elements left open inside it end with it
                }
            }
        }
    }

    private static boolean opens(StartTag start) {
        String name = start.getName();
        return !start.isSyntacticalEmptyElementTag() && !HTMLElements.getEndTagForbiddenElementNames().contains(name)
                && !HTMLElements.getEndTagOptionalElementNames().contains(name);
    }

    private static DocumentLimitExceeded exceeded(DocumentLimit limit, String html, Tag tag) {
        int line = 1;
        for (int i = 0; i < tag.getBegin(); i++) {
            if (html.charAt(i) == '\n') {
                line++;
            }
        }
        return new DocumentLimitExceeded(limit, line);
    }
}
