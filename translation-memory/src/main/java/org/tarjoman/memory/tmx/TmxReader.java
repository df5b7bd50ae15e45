package org.tarjoman.memory.tmx;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import javax.xml.XMLConstants;
import javax.xml.stream.Location;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * Reads TMX 1.4b as a stream (StAX): memory does not grow with the file, each {@code tu} goes to the
 * {@link TmxHandler} as soon as its end tag is read.
 *
 * <p>Security: the parser never reads anything but the given stream. DTD processing, external entities
 * and entity replacement are off and any resolver call fails. A DOCTYPE with an internal subset
 * ({@code <!DOCTYPE tmx [ … ]>}, where entity declarations, billion laughs and
 * {@code file:///etc/passwd} entities live) is rejected. A DOCTYPE with only an external id
 * ({@code <!DOCTYPE tmx SYSTEM "tmx14.dtd">}, written by most CAT tools) is accepted and ignored:
 * the DTD is not fetched and declares nothing TMX content needs.
 *
 * <p>Errors: broken XML, a non-TMX root and misplaced structure ({@code <seg>} outside {@code <tuv>})
 * throw {@link TmxFormatException} with line and column, so an import can be rolled back. Problems
 * inside one {@code tu} (bad date, bad inline codes) do not stop reading: they are listed on the
 * {@link TmxEntry} or {@link TmxVariant} for the caller to reject that unit.
 *
 * <p>A reader is thread-safe and reusable.
 */
public final class TmxReader {

    private final XMLInputFactory factory = hardenedFactory();

    /**
     * Reads the whole stream (it is not closed).
     *
     * @throws TmxFormatException if the input is not well-formed TMX or uses a forbidden XML feature
     */
    public void read(InputStream in, TmxHandler handler) {
        XMLStreamReader xml;
        try {
            xml = factory.createXMLStreamReader(in);
        } catch (XMLStreamException e) {
            throw formatError(e, false);
        }
        boolean rootSeen = false;
        try {
            int depth = 0;
            int index = 0;
            while (xml.hasNext()) {
                int event = xml.next();
                if (event == XMLStreamConstants.DTD) {
                    checkDoctype(xml);
                } else if (event == XMLStreamConstants.ENTITY_REFERENCE) {
                    throw fail(xml, "entity reference &" + xml.getLocalName() + "; is not allowed");
                } else if (event == XMLStreamConstants.START_ELEMENT) {
                    String name = xml.getLocalName();
                    if (!rootSeen) {
                        if (!name.equals("tmx")) {
                            throw fail(xml, "not a TMX file: the root element is <" + name + ">, not <tmx>");
                        }
                        rootSeen = true;
                        depth++;
                        continue;
                    }
                    switch (name) {
                        case "header" -> {
                            if (depth != 1) {
                                throw fail(xml, "<header> outside <tmx>");
                            }
                            handler.header(readHeader(xml));
                        }
                        case "body" -> {
                            if (depth != 1) {
                                throw fail(xml, "<body> outside <tmx>");
                            }
                            depth++;
                        }
                        case "tu" -> {
                            if (depth != 2) {
                                throw fail(xml, "<tu> outside <body>");
                            }
                            handler.entry(readTu(xml, ++index));
                        }
                        case "tuv" -> throw fail(xml, "<tuv> outside <tu>");
                        case "seg" -> throw fail(xml, "<seg> outside <tuv>");
                        default -> skipElement(xml);
                    }
                } else if (event == XMLStreamConstants.END_ELEMENT) {
                    depth--;
                }
            }
        } catch (XMLStreamException e) {
            throw formatError(e, rootSeen);
        } finally {
            try {
                xml.close();
            } catch (XMLStreamException e) {
                // nothing left to release: the caller owns the stream
            }
        }
    }

    private static TmxHeader readHeader(XMLStreamReader xml) throws XMLStreamException {
        TmxHeader header = new TmxHeader(attribute(xml, "srclang"), attribute(xml, "creationtool"),
                attribute(xml, "creationtoolversion"), attribute(xml, "segtype"), attribute(xml, "o-tmf"),
                attribute(xml, "adminlang"), attribute(xml, "datatype"), Map.of());
        Map<String, String> properties = new LinkedHashMap<>();
        while (nextChild(xml)) {
            if (xml.getLocalName().equals("prop")) {
                readProperty(xml, properties);
            } else {
                skipElement(xml);
            }
        }
        return new TmxHeader(header.srcLang(), header.creationTool(), header.creationToolVersion(),
                header.segType(), header.oTmf(), header.adminLang(), header.dataType(), properties);
    }

    private static TmxEntry readTu(XMLStreamReader xml, int index) throws XMLStreamException {
        int line = xml.getLocation().getLineNumber();
        String tuid = attribute(xml, "tuid");
        List<String> problems = new ArrayList<>();
        TmxEntry.Provenance provenance = provenance(xml, problems);
        Map<String, String> properties = new LinkedHashMap<>();
        List<TmxVariant> variants = new ArrayList<>();
        while (nextChild(xml)) {
            switch (xml.getLocalName()) {
                case "prop" -> readProperty(xml, properties);
                case "tuv" -> variants.add(readTuv(xml));
                case "tu" -> throw fail(xml, "<tu> inside <tu>");
                case "seg" -> throw fail(xml, "<seg> outside <tuv>");
                default -> skipElement(xml);
            }
        }
        return new TmxEntry(index, line, tuid, provenance, properties, variants, problems);
    }

    private static TmxVariant readTuv(XMLStreamReader xml) throws XMLStreamException {
        int line = xml.getLocation().getLineNumber();
        String language = xml.getAttributeValue(XMLConstants.XML_NS_URI, "lang");
        if (language == null) {
            language = attribute(xml, "lang");
        }
        List<String> problems = new ArrayList<>();
        TmxEntry.Provenance provenance = provenance(xml, problems);
        Map<String, String> properties = new LinkedHashMap<>();
        TmxSegment segment = null;
        boolean segSeen = false;
        while (nextChild(xml)) {
            switch (xml.getLocalName()) {
                case "prop" -> readProperty(xml, properties);
                case "seg" -> {
                    SegmentReader.Result result = SegmentReader.read(xml);
                    if (segSeen) {
                        problems.add("more than one <seg>");
                    }
                    segSeen = true;
                    segment = result.segment();
                    problems.addAll(result.problems());
                }
                case "tuv" -> throw fail(xml, "<tuv> inside <tuv>");
                case "tu" -> throw fail(xml, "<tu> inside <tuv>");
                default -> skipElement(xml);
            }
        }
        if (language == null || language.isBlank()) {
            problems.add("<tuv> without xml:lang");
        }
        if (!segSeen) {
            problems.add("<tuv> without <seg>");
        }
        return new TmxVariant(language, line, problems.isEmpty() ? segment : null, provenance, properties,
                problems);
    }

    private static TmxEntry.Provenance provenance(XMLStreamReader xml, List<String> problems) {
        return new TmxEntry.Provenance(attribute(xml, "creationid"), date(xml, "creationdate", problems),
                attribute(xml, "changeid"), date(xml, "changedate", problems), usageCount(xml, problems));
    }

    private static Instant date(XMLStreamReader xml, String name, List<String> problems) {
        String value = attribute(xml, name);
        if (value == null) {
            return null;
        }
        try {
            return TmxDates.parse(value);
        } catch (IllegalArgumentException e) {
            problems.add(name + ": " + e.getMessage());
            return null;
        }
    }

    private static Integer usageCount(XMLStreamReader xml, List<String> problems) {
        String value = attribute(xml, "usagecount");
        if (value == null) {
            return null;
        }
        try {
            int count = Integer.parseInt(value.trim());
            if (count >= 0) {
                return count;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        problems.add("usagecount: '" + value + "' is not a count");
        return null;
    }

    private static void readProperty(XMLStreamReader xml, Map<String, String> properties) throws XMLStreamException {
        String type = attribute(xml, "type");
        String value = textContent(xml);
        if (type != null) {
            properties.putIfAbsent(type, value);
        }
    }

    /** Moves to the next child start tag of the current element; false at the element's end tag. */
    private static boolean nextChild(XMLStreamReader xml) throws XMLStreamException {
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
    private static void checkDoctype(XMLStreamReader xml) {
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

    private static TmxFormatException fail(XMLStreamReader xml, String reason) {
        Location location = xml.getLocation();
        return new TmxFormatException(location.getLineNumber(), location.getColumnNumber(), reason);
    }

    private static RuntimeException formatError(XMLStreamException e, boolean rootSeen) {
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

    private static XMLInputFactory hardenedFactory() {
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
