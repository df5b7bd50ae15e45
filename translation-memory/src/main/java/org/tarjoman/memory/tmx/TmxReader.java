package org.tarjoman.memory.tmx;

import static org.tarjoman.core.xml.StaxCursor.attribute;
import static org.tarjoman.memory.tmx.SafeStax.checkDoctype;
import static org.tarjoman.memory.tmx.SafeStax.fail;
import static org.tarjoman.memory.tmx.SafeStax.formatError;
import static org.tarjoman.core.xml.StaxCursor.nextChild;
import static org.tarjoman.core.xml.StaxCursor.skip;
import static org.tarjoman.core.xml.StaxCursor.text;

import java.io.InputStream;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import javax.xml.XMLConstants;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.tarjoman.core.xml.DepthLimitedReader;
import org.tarjoman.core.xml.HardenedXmlInput;
import org.tarjoman.core.xml.StaxCursor;

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
 * <p>Limits: elements nested deeper than {@link org.tarjoman.core.limits.DocumentLimit#NESTING_DEPTH}
 * are refused with {@link org.tarjoman.core.limits.DocumentLimitExceeded} (line given) as the parser
 * reaches them; the application rolls the import back as for a format error.
 *
 * <p>A reader is thread-safe and reusable.
 */
public final class TmxReader {

    /**
     * Reads the whole stream (it is not closed).
     *
     * @throws TmxFormatException if the input is not well-formed TMX or uses a forbidden XML feature
     */
    public void read(InputStream in, TmxHandler handler) {
        XMLStreamReader xml;
        try {
            // a factory per read: StAX factories are not guaranteed thread-safe, and creating one is cheap
            xml = new DepthLimitedReader(HardenedXmlInput.newFactory().createXMLStreamReader(in));
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
                        default -> skip(xml);
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
        String[] attributes = {attribute(xml, "srclang"), attribute(xml, "creationtool"),
            attribute(xml, "creationtoolversion"), attribute(xml, "segtype"), attribute(xml, "o-tmf"),
            attribute(xml, "adminlang"), attribute(xml, "datatype")};
        Map<String, String> properties = new LinkedHashMap<>();
        while (nextChild(xml)) {
            if (xml.getLocalName().equals("prop")) {
                readProperty(xml, properties);
            } else {
                skip(xml);
            }
        }
        return new TmxHeader(attributes[0], attributes[1], attributes[2], attributes[3], attributes[4],
                attributes[5], attributes[6], properties);
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
                default -> skip(xml);
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
                default -> skip(xml);
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
        String value = text(xml);
        if (type != null) {
            properties.putIfAbsent(type, value);
        }
    }
}
