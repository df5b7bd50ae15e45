package org.tarjoman.core.xliff;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

import org.tarjoman.core.document.InlineCode;
import org.tarjoman.core.document.InlineCode.Kind;
import org.tarjoman.core.xml.XmlChars;

/**
 * Writes an {@link XliffDocument} as XLIFF 1.2 or 2.1, streaming (StAX), valid against the OASIS
 * schemas (1.2 strict; 2.x core with the Translation Candidates module). What each version gets:
 * <ul>
 *   <li>one {@code file}, one {@code group} per block ({@code restype="x-tarjoman-heading"} in 1.2,
 *       {@code type="tarjoman:heading"} in 2.x), one unit per segment with the segment's id;</li>
 *   <li>inline codes with their native markup: 1.2 {@code bpt}/{@code ept}/{@code ph}/{@code it}
 *       holding it, 2.x {@code pc}/{@code ph}/{@code sc}/{@code ec} pointing to {@code originalData};</li>
 *   <li>states as {@link XliffStates} says; the translation's version, origin and score as
 *       attributes in our namespace ({@code tj:version}), which the reader uses to detect edits made
 *       since the export;</li>
 *   <li>memory matches as 1.2 {@code alt-trans} / 2.x {@code mtc:match}, notes as {@code note}.</li>
 * </ul>
 * Units keep {@code xml:space="preserve"}: tools must not touch the text's whitespace. Text that XML
 * cannot carry ({@link XmlChars}) is refused with an {@link IllegalArgumentException}, never written
 * as a malformed file; the caller must then not pass the partial output off as a whole one.
 */
public final class XliffWriter {

    public static final String TARJOMAN_NS = "urn:tarjoman:xliff:1";
    public static final String TARJOMAN_PREFIX = "tj";
    public static final String MEDIA_TYPE = "application/xliff+xml";

    private XliffWriter() {
    }

    /** Writes the document and flushes; the stream stays open for its owner. */
    public static void write(XliffDocument document, XliffVersion version, OutputStream out) {
        try {
            XMLStreamWriter xml = XMLOutputFactory.newDefaultFactory().createXMLStreamWriter(out, StandardCharsets.UTF_8.name());
            xml.writeStartDocument(StandardCharsets.UTF_8.name(), "1.0");
            switch (version) {
                case V1_2 -> new Xliff12Writer(xml).write(document);
                case V2_1 -> new Xliff2Writer(xml).write(document);
            }
            xml.writeCharacters("\n");
            xml.writeEndDocument();
            xml.flush();
            xml.close();
        } catch (XMLStreamException e) {
            if (e.getNestedException() instanceof IOException io) {
                throw new UncheckedIOException(io);
            }
            throw new IllegalStateException("XLIFF cannot be written", e);
        }
    }

    /** The source code behind an id and kind, or null (codes of memory matches are not known). */
    static InlineCode code(List<InlineCode> codes, int id, Kind kind) {
        for (InlineCode code : codes) {
            if (code.id() == id && code.kind() == kind) {
                return code;
            }
        }
        return null;
    }

    /** Text content, escaped, a carriage return kept; see {@link XmlChars#write}. */
    static void characters(XMLStreamWriter xml, String text) throws XMLStreamException {
        XmlChars.write(xml, "XLIFF text", text);
    }

    /** An attribute whose value comes from stored data (a file name, an origin). */
    static void attribute(XMLStreamWriter xml, String name, String value) throws XMLStreamException {
        XmlChars.requireLegal("XLIFF attribute " + name, value);
        xml.writeAttribute(name, value);
    }

    static void indent(XMLStreamWriter xml, int level) throws XMLStreamException {
        xml.writeCharacters("\n" + "  ".repeat(level));
    }
}
