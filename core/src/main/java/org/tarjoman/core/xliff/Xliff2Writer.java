package org.tarjoman.core.xliff;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import javax.xml.XMLConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

import org.tarjoman.core.document.InlineCode;
import org.tarjoman.core.document.InlineCode.Kind;
import org.tarjoman.core.xliff.InlineTokens.Token;

/** XLIFF 2.1 output of {@link XliffWriter}: core plus the Translation Candidates module. */
final class Xliff2Writer {

    static final String NS = "urn:oasis:names:tc:xliff:document:2.0";
    static final String MTC = "urn:oasis:names:tc:xliff:matches:2.0";
    /** The one segment of each unit; codes have numeric ids, so this never collides with them. */
    static final String SEGMENT_ID = "s1";

    private final XMLStreamWriter xml;

    Xliff2Writer(XMLStreamWriter xml) {
        this.xml = xml;
    }

    void write(XliffDocument document) throws XMLStreamException {
        XliffWriter.indent(xml, 0);
        xml.setDefaultNamespace(NS);
        xml.writeStartElement(NS, "xliff");
        xml.writeDefaultNamespace(NS);
        xml.writeNamespace("mtc", MTC);
        xml.writeNamespace(XliffWriter.TARJOMAN_PREFIX, XliffWriter.TARJOMAN_NS);
        xml.writeAttribute("version", "2.1");
        xml.writeAttribute("srcLang", document.sourceLanguage());
        if (document.targetLanguage() != null) {
            xml.writeAttribute("trgLang", document.targetLanguage());
        }
        XliffWriter.indent(xml, 1);
        xml.writeStartElement(NS, "file");
        xml.writeAttribute("id", "f1");
        XliffWriter.attribute(xml, "original", document.fileName());
        // one unit is one of our segments: a tool that splits it could not be mapped back
        xml.writeAttribute("canResegment", "no");
        notes(document.notes(), 2);
        for (XliffGroup group : document.groups()) {
            XliffWriter.indent(xml, 2);
            xml.writeStartElement(NS, "group");
            xml.writeAttribute("id", group.id());
            xml.writeAttribute("type", XliffStates.SUBSTATE_PREFIX + group.type().name().toLowerCase(Locale.ROOT));
            for (XliffUnit unit : group.units()) {
                unit(unit);
            }
            XliffWriter.indent(xml, 2);
            xml.writeEndElement();
        }
        XliffWriter.indent(xml, 1);
        xml.writeEndElement();
        XliffWriter.indent(xml, 0);
        xml.writeEndElement();
    }

    private void unit(XliffUnit unit) throws XMLStreamException {
        XliffWriter.indent(xml, 3);
        xml.writeStartElement(NS, "unit");
        xml.writeAttribute("id", unit.id());
        xml.writeAttribute(XMLConstants.XML_NS_PREFIX, XMLConstants.XML_NS_URI, "space", "preserve");
        if (unit.version() != null) {
            xml.writeAttribute(XliffWriter.TARJOMAN_PREFIX, XliffWriter.TARJOMAN_NS, "version", unit.version().toString());
        }
        if (unit.score() != null) {
            xml.writeAttribute(XliffWriter.TARJOMAN_PREFIX, XliffWriter.TARJOMAN_NS, "score", unit.score().toString());
        }
        matches(unit.matches());
        notes(unit.notes(), 4);
        originalData(unit);
        XliffWriter.indent(xml, 4);
        xml.writeStartElement(NS, "segment");
        xml.writeAttribute("id", SEGMENT_ID);
        if (unit.target() != null) {
            xml.writeAttribute("state", XliffStates.toXliff2(unit.state()));
            String subState = XliffStates.subState2(unit.state(), unit.origin());
            if (subState != null) {
                xml.writeAttribute("subState", subState);
            }
        }
        XliffWriter.indent(xml, 5);
        xml.writeStartElement(NS, "source");
        inline(unit.source(), unit.codes());
        xml.writeEndElement();
        if (unit.target() != null) {
            XliffWriter.indent(xml, 5);
            xml.writeStartElement(NS, "target");
            inline(unit.target(), unit.codes());
            xml.writeEndElement();
        }
        XliffWriter.indent(xml, 4);
        xml.writeEndElement();
        XliffWriter.indent(xml, 3);
        xml.writeEndElement();
    }

