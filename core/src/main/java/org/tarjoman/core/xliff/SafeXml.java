package org.tarjoman.core.xliff;

import java.io.InputStream;

import javax.xml.XMLConstants;
import javax.xml.stream.Location;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import javax.xml.stream.util.StreamReaderDelegate;

/**
 * The hardened StAX reader XLIFF files go through, and the cursor helpers the readers share.
 * Nothing but the given stream is read: DTD support off, external entities off, a resolver that
 * refuses everything, and any DOCTYPE or entity reference refused at its event, with its line,
 * before a single unit is read (so a billion-laughs file costs nothing).
 */
final class SafeXml {

    private static final XMLInputFactory FACTORY = newFactory();

    private SafeXml() {
    }

    static XMLStreamReader open(InputStream in) {
        try {
            return new Guard(FACTORY.createXMLStreamReader(in));
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

    /** Moves to the next child start tag of the current element; false at the element's end tag. */
    static boolean nextChild(XMLStreamReader xml) throws XMLStreamException {
        while (true) {
            int event = xml.next();
            if (event == XMLStreamConstants.START_ELEMENT) {
                return true;
            }
            if (event == XMLStreamConstants.END_ELEMENT || event == XMLStreamConstants.END_DOCUMENT) {
                return false;
            }
        }
    }

    /** An attribute without namespace. */
    static String attribute(XMLStreamReader xml, String name) {
        return xml.getAttributeValue("", name);
    }

    /** An attribute in our own namespace ({@code tj:version}). */
    static String tarjoman(XMLStreamReader xml, String name) {
        return xml.getAttributeValue(XliffWriter.TARJOMAN_NS, name);
    }

    /** All text inside the current element, nested elements flattened; consumes its end tag. */
    static String text(XMLStreamReader xml) throws XMLStreamException {
        StringBuilder text = new StringBuilder();
        int depth = 1;
        while (depth > 0) {
            switch (xml.next()) {
                case XMLStreamConstants.CHARACTERS, XMLStreamConstants.CDATA, XMLStreamConstants.SPACE -> text.append(xml.getText());
                case XMLStreamConstants.START_ELEMENT -> depth++;
                case XMLStreamConstants.END_ELEMENT -> depth--;
                default -> {
                }
            }
        }
        return text.toString();
    }

    static void skip(XMLStreamReader xml) throws XMLStreamException {
        text(xml);
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

    private static XMLInputFactory newFactory() {
        // the JDK's own StAX, not whichever implementation the classpath brings: its options are tested
        XMLInputFactory factory = XMLInputFactory.newDefaultFactory();
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        factory.setProperty(XMLInputFactory.IS_REPLACING_ENTITY_REFERENCES, false);
        factory.setProperty(XMLInputFactory.IS_NAMESPACE_AWARE, true);
        factory.setProperty(XMLInputFactory.IS_COALESCING, true);
        factory.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
        factory.setXMLResolver((publicId, systemId, baseUri, namespace) -> {
            throw new XMLStreamException("refused to read external resource " + systemId);
        });
        return factory;
    }
}
