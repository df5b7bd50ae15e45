package org.tarjoman.memory.tmx;

import java.io.InputStream;
import java.util.OptionalLong;

import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

import org.tarjoman.core.xml.HardenedXmlInput;

/**
 * How many {@code <tu>} a TMX file holds, counted by a streaming pass before the import reads it, so that
 * an import's progress has a total from its first unit. It only counts: a file it cannot read to the end
 * (malformed XML, a DOCTYPE with an internal subset, an entity reference) has no count, and the import
 * itself then says what is wrong with it, with line and column.
 */
public final class TmxUnitCount {

    private TmxUnitCount() {
    }

    /** The number of {@code <tu>} elements, or none if the stream is not well-formed XML (the stream is not closed). */
    public static OptionalLong of(InputStream in) {
        XMLStreamReader xml = null;
        try {
            xml = HardenedXmlInput.newFactory().createXMLStreamReader(in);
            long units = 0;
            while (xml.hasNext()) {
                int event = xml.next();
                if (event == XMLStreamConstants.START_ELEMENT && "tu".equals(xml.getLocalName())) {
                    units++;
                } else if (event == XMLStreamConstants.DTD && xml.getText().indexOf('[') >= 0
                        || event == XMLStreamConstants.ENTITY_REFERENCE) {
                    return OptionalLong.empty(); // refused by the import; no entity is expanded here either
                }
            }
            return OptionalLong.of(units);
        } catch (XMLStreamException | RuntimeException e) {
            return OptionalLong.empty();
        } finally {
            close(xml);
        }
    }

    private static void close(XMLStreamReader xml) {
        if (xml != null) {
            try {
                xml.close();
            } catch (XMLStreamException e) {
                // nothing held but the caller's stream, which stays open
            }
        }
    }
}
