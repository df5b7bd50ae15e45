package org.tarjoman.memory.tmx;

import java.io.IOException;
import java.io.UncheckedIOException;

import javax.xml.XMLConstants;
import javax.xml.stream.Location;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * The hardened StAX set-up and the small cursor helpers the TMX reader is built on. Nothing but the
 * given stream is ever read: no DTD processing, no external or replaced entities, a resolver that
 * fails, and a DOCTYPE with an internal subset refused at its DTD event, before any entity is used.
 */
final class SafeStax {

    private SafeStax() {
    }

    /** Moves to the next child start tag of the current element; false at the element's end tag. */
    static boolean nextChild(XMLStreamReader xml) throws XMLStreamException {
        while (true) {
            int event = xml.next();
            if (event == XMLStreamConstants.START_ELEMENT) {
                return true;
            }
            if (event == XMLStreamConstants.END_ELEMENT) {
                return false;
            }
        }
    }

    /** An attribute without namespace, e.g. {@code tuid}. */
    static String attribute(XMLStreamReader xml, String name) {
        for (int i = 0; i < xml.getAttributeCount(); i++) {
            String namespace = xml.getAttributeNamespace(i);
            if ((namespace == null || namespace.isEmpty()) && xml.getAttributeLocalName(i).equals(name)) {
                return xml.getAttributeValue(i);
            }
        }
        return null;
    }

    /** All text inside the current element, nested elements flattened; consumes its end tag. */
    static String textContent(XMLStreamReader xml) throws XMLStreamException {
        StringBuilder text = new StringBuilder();
        int depth = 1;
        while (depth > 0) {
            int event = xml.next();
            switch (event) {
                case XMLStreamConstants.CHARACTERS, XMLStreamConstants.CDATA, XMLStreamConstants.SPACE ->
                        text.append(xml.getText());
                case XMLStreamConstants.START_ELEMENT -> depth++;
                case XMLStreamConstants.END_ELEMENT -> depth--;
                default -> {
                }
            }
        }
        return text.toString();
    }

    /** Skips the current element and its content, consuming its end tag. */
    static void skipElement(XMLStreamReader xml) throws XMLStreamException {
        textContent(xml);
    }

    /**
     * The DOCTYPE event carries the declaration's text. An internal subset starts with a {@code [}
     * outside the quoted public and system ids.
     */
    static void checkDoctype(XMLStreamReader xml) {
        String doctype = xml.getText();
        char quote = 0;
        for (int i = 0; i < doctype.length(); i++) {
            char c = doctype.charAt(i);
            if (quote != 0) {
                quote = c == quote ? 0 : quote;
            } else if (c == '"' || c == '\'') {
                quote = c;
            } else if (c == '[') {
                throw fail(xml, "DOCTYPE with internal subset is not allowed (entity declarations are refused)");
            }
        }
    }

    static TmxFormatException fail(XMLStreamReader xml, String reason) {
        Location location = xml.getLocation();
        return new TmxFormatException(location.getLineNumber(), location.getColumnNumber(), reason);
    }

    static RuntimeException formatError(XMLStreamException e, boolean rootSeen) {
        if (e.getNestedException() instanceof IOException io) {
            return new UncheckedIOException(io);
        }
        String message = e.getMessage() == null ? e.toString() : e.getMessage();
        int at = message.indexOf("Message: ");
        if (at >= 0) {
            message = message.substring(at + "Message: ".length());
        }
        Location location = e.getLocation();
        return new TmxFormatException(location == null ? -1 : location.getLineNumber(),
                location == null ? -1 : location.getColumnNumber(),
                (rootSeen ? "malformed XML: " : "not XML: ") + message.strip(), e);
    }

    static XMLInputFactory newFactory() {
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
