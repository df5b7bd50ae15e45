package org.tarjoman.core.xliff;

import java.util.ArrayList;
import java.util.List;

import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

import org.tarjoman.core.document.BlockType;
import org.tarjoman.core.document.SourceFormat;
import org.tarjoman.core.xml.StaxCursor;

/** XLIFF 1.2 input of {@link XliffReader}: {@code file > body > group* > trans-unit}. */
final class Xliff12Reader {

    private final XMLStreamReader xml;
    private final List<XliffGroup> groups = new ArrayList<>();
    private final List<String> fileNotes = new ArrayList<>();

    Xliff12Reader(XMLStreamReader xml) {
        this.xml = xml;
    }

    XliffDocument read() throws XMLStreamException {
        String version = StaxCursor.attribute(xml, "version");
        if (version != null && !version.trim().equals("1.2")) {
            throw new XliffFormatException("version '" + version + "' in the XLIFF 1.2 namespace", SafeXml.line(xml), null);
        }
        XliffDocument document = null;
        while (StaxCursor.nextChild(xml)) {
            if (!isXliff("file")) {
                StaxCursor.skip(xml);
                continue;
            }
            if (document != null) {
                throw new XliffFormatException("more than one <file>: upload one task per file", SafeXml.line(xml), null);
            }
            document = file();
        }
        if (document == null) {
            throw new XliffFormatException("no <file> element", SafeXml.line(xml), null);
        }
        return document;
    }

    private XliffDocument file() throws XMLStreamException {
        String original = StaxCursor.attribute(xml, "original");
        String source = StaxCursor.attribute(xml, "source-language");
        String target = StaxCursor.attribute(xml, "target-language");
        String datatype = StaxCursor.attribute(xml, "datatype");
        if (source == null) {
            throw new XliffFormatException("<file> has no source-language", SafeXml.line(xml), null);
        }
        while (StaxCursor.nextChild(xml)) {
            if (isXliff("header")) {
                while (StaxCursor.nextChild(xml)) {
                    if (isXliff("note")) {
                        fileNotes.add(StaxCursor.text(xml));
                    } else {
                        StaxCursor.skip(xml);
                    }
                }
            } else if (isXliff("body")) {
                container("", BlockType.PARAGRAPH);
            } else {
                StaxCursor.skip(xml);
            }
        }
        SourceFormat format = datatype != null && datatype.toLowerCase().contains("html") ? SourceFormat.HTML : SourceFormat.TEXT;
        return new XliffDocument(original == null ? "" : original, format, source, target, fileNotes, groups,
                XliffVersion.V1_2);
    }

    /** A body or group: its own units form one group; nested groups follow as their own. */
    private void container(String id, BlockType type) throws XMLStreamException {
        List<XliffUnit> units = new ArrayList<>();
        int at = groups.size();
        while (StaxCursor.nextChild(xml)) {
            if (isXliff("group")) {
                String groupId = StaxCursor.attribute(xml, "id");
                container(groupId == null ? "g" + groups.size() : groupId, Xliff12Writer.blockType(StaxCursor.attribute(xml, "restype")));
            } else if (isXliff("trans-unit")) {
                units.add(unit());
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
            throw new XliffFormatException("<trans-unit> has no id", line, null);
        }
        Long version = XliffReader.number(SafeXml.tarjoman(xml, "version"), "tj:version", line, id);
        Long score = XliffReader.number(SafeXml.tarjoman(xml, "score"), "tj:score", line, id);
        XliffOrigin origin = origin(SafeXml.tarjoman(xml, "origin"));
        String source = null;
        String target = null;
        String state = null;
        String qualifier = null;
        List<String> notes = new ArrayList<>();
        List<XliffMatch> matches = new ArrayList<>();
        InlineReader inline = new InlineReader(xml, false, id);
        while (StaxCursor.nextChild(xml)) {
            if (isXliff("source")) {
                source = inline.tagged();
            } else if (isXliff("target")) {
                state = StaxCursor.attribute(xml, "state");
                qualifier = StaxCursor.attribute(xml, "state-qualifier");
                target = inline.tagged();
            } else if (isXliff("note")) {
                notes.add(StaxCursor.text(xml));
            } else if (isXliff("alt-trans")) {
                match(id).ifPresent(matches::add);
            } else {
                StaxCursor.skip(xml); // seg-source, context-group, count-group, other namespaces
            }
        }
        if (source == null) {
            throw new XliffFormatException("<trans-unit> has no <source>", line, id);
        }
        XliffState mapped = XliffStates.fromXliff12(state, qualifier, target != null);
        return XliffReader.unit(id, source, target, mapped, origin, score == null ? null : score.intValue(), version,
                matches, notes, line);
    }

    private java.util.Optional<XliffMatch> match(String unitId) throws XMLStreamException {
        String quality = StaxCursor.attribute(xml, "match-quality");
        String origin = StaxCursor.attribute(xml, "origin");
        String source = null;
        String target = null;
        InlineReader inline = new InlineReader(xml, false, unitId);
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
            return java.util.Optional.empty();
        }
        return java.util.Optional.of(new XliffMatch(source, target, score(quality), origin));
    }

    /** {@code match-quality} is free text in 1.2: {@code 87}, {@code 87%}, {@code 87.5}. */
    private static int score(String quality) {
        if (quality == null) {
            return 0;
        }
        try {
            return (int) Math.round(Double.parseDouble(quality.replace("%", "").trim()));
        } catch (NumberFormatException e) {
            return 0;
        }
    }

    static XliffOrigin origin(String name) {
        if (name == null) {
            return null;
        }
        for (XliffOrigin origin : XliffOrigin.values()) {
            if (origin.name().equalsIgnoreCase(name.trim())) {
                return origin;
            }
        }
        return null;
    }

    private boolean isXliff(String name) {
        return Xliff12Writer.NS.equals(xml.getNamespaceURI()) && name.equals(xml.getLocalName());
    }
}
