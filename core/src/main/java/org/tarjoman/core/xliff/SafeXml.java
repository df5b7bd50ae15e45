package org.tarjoman.core.xliff;

import java.io.InputStream;

import javax.xml.stream.Location;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import javax.xml.stream.util.StreamReaderDelegate;

import org.tarjoman.core.xml.DepthLimitedReader;
import org.tarjoman.core.xml.HardenedXmlInput;

/**
 * The hardened StAX reader XLIFF files go through ({@link HardenedXmlInput}), and our own attribute helpers.
 * Nothing but the given stream is read: DTD support off, external entities off, a resolver that
 * refuses everything, and any DOCTYPE or entity reference refused at its event, with its line,
 * before a single unit is read (so a billion-laughs file costs nothing). Elements nested deeper than
 * {@link org.tarjoman.core.limits.DocumentLimit#NESTING_DEPTH} are refused at the start tag that crosses
 * it ({@link DepthLimitedReader}), so the readers' recursion (groups, inline codes) stays shallow.
 */
final class SafeXml {

    private static final XMLInputFactory FACTORY = HardenedXmlInput.newFactory();

    private SafeXml() {
    }

    static XMLStreamReader open(InputStream in) {
        try {
            return new Guard(new DepthLimitedReader(FACTORY.createXMLStreamReader(in)));
        } catch (XMLStreamException e) {
            throw notXml(e, null);
        }
    }

    /** Refuses DTDs and entity references as they stream past. */
    private static final class Guard extends StreamReaderDelegate {

        Guard(XMLStreamReader reader) {
            super(reader);
        }

        @Override
        public int next() throws XMLStreamException {
            int event = super.next();
            if (event == XMLStreamConstants.DTD) {
                throw new XliffFormatException("a DOCTYPE is not allowed in XLIFF (no DTDs, no entities)", line(this), null);
            }
            if (event == XMLStreamConstants.ENTITY_REFERENCE) {
                throw new XliffFormatException("entity reference &" + getLocalName() + "; is not allowed", line(this), null);
            }
            return event;
        }
    }

    /** An attribute in our own namespace ({@code tj:version}). */
    static String tarjoman(XMLStreamReader xml, String name) {
        return xml.getAttributeValue(XliffWriter.TARJOMAN_NS, name);
    }

    static int line(XMLStreamReader xml) {
        Location location = xml.getLocation();
        return location == null ? -1 : location.getLineNumber();
    }

    /** A parser error as our exception: "not XML" before the root, "malformed XML" after. */
    static XliffFormatException notXml(XMLStreamException e, String unitId) {
        String message = e.getMessage() == null ? e.toString() : e.getMessage();
        int at = message.indexOf("Message: ");
        if (at >= 0) {
            message = message.substring(at + "Message: ".length());
        }
        Location location = e.getLocation();
        return new XliffFormatException("not well-formed XML: " + message.strip(),
                location == null ? -1 : location.getLineNumber(), unitId, e);
    }
}
