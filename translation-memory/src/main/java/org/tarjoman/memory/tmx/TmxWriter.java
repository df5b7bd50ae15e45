package org.tarjoman.memory.tmx;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Iterator;
import java.util.List;
import java.util.Objects;

import javax.xml.XMLConstants;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

import org.tarjoman.core.document.InlineCode;
import org.tarjoman.core.xml.XmlChars;
import org.tarjoman.memory.LanguagePair;
import org.tarjoman.memory.TranslationUnit;

/**
 * Writes TMX 1.4b as a stream: the header when created, then one {@code tu} per {@link #write} call, so
 * a million units export in constant memory. Each {@code tu} carries {@code tuid} (the unit id),
 * creation and change date ({@code YYYYMMDDThhmmssZ}, whole seconds) and id (the author),
 * {@code usagecount}, the props {@code x-origin}, {@code x-context-prev}, {@code x-context-next}, then
 * the source and target {@code tuv}. Inline codes are written back with their native markup:
 * a pair as {@code bpt}/{@code ept} ({@code i} = id), a placeholder as {@code ph}, an isolated code
 * as {@code it} ({@code x} = id). No DOCTYPE is written: readers that refuse DTDs take the file as is.
 *
 * <p>Text is escaped by the StAX writer ({@code <} {@code &} {@code >}; {@code "} in attributes), a
 * carriage return written as {@code &#13;}. A unit that cannot be written (invalid tagged text, a
 * character XML cannot carry, see {@link XmlChars}) is refused before any of it is written.
 *
 * <p>{@link #close()} ends the document and flushes; the output stream stays open for its owner. After
 * a refused unit the document is never ended: a TMX cut short must not look like a whole one.
 */
public final class TmxWriter implements AutoCloseable {

    public static final String CREATION_TOOL = "Tarjoman";

    /** The header's {@code datatype}: what the native code data is. */
    public enum DataType {
        PLAINTEXT("plaintext"), HTML("html");

        private final String value;

        DataType(String value) {
            this.value = value;
        }

        public String value() {
            return value;
        }
    }

    private final XMLStreamWriter xml;
    private final LanguagePair pair;
    private long written;
    private boolean closed;
    private boolean failed;

    /** A plaintext TMX with this library's version as {@code creationtoolversion}. */
    public TmxWriter(OutputStream out, LanguagePair pair) {
        this(out, pair, DataType.PLAINTEXT, version());
    }

    public TmxWriter(OutputStream out, LanguagePair pair, DataType dataType, String toolVersion) {
        this.pair = Objects.requireNonNull(pair, "pair");
        Objects.requireNonNull(dataType, "dataType");
        Objects.requireNonNull(toolVersion, "toolVersion");
        try {
            xml = XMLOutputFactory.newDefaultFactory().createXMLStreamWriter(out, StandardCharsets.UTF_8.name());
            xml.writeStartDocument(StandardCharsets.UTF_8.name(), "1.0");
            xml.writeCharacters("\n");
            xml.writeStartElement("tmx");
            xml.writeAttribute("version", "1.4");
            xml.writeCharacters("\n  ");
            xml.writeEmptyElement("header");
            xml.writeAttribute("creationtool", CREATION_TOOL);
            xml.writeAttribute("creationtoolversion", toolVersion);
            xml.writeAttribute("segtype", "sentence");
            xml.writeAttribute("o-tmf", CREATION_TOOL);
            xml.writeAttribute("adminlang", "en");
            xml.writeAttribute("srclang", pair.source());
            xml.writeAttribute("datatype", dataType.value());
            xml.writeCharacters("\n  ");
            xml.writeStartElement("body");
        } catch (XMLStreamException e) {
            throw unchecked(e);
        }
    }

    /** Writes a unit whose codes' native markup is unknown (codes export with empty content). */
    public void write(TranslationUnit unit) {
        write(TmxUnit.of(unit));
    }

    /**
     * Writes one {@code tu}.
     *
     * @throws IllegalArgumentException if the unit belongs to another pair
     * @throws org.tarjoman.core.document.InvalidTaggedTextException if its source or target is not
     *                                                               valid tagged text
     */
    public void write(TmxUnit tmxUnit) {
        TranslationUnit unit = tmxUnit.unit();
        if (closed) {
            throw new IllegalStateException("the TMX is already closed");
        }
        TmxSegment source;
        TmxSegment target;
        try {
            if (!unit.pair().equals(pair)) {
                throw new IllegalArgumentException("unit " + unit.id() + " is " + unit.pair() + ", this TMX is " + pair);
            }
            source = TmxSegment.fromTagged(unit.source(), tmxUnit.sourceCodes());
            target = TmxSegment.fromTagged(unit.target(), tmxUnit.targetCodes());
            requireWritable(unit, source, target);
        } catch (RuntimeException e) {
            failed = true;
            throw e;
        }
        try {
            xml.writeCharacters("\n    ");
            xml.writeStartElement("tu");
            if (unit.id() != 0) {
                xml.writeAttribute("tuid", Long.toString(unit.id()));
            }
            xml.writeAttribute("creationdate", TmxDates.format(unit.createdAt()));
            if (unit.author() != null) {
                xml.writeAttribute("creationid", unit.author());
            }
            xml.writeAttribute("changedate", TmxDates.format(unit.changedAt()));
            if (unit.author() != null) {
                xml.writeAttribute("changeid", unit.author());
            }
            xml.writeAttribute("usagecount", Integer.toString(unit.usageCount()));
            property(TmxProperties.ORIGIN, unit.origin());
            property(TmxProperties.CONTEXT_PREVIOUS, unit.previousSource());
            property(TmxProperties.CONTEXT_NEXT, unit.nextSource());
            variant(pair.source(), source);
            variant(pair.target(), target);
            xml.writeCharacters("\n    ");
            xml.writeEndElement();
            written++;
        } catch (XMLStreamException | RuntimeException e) {
            failed = true;
            throw e instanceof XMLStreamException x ? unchecked(x) : (RuntimeException) e;
        }
    }

