package org.tarjoman.core.xliff;

import java.util.List;
import java.util.Locale;

import javax.xml.XMLConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

import org.tarjoman.core.document.BlockType;
import org.tarjoman.core.document.InlineCode;
import org.tarjoman.core.document.InlineCode.Kind;
import org.tarjoman.core.document.SourceFormat;
import org.tarjoman.core.xliff.InlineTokens.Token;

/** XLIFF 1.2 (strict) output of {@link XliffWriter}. */
final class Xliff12Writer {

    static final String NS = "urn:oasis:names:tc:xliff:document:1.2";

    private final XMLStreamWriter xml;
    private String targetLanguage;
    private String sourceLanguage;

    Xliff12Writer(XMLStreamWriter xml) {
        this.xml = xml;
    }

    void write(XliffDocument document) throws XMLStreamException {
        sourceLanguage = document.sourceLanguage();
        targetLanguage = document.targetLanguage();
        XliffWriter.indent(xml, 0);
        xml.setDefaultNamespace(NS);
        xml.writeStartElement(NS, "xliff");
        xml.writeDefaultNamespace(NS);
        xml.writeNamespace(XliffWriter.TARJOMAN_PREFIX, XliffWriter.TARJOMAN_NS);
        xml.writeAttribute("version", "1.2");
        XliffWriter.indent(xml, 1);
        xml.writeStartElement(NS, "file");
        XliffWriter.attribute(xml, "original", document.fileName());
        xml.writeAttribute("source-language", sourceLanguage);
        if (targetLanguage != null) {
            xml.writeAttribute("target-language", targetLanguage);
        }
        xml.writeAttribute("datatype", document.format() == SourceFormat.HTML ? "html" : "plaintext");
        if (!document.notes().isEmpty()) {
            XliffWriter.indent(xml, 2);
            xml.writeStartElement(NS, "header");
            for (String note : document.notes()) {
                note(note, 3);
            }
            XliffWriter.indent(xml, 2);
            xml.writeEndElement();
        }
        XliffWriter.indent(xml, 2);
        xml.writeStartElement(NS, "body");
        for (XliffGroup group : document.groups()) {
            XliffWriter.indent(xml, 3);
            xml.writeStartElement(NS, "group");
            xml.writeAttribute("id", group.id());
            xml.writeAttribute("restype", "x-tarjoman-" + group.type().name().toLowerCase(Locale.ROOT));
            for (XliffUnit unit : group.units()) {
                unit(unit);
            }
            XliffWriter.indent(xml, 3);
            xml.writeEndElement();
        }
        XliffWriter.indent(xml, 2);
        xml.writeEndElement();
        XliffWriter.indent(xml, 1);
        xml.writeEndElement();
        XliffWriter.indent(xml, 0);
        xml.writeEndElement();
    }

    static BlockType blockType(String restype) {
        return restype != null && restype.toLowerCase(Locale.ROOT).contains("heading") ? BlockType.HEADING : BlockType.PARAGRAPH;
    }

