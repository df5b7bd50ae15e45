package org.tarjoman.core.xliff;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;

import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

import org.tarjoman.core.document.InlineCode;

/**
 * Reads an XLIFF 1.2 or 2.x file, as we wrote it or as a CAT tool rewrote it, into an
 * {@link XliffDocument}: units by id with source and target as tagged text, state, notes. Codes
 * are mapped back by id, whatever elements the tool used for them (1.2 {@code g x bx ex ph bpt ept
 * it}; 2.x {@code pc ph sc ec}); markers ({@code mrk}, {@code sm}/{@code em}) and 1.2
 * {@code seg-source} segmentation are dropped, several 2.x segments of one unit joined. Extra
 * attributes, elements of other namespaces and whitespace between elements are ignored. The unit's
 * {@code codes} come back empty: a file's native data is not trusted, the stored codes are.
 *
 * <p>Hardened: the XML goes through {@link SafeXml}, so a DOCTYPE, an entity or anything but the
 * stream itself is refused with the line, before a unit is read. Every problem is an
 * {@link XliffFormatException} with the line and, inside a unit, its id.
 */
public final class XliffReader {

    private XliffReader() {
    }

    public static XliffDocument read(InputStream in) {
        XMLStreamReader xml = SafeXml.open(in);
        try {
            while (true) {
                int event = xml.next();
                if (event == XMLStreamConstants.START_ELEMENT) {
                    break;
                }
                if (event == XMLStreamConstants.END_DOCUMENT) {
                    throw new XliffFormatException("the file is empty: no XLIFF root element", SafeXml.line(xml), null);
                }
            }
            String namespace = xml.getNamespaceURI();
            if (!"xliff".equals(xml.getLocalName())) {
                throw new XliffFormatException("the root element is <" + xml.getLocalName() + ">, not <xliff>",
                        SafeXml.line(xml), null);
            }
            if (Xliff12Writer.NS.equals(namespace)) {
                return new Xliff12Reader(xml).read();
            }
            if (Xliff2Writer.NS.equals(namespace)) {
                return new Xliff2Reader(xml).read();
            }
            throw new XliffFormatException("<xliff> is in namespace '" + namespace + "', neither XLIFF 1.2 ("
                    + Xliff12Writer.NS + ") nor 2.x (" + Xliff2Writer.NS + ")", SafeXml.line(xml), null);
        } catch (XMLStreamException e) {
            if (e.getNestedException() instanceof IOException io) {
                throw new UncheckedIOException(io);
            }
            throw SafeXml.notXml(e, null);
        } finally {
            try {
                xml.close();
            } catch (XMLStreamException e) {
                // nothing held but the stream, which belongs to the caller
            }
        }
    }

    /**
     * A unit as read. An empty target of a state not yet translated is no target (tools write
     * {@code <target/>} for untouched units); under a translated state it stays, for the caller to refuse.
     */
    static XliffUnit unit(String id, String source, String target, XliffState state, XliffOrigin origin, Integer score,
                          Long version, List<XliffMatch> matches, List<String> notes, int line) {
        if (target != null && target.isBlank() && state != XliffState.TRANSLATED && state != XliffState.REVIEWED) {
            target = null;
            state = XliffState.NEW;
        }
        return new XliffUnit(id, source, List.<InlineCode>of(), target, state, origin, score, version, matches, notes, line);
    }

    static Long number(String value, String attribute, int line, String unitId) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Long.parseLong(value.trim());
        } catch (NumberFormatException e) {
            throw new XliffFormatException(attribute + " must be a number, not '" + value + "'", line, unitId);
        }
    }
}