    private void matches(List<XliffMatch> matches) throws XMLStreamException {
        if (matches.isEmpty()) {
            return;
        }
        XliffWriter.indent(xml, 4);
        xml.writeStartElement(MTC, "matches");
        for (XliffMatch match : matches) {
            XliffWriter.indent(xml, 5);
            xml.writeStartElement(MTC, "match");
            xml.writeAttribute("ref", "#" + SEGMENT_ID);
            xml.writeAttribute("matchQuality", Integer.toString(Math.min(100, match.score())));
            if (match.origin() != null) {
                XliffWriter.attribute(xml, "origin", match.origin());
            }
            xml.writeAttribute("type", "tm");
            xml.writeStartElement(NS, "source");
            inline(match.source(), List.of());
            xml.writeEndElement();
            xml.writeStartElement(NS, "target");
            inline(match.target(), List.of());
            xml.writeEndElement();
            xml.writeEndElement();
        }
        XliffWriter.indent(xml, 4);
        xml.writeEndElement();
    }

    private void notes(List<String> notes, int level) throws XMLStreamException {
        if (notes.isEmpty()) {
            return;
        }
        XliffWriter.indent(xml, level);
        xml.writeStartElement(NS, "notes");
        for (String note : notes) {
            XliffWriter.indent(xml, level + 1);
            xml.writeStartElement(NS, "note");
            XliffWriter.characters(xml, note);
            xml.writeEndElement();
        }
        XliffWriter.indent(xml, level);
        xml.writeEndElement();
    }

    /** The native markup of every source code, referenced from {@code pc}/{@code ph}/{@code sc}/{@code ec}. */
    private void originalData(XliffUnit unit) throws XMLStreamException {
        List<InlineCode> codes = new ArrayList<>(unit.codes());
        if (codes.isEmpty()) {
            return;
        }
        XliffWriter.indent(xml, 4);
        xml.writeStartElement(NS, "originalData");
        for (InlineCode code : codes) {
            XliffWriter.indent(xml, 5);
            xml.writeStartElement(NS, "data");
            xml.writeAttribute("id", dataId(code.id(), code.kind()));
            XliffWriter.characters(xml, code.data());
            xml.writeEndElement();
        }
        XliffWriter.indent(xml, 4);
        xml.writeEndElement();
    }

    static String dataId(int id, Kind kind) {
        return "d" + id + (kind == Kind.CLOSING ? "e" : "");
    }

    private void inline(String tagged, List<InlineCode> codes) throws XMLStreamException {
        boolean withData = !codes.isEmpty();
        for (Token token : InlineTokens.parse(tagged)) {
            String id = Integer.toString(token.id());
            switch (token.kind()) {
                case TEXT -> XliffWriter.characters(xml, token.text());
                case PLACEHOLDER -> {
                    xml.writeEmptyElement(NS, "ph");
                    xml.writeAttribute("id", id);
                    dataRef(withData, "dataRef", token.id(), Kind.PLACEHOLDER, codes);
                }
                case OPENING -> {
                    if (token.paired()) {
                        xml.writeStartElement(NS, "pc");
                        xml.writeAttribute("id", id);
                        dataRef(withData, "dataRefStart", token.id(), Kind.OPENING, codes);
                        dataRef(withData, "dataRefEnd", token.id(), Kind.CLOSING, codes);
                    } else {
                        xml.writeEmptyElement(NS, "sc");
                        xml.writeAttribute("id", id);
                        xml.writeAttribute("isolated", "yes");
                        dataRef(withData, "dataRef", token.id(), Kind.OPENING, codes);
                    }
                }
                case CLOSING -> {
                    if (token.paired()) {
                        xml.writeEndElement();
                    } else {
                        xml.writeEmptyElement(NS, "ec");
                        xml.writeAttribute("id", id);
                        xml.writeAttribute("isolated", "yes");
                        dataRef(withData, "dataRef", token.id(), Kind.CLOSING, codes);
                    }
                }
            }
        }
    }

    private void dataRef(boolean withData, String attribute, int id, Kind kind, List<InlineCode> codes)
            throws XMLStreamException {
        if (withData && XliffWriter.code(codes, id, kind) != null) {
            xml.writeAttribute(attribute, dataId(id, kind));
        }
    }
}
