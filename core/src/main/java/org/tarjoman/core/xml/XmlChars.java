package org.tarjoman.core.xml;

import java.util.Locale;

import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/**
 * The characters a text may hold, because every text we store leaves again as XML (XLIFF, TMX) and
 * XML 1.0 (§2.2, production {@code Char}) can carry only these, escaped or not:
 * <pre>
 *   U+0009 tab, U+000A line feed, U+000D carriage return,
 *   U+0020–U+D7FF, U+E000–U+FFFD, and U+10000–U+10FFFF written as a surrogate pair.
 * </pre>
 * So NUL and the other C0 controls, U+FFFE and U+FFFF, and a surrogate without its partner (JSON
 * allows {@code "\ud800"}) are refused where text comes in, and a writer never emits them: no
 * reference can stand for them in XML 1.0 ({@code &#1;} is as ill-formed as the raw byte).
 *
 * <p>Writing text, {@link #write} also keeps a carriage return: raw, a parser would read it back as a
 * line feed (§2.11), so it goes out as {@code &#13;}.
 */
public final class XmlChars {

    private static final char CR = '\r';

    private XmlChars() {
    }

    /** Where the first character XML cannot carry is, or -1. */
    public static int firstIllegal(CharSequence text) {
        int length = text.length();
        for (int i = 0; i < length; i++) {
            char c = text.charAt(i);
            if (c >= 0x20 && c < 0xD800 || c == '\t' || c == '\n' || c == CR || c >= 0xE000 && c <= 0xFFFD) {
                continue;
            }
            if (Character.isHighSurrogate(c) && i + 1 < length && Character.isLowSurrogate(text.charAt(i + 1))) {
                i++;
                continue;
            }
            return i;
        }
        return -1;
    }

    public static boolean isLegal(CharSequence text) {
        return firstIllegal(text) < 0;
    }

    /**
     * What is wrong at {@code at}, for a client: {@code "U+0001 at character 12"} or {@code "an
     * unpaired surrogate U+D800 at character 12"} (characters counted from 1, in UTF-16 units).
     */
    public static String describe(CharSequence text, int at) {
        char c = text.charAt(at);
        String code = String.format(Locale.ROOT, "U+%04X", (int) c);
        String where = " at character " + (at + 1);
        return Character.isSurrogate(c) ? "an unpaired surrogate " + code + where : code + where;
    }

    /** Null when every character can be carried, else {@link #describe} of the first that cannot. */
    public static String problem(CharSequence text) {
        int at = firstIllegal(text);
        return at < 0 ? null : describe(text, at);
    }

    /**
     * @throws IllegalArgumentException naming {@code what} and the character, when {@code text} holds one
     *                                  XML cannot carry
     */
    public static void requireLegal(String what, CharSequence text) {
        String problem = text == null ? null : problem(text);
        if (problem != null) {
            throw new IllegalArgumentException(what + " holds " + problem + ", which XML 1.0 cannot carry");
        }
    }

    /**
     * Writes text content: {@code <}, {@code &} and {@code >} escaped by the writer, a carriage return
     * as a reference.
     *
     * @throws IllegalArgumentException before writing anything, if the text holds a character XML cannot carry
     */
    public static void write(XMLStreamWriter xml, String what, String text) throws XMLStreamException {
        requireLegal(what, text);
        int at = 0;
        for (int cr = text.indexOf(CR); cr >= 0; cr = text.indexOf(CR, at)) {
            xml.writeCharacters(text.substring(at, cr));
            xml.writeEntityRef("#13");
            at = cr + 1;
        }
        xml.writeCharacters(text.substring(at));
    }
}
