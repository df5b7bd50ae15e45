package org.tarjoman.memory.tmx;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

import org.tarjoman.core.document.InlineCode;
import org.tarjoman.core.document.InlineCode.Kind;
import org.tarjoman.core.limits.DocumentLimit;
import org.tarjoman.core.xml.StaxCursor;

/**
 * Turns the content of one {@code <seg>} into a {@link TmxSegment}. Rules:
 * <ul>
 *   <li>{@code bpt}/{@code ept} with the same {@code i}, well nested in the segment → a pair
 *       ({@code <g>}); a crossing or lone one → an isolated code ({@code <bx/>}/{@code <ex/>});</li>
 *   <li>{@code ph} and the deprecated {@code ut} → a placeholder ({@code <x/>});</li>
 *   <li>{@code it pos="begin|end"} → an isolated opening/closing code;</li>
 *   <li>{@code hi} is dropped, its text kept: it marks text, it is not native markup;</li>
 *   <li>a code's native data is its text content, {@code sub} text included.</li>
 * </ul>
 * Ids come from {@code i} (pairs) and {@code x} (the others) when they are positive numbers not yet
 * taken in the segment, so a file we exported reads back with its ids; the rest are numbered after
 * the highest. A problem (a {@code bpt} without {@code i}, an {@code i} opened twice, an unknown
 * element, more than {@link DocumentLimit#INLINE_CODES} codes) makes the variant unusable but the
 * whole {@code seg} is still consumed.
 */
final class SegmentReader {

    /** One inline element as found, before pairing. */
    private static final class Raw {
        final String element;
        final Kind kind;
        final String i;
        final String x;
        final String type;
        final String data;
        final int offset;
        Raw partner;
        int id;

        Raw(String element, Kind kind, String i, String x, String type, String data, int offset) {
            this.element = element;
            this.kind = kind;
            this.i = i;
            this.x = x;
            this.type = type;
            this.data = data;
            this.offset = offset;
        }
    }

    record Result(TmxSegment segment, List<String> problems) {
    }

    private final XMLStreamReader xml;
    private final StringBuilder text = new StringBuilder();
    private final List<Raw> raws = new ArrayList<>();
    private final List<String> problems = new ArrayList<>();
    /** Past {@link DocumentLimit#INLINE_CODES} codes are only consumed: pairing looks back over the open ones. */
    private boolean tooManyCodes;

    private SegmentReader(XMLStreamReader xml) {
        this.xml = xml;
    }

    /** Reads from just after {@code <seg>} up to and including {@code </seg>}. */
    static Result read(XMLStreamReader xml) throws XMLStreamException {
        return new SegmentReader(xml).read();
    }

    private Result read() throws XMLStreamException {
        int depth = 0;
        while (true) {
            int event = xml.next();
            if (event == XMLStreamConstants.CHARACTERS || event == XMLStreamConstants.CDATA
                    || event == XMLStreamConstants.SPACE) {
                text.append(xml.getText());
            } else if (event == XMLStreamConstants.START_ELEMENT) {
                String name = xml.getLocalName();
                switch (name) {
                    case "bpt", "ept", "ph", "ut", "it" -> readCode(name);
                    case "hi" -> depth++;
                    default -> {
                        problems.add("<" + name + "> is not allowed in <seg>");
                        StaxCursor.skip(xml);
                    }
                }
            } else if (event == XMLStreamConstants.END_ELEMENT) {
                if (depth == 0) {
                    break;
                }
                depth--;
            }
        }
        List<InlineCode> codes = problems.isEmpty() ? codes() : List.of();
        return problems.isEmpty()
                ? new Result(new TmxSegment(text.toString(), codes), List.of())
                : new Result(null, List.copyOf(problems));
    }