    /** Every string of the unit that goes into the file, checked before any of it is written. */
    private static void requireWritable(TranslationUnit unit, TmxSegment source, TmxSegment target) {
        String what = "unit " + unit.id() + "'s ";
        XmlChars.requireLegal(what + "author", unit.author());
        XmlChars.requireLegal(what + "origin", unit.origin());
        XmlChars.requireLegal(what + "previous source", unit.previousSource());
        XmlChars.requireLegal(what + "next source", unit.nextSource());
        for (TmxSegment segment : List.of(source, target)) {
            String side = what + (segment == source ? "source" : "target");
            XmlChars.requireLegal(side, segment.text());
            for (InlineCode code : segment.codes()) {
                XmlChars.requireLegal(side + " code " + code.id(), code.data());
                XmlChars.requireLegal(side + " code " + code.id() + " type", code.type());
            }
        }
    }

    /** Writes every unit the iterator gives, pulling one at a time. */
    public void writeAll(Iterator<TmxUnit> units) {
        while (units.hasNext()) {
            write(units.next());
        }
    }

    /** Number of {@code tu}s written so far. */
    public long written() {
        return written;
    }

    /** Ends {@code body} and {@code tmx} and flushes; idempotent. */
    @Override
    public void close() {
        if (closed) {
            return;
        }
        closed = true;
        if (failed) {
            return;
        }
        try {
            xml.writeCharacters("\n  ");
            xml.writeEndElement();
            xml.writeCharacters("\n");
            xml.writeEndElement();
            xml.writeCharacters("\n");
            xml.writeEndDocument();
            xml.flush();
            xml.close();
        } catch (XMLStreamException e) {
            throw unchecked(e);
        }
    }

    private void property(String type, String value) throws XMLStreamException {
        if (value == null) {
            return;
        }
        xml.writeCharacters("\n      ");
        xml.writeStartElement("prop");
        xml.writeAttribute("type", type);
        XmlChars.write(xml, type, value);
        xml.writeEndElement();
    }

    private void variant(String language, TmxSegment segment) throws XMLStreamException {
        xml.writeCharacters("\n      ");
        xml.writeStartElement("tuv");
        xml.writeAttribute(XMLConstants.XML_NS_PREFIX, XMLConstants.XML_NS_URI, "lang", language);
        xml.writeStartElement("seg");
        String text = segment.text();
        int at = 0;
        for (InlineCode code : segment.codes()) {
            XmlChars.write(xml, "seg", text.substring(at, code.offset()));
            at = code.offset();
            code(code, segment.isPaired(code));
        }
        XmlChars.write(xml, "seg", text.substring(at));
        xml.writeEndElement();
        xml.writeEndElement();
    }

    private void code(InlineCode code, boolean paired) throws XMLStreamException {
        String id = Integer.toString(code.id());
        switch (code.kind()) {
            case OPENING -> {
                xml.writeStartElement(paired ? "bpt" : "it");
                if (paired) {
                    xml.writeAttribute("i", id);
                } else {
                    xml.writeAttribute("pos", "begin");
                    xml.writeAttribute("x", id);
                }
                type(code);
            }
            case CLOSING -> {
                xml.writeStartElement(paired ? "ept" : "it");
                if (paired) {
                    xml.writeAttribute("i", id);
                } else {
                    xml.writeAttribute("pos", "end");
                    xml.writeAttribute("x", id);
                    type(code);
                }
            }
            case PLACEHOLDER -> {
                xml.writeStartElement("ph");
                xml.writeAttribute("x", id);
                type(code);
            }
        }
        XmlChars.write(xml, "code", code.data());
        xml.writeEndElement();
    }

    private void type(InlineCode code) throws XMLStreamException {
        if (code.type() != null && !code.type().isEmpty()) {
            xml.writeAttribute("type", code.type());
        }
    }

    private static String version() {
        String version = TmxWriter.class.getPackage().getImplementationVersion();
        return version == null ? "dev" : version;
    }

    private static UncheckedIOException unchecked(XMLStreamException e) {
        return e.getNestedException() instanceof IOException io ? new UncheckedIOException(io)
                : new UncheckedIOException(new IOException(e.getMessage(), e));
    }
}
