package org.tarjoman.api.glossary.file;

import java.io.StringReader;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;

import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import javax.xml.stream.XMLStreamWriter;

import org.tarjoman.api.glossary.GlossaryPair;
import org.tarjoman.api.glossary.GlossaryViews.TermRequest;
import org.tarjoman.api.glossary.GlossaryViews.TermView;
import org.tarjoman.api.glossary.InvalidGlossaryFile;
import org.tarjoman.core.xml.DepthLimitedReader;
import org.tarjoman.core.xml.HardenedXmlInput;

/**
 * A glossary as TBX-Basic in the TBX v3 dialect of ISO 30042:2019 ({@code <tbx type="TBX-Basic" style="dca"
 * xmlns="urn:iso:std:iso:30042:ed-2">}): one {@code conceptEntry} per term, its domain as the concept's
 * {@code descrip type="subjectField"}, its note as the concept's {@code note}; a {@code langSec} for
 * Persian with the source and one for the target language with every translation, each a
 * {@code termSec} whose {@code termNote type="administrativeStatus"} says what it is:
 * <ul>
 *   <li>{@code preferredTerm-admn-sts}: the preferred translation (and the Persian term);</li>
 *   <li>{@code admittedTerm-admn-sts}: an alternative;</li>
 *   <li>{@code deprecatedTerm-admn-sts}: a forbidden one ({@code supersededTerm-admn-sts} read alike).</li>
 * </ul>
 * The part of speech goes on the Persian term ({@code termNote type="partOfSpeech"}).
 *
 * <p>Reading goes through {@link HardenedXmlInput} as XLIFF and TMX do: no DTD, no entity, nothing read but
 * the body, nesting bounded. A concept without a Persian term or without a preferred (or any allowed)
 * translation is refused with its line; other data categories are skipped.
 */
public final class GlossaryTbx {

    public static final String MEDIA_TYPE = "application/x-tbx+xml";
    static final String NAMESPACE = "urn:iso:std:iso:30042:ed-2";
    static final String PREFERRED = "preferredTerm-admn-sts";
    static final String ADMITTED = "admittedTerm-admn-sts";
    static final String DEPRECATED = "deprecatedTerm-admn-sts";
    static final String SUPERSEDED = "supersededTerm-admn-sts";
    private static final String XML_NS = "http://www.w3.org/XML/1998/namespace";

    private GlossaryTbx() {
    }

    /** The terms as a TBX-Basic document; there must be at least one (the schema's body is one or more concepts). */
    public static String write(GlossaryPair pair, List<TermView> terms) {
        if (terms.isEmpty()) {
            throw new EmptyGlossary(pair);
        }
        StringWriter out = new StringWriter();
        try {
            XMLStreamWriter xml = XMLOutputFactory.newDefaultFactory().createXMLStreamWriter(out);
            xml.writeStartDocument("UTF-8", "1.0");
            xml.writeCharacters("\n");
            xml.writeStartElement("tbx");
            xml.writeDefaultNamespace(NAMESPACE);
            xml.writeAttribute("type", "TBX-Basic");
            xml.writeAttribute("style", "dca");
            xml.writeAttribute("xml", XML_NS, "lang", "fa");
            xml.writeStartElement("tbxHeader");
            xml.writeStartElement("fileDesc");
            xml.writeStartElement("sourceDesc");
            element(xml, "p", "Tarjoman glossary " + pair.value());
            xml.writeEndElement();
            xml.writeEndElement();
            xml.writeEndElement();
            xml.writeStartElement("text");
            xml.writeStartElement("body");
            for (TermView term : terms) {
                concept(xml, pair, term);
            }
            xml.writeEndElement();
            xml.writeEndElement();
            xml.writeEndElement();
            xml.writeEndDocument();
            xml.close();
        } catch (XMLStreamException e) {
            throw new IllegalStateException("The TBX could not be written", e);
        }
        return out.toString();
    }

