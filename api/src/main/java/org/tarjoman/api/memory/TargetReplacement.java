package org.tarjoman.api.memory;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.tarjoman.api.persistence.Columns;
import org.tarjoman.core.document.TaggedText;
import org.tarjoman.core.document.TaggedTextLexer;
import org.tarjoman.core.document.TaggedTextLexer.Token;

/**
 * One find-and-replace over targets, applied to one target at a time. Targets are tagged text: the
 * text is searched as the translator reads it (tags removed, {@code &amp;} read as {@code &}), and
 * the inline codes stay exactly where they were, so a replacement cannot break them:
 * <ul>
 *   <li>an occurrence that runs across a code ({@code five</g> billion}) is not rewritten: the unit
 *       is refused and reported, since no replacement text can say where the code should go;</li>
 *   <li>a target that would be left without any text is refused;</li>
 *   <li>text between codes with no occurrence keeps its characters as written (references too); text
 *       that changes is written again with {@code < > &} escaped, so the replacement is plain text.</li>
 * </ul>
 * {@code wholeWord} takes an occurrence only between non-letters (a ZWNJ joins a word, as in Persian).
 * Thread-safe: no state but the compiled pattern.
 */
public final class TargetReplacement {

    /** Letters, marks, digits, {@code _} and ZWNJ make words. */
    private static final String WORD_CHAR = "[\\p{L}\\p{M}\\p{N}_\\u200C]";

    private final String find;
    private final String replace;
    private final Pattern pattern;

    public TargetReplacement(String find, String replace, boolean caseSensitive, boolean wholeWord) {
        if (find == null || find.isEmpty()) {
            throw new IllegalArgumentException("nothing to find");
        }
        this.find = find;
        this.replace = replace == null ? "" : replace;
        String quoted = Pattern.quote(find);
        String regex = wholeWord ? "(?<!" + WORD_CHAR + ")" + quoted + "(?!" + WORD_CHAR + ")" : quoted;
        this.pattern = Pattern.compile(regex, caseSensitive ? 0 : Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    }

    /** What the replacement does to one target. */
    public record Outcome(Kind kind, String target, String reason) {

        public enum Kind { UNCHANGED, REPLACED, REFUSED }

        static Outcome unchanged(String target) {
            return new Outcome(Kind.UNCHANGED, target, null);
        }

        static Outcome refused(String target, String reason) {
            return new Outcome(Kind.REFUSED, target, reason);
        }
    }

    /** A stretch of the target: text between codes, or one code; offsets in the plain text and as written. */
    private record Piece(boolean code, int plainStart, int plainEnd, int writtenStart, int writtenEnd) {
    }

    public Outcome apply(String tagged) {
        StringBuilder plain = new StringBuilder(tagged.length());
        List<Piece> pieces = pieces(tagged, plain);
        List<int[]> found = new ArrayList<>();
        Matcher m = pattern.matcher(plain);
        while (m.find()) {
            found.add(new int[] {m.start(), m.end()});
        }
        if (found.isEmpty()) {
            return Outcome.unchanged(tagged);
        }
        for (int[] hit : found) {
            for (Piece piece : pieces) {
                if (piece.code() && piece.plainStart() > hit[0] && piece.plainStart() < hit[1]) {
                    return Outcome.refused(tagged, "'" + plain.substring(hit[0], hit[1])
                            + "' runs across an inline code, which a replacement cannot place");
                }
            }
        }
        StringBuilder out = new StringBuilder(tagged.length() + found.size() * replace.length());
        StringBuilder newPlain = new StringBuilder(plain.length());
        int next = 0;
        for (Piece piece : pieces) {
            if (piece.code()) {
                out.append(tagged, piece.writtenStart(), piece.writtenEnd());
                continue;
            }
            int at = piece.plainStart();
            boolean changed = false;
            StringBuilder text = new StringBuilder();
            while (next < found.size() && found.get(next)[0] < piece.plainEnd()) {
                int[] hit = found.get(next++);
                text.append(plain, at, hit[0]).append(replace);
                at = hit[1];
                changed = true;
            }
            text.append(plain, at, piece.plainEnd());
            newPlain.append(text);
            if (changed) {
                TaggedText.escape(text.toString(), 0, text.length(), out);
            } else {
                out.append(tagged, piece.writtenStart(), piece.writtenEnd());
            }
        }
        String after = out.toString();
        if (after.equals(tagged)) {
            return Outcome.unchanged(tagged);
        }
        if (newPlain.toString().isBlank()) {
            return Outcome.refused(tagged, "replacing '" + find + "' would leave the target empty");
        }
        if (after.length() > Columns.TEXT) {
            return Outcome.refused(tagged, "the target would be longer than " + Columns.TEXT + " characters");
        }
        return new Outcome(Outcome.Kind.REPLACED, after, null);
    }

    /** The target split into text and codes; its plain text is appended to {@code plain}. */
    private static List<Piece> pieces(String tagged, StringBuilder plain) {
        List<Piece> pieces = new ArrayList<>();
        TaggedTextLexer lexer = TaggedTextLexer.lenient(tagged);
        int textPlain = -1;
        int textWritten = -1;
        for (Token token = lexer.next(); token != Token.END; token = lexer.next()) {
            if (token == Token.TEXT) {
                if (textPlain < 0) {
                    textPlain = plain.length();
                    textWritten = lexer.start();
                }
                lexer.appendText(plain);
            } else {
                if (textPlain >= 0) {
                    pieces.add(new Piece(false, textPlain, plain.length(), textWritten, lexer.start()));
                    textPlain = -1;
                }
                pieces.add(new Piece(true, plain.length(), plain.length(), lexer.start(),
                        lexer.start() + lexer.written().length()));
            }
        }
        if (textPlain >= 0) {
            pieces.add(new Piece(false, textPlain, plain.length(), textWritten, tagged.length()));
        }
        return pieces;
    }
}
