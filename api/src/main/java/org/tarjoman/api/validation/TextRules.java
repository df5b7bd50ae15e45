package org.tarjoman.api.validation;

import org.tarjoman.core.document.InvalidTaggedTextException;
import org.tarjoman.core.document.TaggedTextLexer;
import org.tarjoman.core.xml.XmlChars;

/**
 * What text the API accepts, as messages for the client (null when the text is fine). Every text we
 * store leaves again as XML, so:
 * <ul>
 *   <li>plain text holds only characters XML 1.0 can carry ({@link XmlChars}: no NUL or other C0
 *       control but tab, line feed and carriage return, no U+FFFE/U+FFFF, no unpaired surrogate);</li>
 *   <li>a one-line value (a name, an id, a URL) holds no control character at all (C0, DEL, C1);</li>
 *   <li>tagged text ({@code <g id="1">…</g>}, {@code &lt;}) obeys the same rule in its characters and in
 *       what its references stand for ({@code &#1;} is refused as U+0001 is), and, when it must be well
 *       formed (a memory unit's source and target, which TMX writes back as inline codes), has only
 *       the tags and references of {@link TaggedTextLexer}: {@code <script>} is refused, {@code &lt;script>}
 *       is text.</li>
 * </ul>
 * Messages quote no more of the text than a tag's name; {@link TextValidator} hands them to Bean
 * Validation as literal text, never as a template to interpolate.
 */
public final class TextRules {

    /** The message of the length constraints ({@code @Size(max = …, message = AT_MOST)}). */
    public static final String AT_MOST = "must have at most {max} characters";

    private TextRules() {
    }

    /** Null when {@code value} is acceptable text of this kind, else what is wrong. */
    public static String problem(Text.Kind kind, String value) {
        return switch (kind) {
            case PLAIN -> plain(value, false);
            case ONE_LINE -> plain(value, true);
            case TAGGED -> tagged(value, false);
            case WELL_FORMED_TAGGED -> tagged(value, true);
        };
    }

    /** Null when {@code value} is acceptable plain text, else what is wrong. */
    public static String plain(String value, boolean singleLine) {
        String illegal = illegal(value);
        if (illegal != null || value == null) {
            return illegal;
        }
        if (singleLine) {
            for (int i = 0; i < value.length(); i++) {
                if (Character.getType(value.charAt(i)) == Character.CONTROL) {
                    return "must be one line without control characters (" + XmlChars.describe(value, i) + ")";
                }
            }
        }
        return null;
    }

    /** {@link #length} first, then {@link #plain(String, boolean)}: for values checked by hand (headers, file names). */
    public static String plain(String value, int max, boolean singleLine) {
        String problem = length(value, max);
        return problem != null ? problem : plain(value, singleLine);
    }

    /** Null when {@code value} is acceptable tagged text, else what is wrong. */
    public static String tagged(String value, boolean wellFormed) {
        String illegal = illegal(value);
        if (illegal != null || value == null || value.indexOf('<') < 0 && value.indexOf('&') < 0) {
            return illegal;
        }
        TaggedTextLexer lexer = wellFormed ? TaggedTextLexer.strict(value) : TaggedTextLexer.lenient(value);
        StringBuilder decoded = new StringBuilder(value.length());
        try {
            for (TaggedTextLexer.Token token = lexer.next(); token != TaggedTextLexer.Token.END; token = lexer.next()) {
                if (token == TaggedTextLexer.Token.TEXT) {
                    lexer.appendText(decoded);
                }
            }
        } catch (InvalidTaggedTextException e) {
            return "is not valid tagged text: " + withoutQuote(e.getMessage());
        }
        String referred = XmlChars.problem(decoded);
        return referred == null ? null
                : "must not refer to a character XML cannot carry (" + referred.replace("at character", "at plain-text character")
                + ")";
    }

    /** Null when {@code value} has at most {@code max} characters, else the message the {@code @Size} constraints use. */
    public static String length(String value, int max) {
        return value == null || value.length() <= max ? null : AT_MOST.replace("{max}", Integer.toString(max));
    }

    /** Null for null or text whose every character XML can carry, else what is wrong. */
    private static String illegal(String value) {
        String problem = value == null ? null : XmlChars.problem(value);
        return problem == null ? null : "must not contain " + problem + ": XML cannot carry it";
    }

    /** The lexer's message without the text it quotes: {@code unknown tag <script>… (at 5 in "…")}. */
    private static String withoutQuote(String message) {
        int quote = message.indexOf(" in \"");
        int open = message.lastIndexOf(" (at ", quote < 0 ? message.length() : quote);
        if (quote < 0 || open < 0) {
            return message;
        }
        String at = message.substring(open + " (at ".length(), quote);
        String problem = message.substring(0, open);
        return problem + " (at character " + (Integer.parseInt(at) + 1) + ")";
    }
}