    private void readCode(String element) throws XMLStreamException {
        if (tooManyCodes || DocumentLimit.INLINE_CODES.exceededBy(raws.size() + 1)) {
            if (!tooManyCodes) {
                tooManyCodes = true;
                problems.add("more than " + String.format("%,d", DocumentLimit.INLINE_CODES.max()) + " inline codes (limit "
                        + DocumentLimit.INLINE_CODES.key() + ")");
            }
            StaxCursor.skip(xml);
            return;
        }
        String i = StaxCursor.attribute(xml, "i");
        String x = StaxCursor.attribute(xml, "x");
        String type = StaxCursor.attribute(xml, "type");
        Kind kind = switch (element) {
            case "bpt" -> Kind.OPENING;
            case "ept" -> Kind.CLOSING;
            case "it" -> position(StaxCursor.attribute(xml, "pos"));
            default -> Kind.PLACEHOLDER;
        };
        if ((element.equals("bpt") || element.equals("ept")) && (i == null || i.isBlank())) {
            problems.add("<" + element + "> without the required attribute i");
        }
        String data = StaxCursor.text(xml);
        if (kind != null) {
            raws.add(new Raw(element, kind, i, x, type, data, text.length()));
        }
    }

    private Kind position(String pos) {
        if ("begin".equals(pos)) {
            return Kind.OPENING;
        }
        if ("end".equals(pos)) {
            return Kind.CLOSING;
        }
        problems.add("<it> needs pos=\"begin\" or pos=\"end\", got " + (pos == null ? "none" : "\"" + pos + "\""));
        return null;
    }

    private List<InlineCode> codes() {
        pair();
        if (!problems.isEmpty()) {
            return List.of();
        }
        number();
        List<InlineCode> codes = new ArrayList<>(raws.size());
        for (Raw raw : raws) {
            String type = raw.type == null && raw.partner != null ? raw.partner.type : raw.type;
            codes.add(new InlineCode(raw.id, raw.kind, raw.offset, type, raw.data));
        }
        return codes;
    }

    /** Matches each {@code ept} with the innermost open {@code bpt} of the same {@code i}. */
    private void pair() {
        Deque<Raw> open = new ArrayDeque<>();
        for (Raw raw : raws) {
            if (raw.element.equals("bpt")) {
                if (open.stream().anyMatch(o -> o.i.equals(raw.i))) {
                    problems.add("<bpt i=\"" + raw.i + "\"> opened again before its <ept>");
                    return;
                }
                open.push(raw);
            } else if (raw.element.equals("ept")) {
                Raw top = open.peek();
                if (top != null && top.i.equals(raw.i)) {
                    open.pop();
                    top.partner = raw;
                    raw.partner = top;
                } else {
                    // crossing pairs: the bpt stays an isolated opening, this ept an isolated closing
                    open.removeIf(o -> o.i.equals(raw.i));
                }
            }
        }
    }

    /** Gives each pair one id and every other code its own, unique in the segment. */
    private void number() {
        Set<Integer> taken = new HashSet<>();
        List<Raw> later = new ArrayList<>();
        for (Raw raw : raws) {
            if (raw.partner != null && raw.kind == Kind.CLOSING) {
                continue;
            }
            int wanted = number(raw.partner != null || raw.element.equals("bpt") || raw.element.equals("ept")
                    ? raw.i : raw.x);
            if (wanted > 0 && taken.add(wanted)) {
                raw.id = wanted;
            } else {
                later.add(raw);
            }
        }
        int next = taken.stream().mapToInt(Integer::intValue).max().orElse(0);
        for (Raw raw : later) {
            raw.id = ++next;
        }
        for (Raw raw : raws) {
            if (raw.partner != null && raw.kind == Kind.CLOSING) {
                raw.id = raw.partner.id;
            }
        }
    }

    private static int number(String value) {
        if (value == null || value.isEmpty() || value.length() > 9 || !value.chars().allMatch(c -> c >= '0' && c <= '9')) {
            return 0;
        }
        return Integer.parseInt(value);
    }
}
