package org.tarjoman.core.xml;

import javax.xml.stream.Location;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import javax.xml.stream.util.StreamReaderDelegate;

import org.tarjoman.core.limits.DocumentLimit;
import org.tarjoman.core.limits.DocumentLimitExceeded;

/**
 * Counts the elements open as the parser streams and refuses a document nested deeper than
 * {@link DocumentLimit#NESTING_DEPTH} at the start tag that crosses it. The XLIFF and TMX readers go
 * through it, so code that recurses once per element level (inline codes, groups) never goes deeper.
 */
public final class DepthLimitedReader extends StreamReaderDelegate {

    private int depth;

    public DepthLimitedReader(XMLStreamReader reader) {
        super(reader);
    }

    @Override
    public int next() throws XMLStreamException {
        int event = super.next();
        if (event == XMLStreamConstants.START_ELEMENT) {
            if (DocumentLimit.NESTING_DEPTH.exceededBy(++depth)) {
                Location location = getLocation();
                throw new DocumentLimitExceeded(DocumentLimit.NESTING_DEPTH, location == null ? -1 : location.getLineNumber());
            }
        } else if (event == XMLStreamConstants.END_ELEMENT) {
            depth--;
        }
        return event;
    }

    /** Through {@link #next()}, so that no start tag escapes the count. */
    @Override
    public int nextTag() throws XMLStreamException {
        int event = next();
        while (event == XMLStreamConstants.SPACE || event == XMLStreamConstants.COMMENT
                || event == XMLStreamConstants.PROCESSING_INSTRUCTION
                || (event == XMLStreamConstants.CHARACTERS || event == XMLStreamConstants.CDATA) && isWhiteSpace()) {
            event = next();
        }
        if (event != XMLStreamConstants.START_ELEMENT && event != XMLStreamConstants.END_ELEMENT) {
            throw new XMLStreamException("expected a start or end tag", getLocation());
        }
        return event;
    }
}
