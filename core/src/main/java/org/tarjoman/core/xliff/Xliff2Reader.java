package org.tarjoman.core.xliff;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

import org.tarjoman.core.document.BlockType;
import org.tarjoman.core.document.SourceFormat;
import org.tarjoman.core.xliff.InlineTokens.Token;
import org.tarjoman.core.xml.StaxCursor;

/**
 * XLIFF 2.x input of {@link XliffReader}: {@code file > group* > unit > segment+}. A unit a tool
 * split into several segments is joined back; its state is the least advanced of its segments, and
 * a segment left without target keeps its source in the joined target.
 */
final class Xliff2Reader {

    private final XMLStreamReader xml;
    private final List<XliffGroup> groups = new ArrayList<>();
    private final List<String> fileNotes = new ArrayList<>();

    Xliff2Reader(XMLStreamReader xml) {
        this.xml = xml;
    }

    XliffDocument read() throws XMLStreamException {
        String version = StaxCursor.attribute(xml, "version");
        if (XliffVersion.of(version).filter(v -> v == XliffVersion.V2_1).isEmpty()) {
            throw new XliffFormatException("version '" + version + "' is not XLIFF 2.0 or 2.1", SafeXml.line(xml), null);
        }
        String source = StaxCursor.attribute(xml, "srcLang");
        String target = StaxCursor.attribute(xml, "trgLang");
        if (source == null) {
            throw new XliffFormatException("<xliff> has no srcLang", SafeXml.line(xml), null);
        }
        String original = null;
        boolean seen = false;
        while (StaxCursor.nextChild(xml)) {
            if (!isXliff("file")) {
                StaxCursor.skip(xml);
                continue;
            }
            if (seen) {
                throw new XliffFormatException("more than one <file>: upload one task per file", SafeXml.line(xml), null);
            }
            seen = true;
            original = StaxCursor.attribute(xml, "original");
            container("", BlockType.PARAGRAPH, true);
        }
        if (!seen) {
            throw new XliffFormatException("no <file> element", SafeXml.line(xml), null);
        }
        return new XliffDocument(original == null ? "" : original, SourceFormat.HTML, source, target, fileNotes, groups,
                XliffVersion.V2_1);
    }

    private void container(String id, BlockType type, boolean file) throws XMLStreamException {
        List<XliffUnit> units = new ArrayList<>();
        int at = groups.size();
        while (StaxCursor.nextChild(xml)) {
            if (isXliff("group")) {
                String groupId = StaxCursor.attribute(xml, "id");
                container(groupId == null ? "g" + groups.size() : groupId, Xliff12Writer.blockType(StaxCursor.attribute(xml, "type")), false);
            } else if (isXliff("unit")) {
                units.add(unit());
            } else if (file && isXliff("notes")) {
                fileNotes.addAll(notes());
            } else {
                StaxCursor.skip(xml);
            }
        }
        if (!units.isEmpty()) {
            groups.add(at, new XliffGroup(id, type, units));
        }
    }