    private static void concept(XMLStreamWriter xml, GlossaryPair pair, TermView term) throws XMLStreamException {
        xml.writeStartElement("conceptEntry");
        xml.writeAttribute("id", "t" + term.id());
        if (term.domain() != null) {
            xml.writeStartElement("descrip");
            xml.writeAttribute("type", "subjectField");
            xml.writeCharacters(term.domain());
            xml.writeEndElement();
        }
        if (term.note() != null) {
            element(xml, "note", term.note());
        }
        xml.writeStartElement("langSec");
        xml.writeAttribute("xml", XML_NS, "lang", "fa");
        termSec(xml, term.source(), PREFERRED, term.partOfSpeech());
        xml.writeEndElement();
        xml.writeStartElement("langSec");
        xml.writeAttribute("xml", XML_NS, "lang", pair.target().locale().getLanguage());
        termSec(xml, term.target(), PREFERRED, null);
        for (String alternative : term.alternatives()) {
            termSec(xml, alternative, ADMITTED, null);
        }
        for (String forbidden : term.forbidden()) {
            termSec(xml, forbidden, DEPRECATED, null);
        }
        xml.writeEndElement();
        xml.writeEndElement();
    }

    private static void termSec(XMLStreamWriter xml, String term, String status, String partOfSpeech)
            throws XMLStreamException {
        xml.writeStartElement("termSec");
        element(xml, "term", term);
        if (partOfSpeech != null) {
            xml.writeStartElement("termNote");
            xml.writeAttribute("type", "partOfSpeech");
            xml.writeCharacters(partOfSpeech);
            xml.writeEndElement();
        }
        xml.writeStartElement("termNote");
        xml.writeAttribute("type", "administrativeStatus");
        xml.writeCharacters(status);
        xml.writeEndElement();
        xml.writeEndElement();
    }

    private static void element(XMLStreamWriter xml, String name, String text) throws XMLStreamException {
        xml.writeStartElement(name);
        xml.writeCharacters(text);
        xml.writeEndElement();
    }

    /** The concepts of a TBX-Basic document as rows for {@code pair}; {@code text} decoded already. */
    public static List<GlossaryRow> read(GlossaryPair pair, String text) {
        String target = pair.target().locale().getLanguage();
        List<GlossaryRow> rows = new ArrayList<>();
        XMLStreamReader xml = null;
        long line = 1;
        try {
            xml = new DepthLimitedReader(HardenedXmlInput.newFactory().createXMLStreamReader(new StringReader(text)));
            Concept concept = null;
            String language = null;
            TermSec termSec = null;
            boolean root = true;
            while (xml.hasNext()) {
                int event = xml.next();
                line = xml.getLocation().getLineNumber();
                if (event == XMLStreamConstants.DTD || event == XMLStreamConstants.ENTITY_REFERENCE) {
                    throw new InvalidGlossaryFile(line, "a DOCTYPE or entity reference; TBX needs neither.");
                }
                if (event == XMLStreamConstants.START_ELEMENT) {
                    String name = xml.getLocalName();
                    if (root) {
                        checkRoot(xml, line);
                        root = false;
                    } else if (!NAMESPACE.equals(xml.getNamespaceURI())) {
                        skip(xml);
                    } else if (name.equals("conceptEntry")) {
                        concept = new Concept(line);
                    } else if (concept != null && name.equals("langSec")) {
                        language = xml.getAttributeValue(XML_NS, "lang");
                    } else if (concept != null && name.equals("termSec")) {
                        termSec = new TermSec();
                    } else if (termSec != null && name.equals("term")) {
                        termSec.term = xml.getElementText().strip();
                    } else if (termSec != null && name.equals("termNote")) {
                        String type = xml.getAttributeValue(null, "type");
                        String value = xml.getElementText().strip();
                        if ("administrativeStatus".equals(type)) {
                            termSec.status = value;
                        } else if ("partOfSpeech".equals(type)) {
                            termSec.partOfSpeech = value;
                        }
                    } else if (concept != null && termSec == null && name.equals("descrip")
                            && "subjectField".equals(xml.getAttributeValue(null, "type"))) {
                        concept.domain = xml.getElementText().strip();
                    } else if (concept != null && termSec == null && language == null && name.equals("note")) {
                        concept.note = xml.getElementText().strip();
                    }
                } else if (event == XMLStreamConstants.END_ELEMENT) {
                    String name = xml.getLocalName();
                    if (name.equals("termSec") && termSec != null) {
                        concept.add(language, target, termSec, line);
                        termSec = null;
                    } else if (name.equals("langSec")) {
                        language = null;
                    } else if (name.equals("conceptEntry") && concept != null) {
                        rows.add(concept.toRow(target));
                        concept = null;
                    }
                }
            }
            if (root) {
                throw new InvalidGlossaryFile(1, "the file is empty.");
            }
        } catch (XMLStreamException e) {
            long at = e.getLocation() == null ? line : e.getLocation().getLineNumber();
            throw new InvalidGlossaryFile(at, "not XML: " + e.getMessage().replaceFirst("(?s)^ParseError at \\[row,col\\]:\\[\\d+,\\d+\\]\\s*Message: ", ""));
        } finally {
            if (xml != null) {
                try {
                    xml.close();
                } catch (XMLStreamException ignored) {
                    // nothing was held but the string
                }
            }
        }
        return rows;
    }

