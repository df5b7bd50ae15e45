package org.tarjoman.memory.tmx;

import java.io.CharConversionException;
import java.io.IOException;
import java.io.UncheckedIOException;

import javax.xml.stream.Location;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * TMX's part of reading safely on top of {@link org.tarjoman.core.xml.HardenedXmlInput}: a DOCTYPE with an
 * internal subset refused at its DTD event, before any entity is used, and errors with line and column.
 */
final class SafeStax {

    private SafeStax() {
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
        if (e.getNestedException() instanceof CharConversionException bytes) {
            // the file's fault, not the disk's: bytes that are not the declared encoding
            Location location = e.getLocation();
            return new TmxFormatException(location == null ? -1 : location.getLineNumber(),
                    location == null ? -1 : location.getColumnNumber(),
                    "the bytes are not valid in the file's encoding (UTF-8 unless declared): " + bytes.getMessage(), e);
        }
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
}