    private XliffUnit unit() throws XMLStreamException {
        int line = SafeXml.line(xml);
        String id = StaxCursor.attribute(xml, "id");
        if (id == null) {
            throw new XliffFormatException("<unit> has no id", line, null);
        }
        Long version = XliffReader.number(SafeXml.tarjoman(xml, "version"), "tj:version", line, id);
        Long score = XliffReader.number(SafeXml.tarjoman(xml, "score"), "tj:score", line, id);
        List<Token> source = new ArrayList<>();
        List<Token> target = new ArrayList<>();
        List<String> notes = new ArrayList<>();
        List<XliffMatch> matches = new ArrayList<>();
        boolean anyTarget = false;
        XliffState state = null;
        XliffOrigin origin = null;
        boolean anySegment = false;
        int targetLine = line;
        InlineReader inline = new InlineReader(xml, true, id);
        while (StaxCursor.nextChild(xml)) {
            boolean segment = isXliff("segment");
            if (segment || isXliff("ignorable")) {
                anySegment = true;
                String segmentState = StaxCursor.attribute(xml, "state");
                String subState = StaxCursor.attribute(xml, "subState");
                List<Token> segmentSource = null;
                List<Token> segmentTarget = null;
                while (StaxCursor.nextChild(xml)) {
                    if (isXliff("source")) {
                        segmentSource = inline.read();
                    } else if (isXliff("target")) {
                        targetLine = SafeXml.line(xml);
                        segmentTarget = inline.read();
                    } else {
                        StaxCursor.skip(xml);
                    }
                }
                if (segmentSource == null) {
                    throw new XliffFormatException("<" + (segment ? "segment" : "ignorable") + "> has no <source>", line, id);
                }
                source.addAll(segmentSource);
                target.addAll(segmentTarget != null ? segmentTarget : segmentSource);
                if (segment) {
                    anyTarget |= segmentTarget != null;
                    XliffState mapped = XliffStates.fromXliff2(segmentState, subState, segmentTarget != null);
                    state = state == null || rank(mapped) < rank(state) ? mapped : state;
                    origin = origin != null ? origin : XliffStates.originOf(subState);
                }
            } else if (isXliff("notes")) {
                notes.addAll(notes());
            } else if (Xliff2Writer.MTC.equals(xml.getNamespaceURI()) && "matches".equals(xml.getLocalName())) {
                while (StaxCursor.nextChild(xml)) {
                    match(id).ifPresent(matches::add);
                }
            } else {
                StaxCursor.skip(xml); // originalData (the stored codes are trusted, not the file's), other namespaces
            }
        }
        if (!anySegment) {
            throw new XliffFormatException("<unit> has no <segment>", line, id);
        }
        if (state == null || (state == XliffState.NEW && anyTarget)) {
            state = anyTarget ? XliffState.DRAFT : XliffState.NEW;
        }
        return XliffReader.unit(id, render(source, line, id), anyTarget ? render(target, targetLine, id) : null, state, origin,
                score == null ? null : score.intValue(), version, matches, notes, line);
    }

    private Optional<XliffMatch> match(String unitId) throws XMLStreamException {
        String quality = StaxCursor.attribute(xml, "matchQuality");
        String origin = StaxCursor.attribute(xml, "origin");
        String source = null;
        String target = null;
        InlineReader inline = new InlineReader(xml, true, unitId);
        while (StaxCursor.nextChild(xml)) {
            if (isXliff("source")) {
                source = inline.tagged();
            } else if (isXliff("target")) {
                target = inline.tagged();
            } else {
                StaxCursor.skip(xml);
            }
        }
        if (source == null || target == null) {
            return Optional.empty();
        }
        int score = 0;
        try {
            score = quality == null ? 0 : (int) Math.round(Double.parseDouble(quality.trim()));
        } catch (NumberFormatException e) {
            // a match without a readable quality is still a match
        }
        return Optional.of(new XliffMatch(source, target, score, origin));
    }

    private List<String> notes() throws XMLStreamException {
        List<String> notes = new ArrayList<>();
        while (StaxCursor.nextChild(xml)) {
            if (isXliff("note")) {
                notes.add(StaxCursor.text(xml));
            } else {
                StaxCursor.skip(xml);
            }
        }
        return notes;
    }

    private static String render(List<Token> tokens, int line, String unitId) {
        try {
            return InlineTokens.render(tokens);
        } catch (org.tarjoman.core.document.InvalidTaggedTextException e) {
            throw new XliffFormatException(e.getMessage(), line, unitId);
        }
    }

    private static int rank(XliffState state) {
        return switch (state) {
            case NEW -> 0;
            case REJECTED -> 1;
            case DRAFT -> 2;
            case TRANSLATED -> 3;
            case REVIEWED -> 4;
        };
    }

    private boolean isXliff(String name) {
        return Xliff2Writer.NS.equals(xml.getNamespaceURI()) && name.equals(xml.getLocalName());
    }
}