    private static void checkRoot(XMLStreamReader xml, long line) {
        if (!"tbx".equals(xml.getLocalName()) || !NAMESPACE.equals(xml.getNamespaceURI())) {
            throw new InvalidGlossaryFile(line, "the root is not <tbx xmlns=\"" + NAMESPACE + "\"> (TBX v3, ISO 30042:2019).");
        }
        String type = xml.getAttributeValue(null, "type");
        if (!"TBX-Basic".equals(type)) {
            throw new InvalidGlossaryFile(line, "the dialect is '" + type + "'; Tarjoman reads TBX-Basic.");
        }
    }

    private static void skip(XMLStreamReader xml) throws XMLStreamException {
        int depth = 1;
        while (depth > 0) {
            int event = xml.next();
            if (event == XMLStreamConstants.START_ELEMENT) {
                depth++;
            } else if (event == XMLStreamConstants.END_ELEMENT) {
                depth--;
            } else if (event == XMLStreamConstants.ENTITY_REFERENCE) {
                throw new InvalidGlossaryFile(xml.getLocation().getLineNumber(), "an entity reference; TBX needs none.");
            }
        }
    }

    /** One termSec as read. */
    private static final class TermSec {
        private String term;
        private String status;
        private String partOfSpeech;
    }

    /** One conceptEntry as read, until its end tag. */
    private static final class Concept {
        private final long line;
        private String domain;
        private String note;
        private String source;
        private String partOfSpeech;
        private String preferred;
        private final List<String> admitted = new ArrayList<>();
        private final List<String> forbidden = new ArrayList<>();

        Concept(long line) {
            this.line = line;
        }

        void add(String language, String target, TermSec termSec, long at) {
            if (termSec.term == null || termSec.term.isEmpty() || language == null) {
                throw new InvalidGlossaryFile(at, "a termSec without a term or outside a langSec with xml:lang.");
            }
            String base = language.toLowerCase(java.util.Locale.ROOT).split("[-_]")[0];
            boolean deprecated = DEPRECATED.equals(termSec.status) || SUPERSEDED.equals(termSec.status);
            if (base.equals("fa")) {
                if (source == null && !deprecated) {
                    source = termSec.term;
                    partOfSpeech = termSec.partOfSpeech;
                }
            } else if (base.equals(target)) {
                if (deprecated) {
                    forbidden.add(termSec.term);
                } else if (preferred == null && PREFERRED.equals(termSec.status)) {
                    preferred = termSec.term;
                } else {
                    admitted.add(termSec.term);
                }
            }
        }

        GlossaryRow toRow(String target) {
            if (source == null) {
                throw new InvalidGlossaryFile(line, "the conceptEntry has no Persian (fa) term.");
            }
            String chosen = preferred != null ? preferred : admitted.isEmpty() ? null : admitted.remove(0);
            if (chosen == null) {
                throw new InvalidGlossaryFile(line, "the conceptEntry has no allowed " + target + " term.");
            }
            return new GlossaryRow(line, new TermRequest(source, chosen, List.copyOf(admitted), List.copyOf(forbidden),
                    partOfSpeech, domain, note));
        }
    }
}
