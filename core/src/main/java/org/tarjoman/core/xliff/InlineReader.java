package org.tarjoman.core.xliff;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

import org.tarjoman.core.document.InvalidTaggedTextException;
import org.tarjoman.core.xliff.InlineTokens.Kind;
import org.tarjoman.core.xliff.InlineTokens.Token;
import org.tarjoman.core.xml.StaxCursor;

/**
 * The content of a {@code source} or {@code target} as tokens, whichever inline elements a tool
 * chose. The content of 1.2 native-code elements ({@code bpt}, {@code ph}…) and of elements we do not
 * know is not text: only the ids matter.
 */
final class InlineReader {

    private final XMLStreamReader xml;
    private final boolean v2;
    private final String unitId;
    /** 1.2 {@code rid} → the id of the {@code bpt}/{@code bx} that opened it. */
    private final Map<String, Integer> rids = new HashMap<>();

    InlineReader(XMLStreamReader xml, boolean v2, String unitId) {
        this.xml = xml;
        this.v2 = v2;
        this.unitId = unitId;
    }

    /** Reads the current element's content up to and including its end tag. */
    List<Token> read() throws XMLStreamException {
        List<Token> tokens = new ArrayList<>();
        content(tokens);
        return tokens;
    }

    /** Tagged text of the current element's content. */
    String tagged() throws XMLStreamException {
        int line = SafeXml.line(xml);
        List<Token> tokens = read();
        try {
            return InlineTokens.render(tokens);
        } catch (InvalidTaggedTextException e) {
            throw new XliffFormatException(e.getMessage(), line, unitId);
        }
    }

    private void content(List<Token> tokens) throws XMLStreamException {
        while (true) {
            switch (xml.next()) {
                case XMLStreamConstants.CHARACTERS, XMLStreamConstants.CDATA, XMLStreamConstants.SPACE ->
                        tokens.add(Token.text(xml.getText()));
                case XMLStreamConstants.START_ELEMENT -> element(tokens);
                case XMLStreamConstants.END_ELEMENT -> {
                    return;
                }
                default -> {
                }
            }
        }
    }

    private void element(List<Token> tokens) throws XMLStreamException {
        boolean ours = (v2 ? Xliff2Writer.NS : Xliff12Writer.NS).equals(xml.getNamespaceURI());
        String name = ours ? xml.getLocalName() : "";
        if (v2) {
            switch (name) {
                case "pc" -> {
                    int id = id("id");
                    tokens.add(Token.code(Kind.OPENING, id));
                    content(tokens);
                    tokens.add(Token.code(Kind.CLOSING, id));
                }
                case "ph" -> single(tokens, Kind.PLACEHOLDER, id("id"));
                case "sc" -> single(tokens, Kind.OPENING, id("id"));
                case "ec" -> single(tokens, Kind.CLOSING, StaxCursor.attribute(xml, "startRef") != null ? id("startRef") : id("id"));
                case "cp" -> {
                    tokens.add(Token.text(Character.toString(hex(StaxCursor.attribute(xml, "hex")))));
                    StaxCursor.skip(xml);
                }
                case "mrk" -> content(tokens);
                default -> StaxCursor.skip(xml); // sm, em, other namespaces
            }
            return;
        }
        switch (name) {
            case "g" -> {
                int id = id("id");
                tokens.add(Token.code(Kind.OPENING, id));
                content(tokens);
                tokens.add(Token.code(Kind.CLOSING, id));
            }
            case "x", "ph" -> single(tokens, Kind.PLACEHOLDER, id("id"));
            case "bx", "bpt" -> {
                int id = id("id");
                String rid = StaxCursor.attribute(xml, "rid");
                rids.put(rid != null ? rid : Integer.toString(id), id);
                single(tokens, Kind.OPENING, id);
            }
            case "ex", "ept" -> {
                String rid = StaxCursor.attribute(xml, "rid");
                Integer opened = rids.get(rid != null ? rid : StaxCursor.attribute(xml, "id"));
                single(tokens, Kind.CLOSING, opened != null ? opened : id("id"));
            }
            case "it" -> single(tokens, "close".equals(StaxCursor.attribute(xml, "pos")) ? Kind.CLOSING : Kind.OPENING, id("id"));
            case "mrk" -> content(tokens);
            default -> StaxCursor.skip(xml); // sub outside a code, other namespaces
        }
    }

    /** A code element whose content (native data, sub-flows) is skipped. */
    private void single(List<Token> tokens, Kind kind, int id) throws XMLStreamException {
        tokens.add(Token.code(kind, id));
        StaxCursor.skip(xml);
    }

    private int id(String attribute) {
        String value = StaxCursor.attribute(xml, attribute);
        if (value == null) {
            throw new XliffFormatException("<" + xml.getLocalName() + "> has no " + attribute, SafeXml.line(xml), unitId);
        }
        try {
            return Integer.parseInt(value.trim());
        } catch (NumberFormatException e) {
            throw new XliffFormatException("inline code <" + xml.getLocalName() + " " + attribute + "=\"" + value
                    + "\"> is not one of the unit's codes (ids are numbers)", SafeXml.line(xml), unitId);
        }
    }

    private int hex(String value) {
        try {
            int cp = Integer.parseInt(value.trim(), 16);
            if (Character.isValidCodePoint(cp)) {
                return cp;
            }
        } catch (NumberFormatException | NullPointerException e) {
            // reported below
        }
        throw new XliffFormatException("<cp hex=\"" + value + "\"> is not a code point", SafeXml.line(xml), unitId);
    }
}