    private void unit(XliffUnit unit) throws XMLStreamException {
        XliffWriter.indent(xml, 4);
        xml.writeStartElement(NS, "trans-unit");
        xml.writeAttribute("id", unit.id());
        xml.writeAttribute(XMLConstants.XML_NS_PREFIX, XMLConstants.XML_NS_URI, "space", "preserve");
        extensions(unit);
        XliffWriter.indent(xml, 5);
        xml.writeStartElement(NS, "source");
        xml.writeAttribute(XMLConstants.XML_NS_PREFIX, XMLConstants.XML_NS_URI, "lang", sourceLanguage);
        inline(unit.source(), unit.codes());
        xml.writeEndElement();
        if (unit.target() != null) {
            XliffWriter.indent(xml, 5);
            xml.writeStartElement(NS, "target");
            xml.writeAttribute(XMLConstants.XML_NS_PREFIX, XMLConstants.XML_NS_URI, "lang", targetLanguage);
            xml.writeAttribute("state", XliffStates.toXliff12(unit.state()));
            String qualifier = XliffStates.qualifier12(unit.state(), unit.origin(), unit.score());
            if (qualifier != null) {
                xml.writeAttribute("state-qualifier", qualifier);
            }
            inline(unit.target(), unit.codes());
            xml.writeEndElement();
        }
        for (String note : unit.notes()) {
            note(note, 5);
        }
        for (XliffMatch match : unit.matches()) {
            XliffWriter.indent(xml, 5);
            xml.writeStartElement(NS, "alt-trans");
            xml.writeAttribute("match-quality", Integer.toString(Math.min(100, match.score())));
            if (match.origin() != null) {
                XliffWriter.attribute(xml, "origin", match.origin());
            }
            xml.writeStartElement(NS, "source");
            xml.writeAttribute(XMLConstants.XML_NS_PREFIX, XMLConstants.XML_NS_URI, "lang", sourceLanguage);
            inline(match.source(), List.of());
            xml.writeEndElement();
            xml.writeStartElement(NS, "target");
            xml.writeAttribute(XMLConstants.XML_NS_PREFIX, XMLConstants.XML_NS_URI, "lang", targetLanguage);
            inline(match.target(), List.of());
            xml.writeEndElement();
            xml.writeEndElement();
        }
        XliffWriter.indent(xml, 4);
        xml.writeEndElement();
    }

    private void extensions(XliffUnit unit) throws XMLStreamException {
        if (unit.version() != null) {
            xml.writeAttribute(XliffWriter.TARJOMAN_PREFIX, XliffWriter.TARJOMAN_NS, "version", unit.version().toString());
        }
        if (unit.origin() != null) {
            xml.writeAttribute(XliffWriter.TARJOMAN_PREFIX, XliffWriter.TARJOMAN_NS, "origin", unit.origin().name());
        }
        if (unit.score() != null) {
            xml.writeAttribute(XliffWriter.TARJOMAN_PREFIX, XliffWriter.TARJOMAN_NS, "score", unit.score().toString());
        }
    }

    private void note(String note, int level) throws XMLStreamException {
        XliffWriter.indent(xml, level);
        xml.writeStartElement(NS, "note");
        XliffWriter.characters(xml, note);
        xml.writeEndElement();
    }

    /** Codes as {@code bpt}/{@code ept}/{@code ph}/{@code it} holding the native markup, flat as 1.2 wants them. */
    private void inline(String tagged, List<InlineCode> codes) throws XMLStreamException {
        for (Token token : InlineTokens.parse(tagged)) {
            switch (token.kind()) {
                case TEXT -> XliffWriter.characters(xml, token.text());
                case PLACEHOLDER -> code("ph", token.id(), null, XliffWriter.code(codes, token.id(), Kind.PLACEHOLDER));
                case OPENING -> code(token.paired() ? "bpt" : "it", token.id(), token.paired() ? null : "open",
                        XliffWriter.code(codes, token.id(), Kind.OPENING));
                case CLOSING -> code(token.paired() ? "ept" : "it", token.id(), token.paired() ? null : "close",
                        XliffWriter.code(codes, token.id(), Kind.CLOSING));
            }
        }
    }

    private void code(String element, int id, String pos, InlineCode code) throws XMLStreamException {
        xml.writeStartElement(NS, element);
        xml.writeAttribute("id", Integer.toString(id));
        if (pos != null) {
            xml.writeAttribute("pos", pos);
        }
        if (code != null && code.type() != null && code.type().matches("[A-Za-z][A-Za-z0-9-]*") && !element.equals("ept")) {
            xml.writeAttribute("ctype", "x-html-" + code.type().toLowerCase(Locale.ROOT));
        }
        if (code != null) {
            XliffWriter.characters(xml, code.data());
        }
        xml.writeEndElement();
    }
}
