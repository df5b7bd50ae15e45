package org.tarjoman.api.segmentation;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

import org.tarjoman.api.problem.ApiException;
import org.tarjoman.api.problem.ProblemKind;

/** Decodes an article body strictly: invalid UTF-8 is refused, never replaced with U+FFFD. */
public final class ArticleText {

    private ArticleText() {
    }

    public static String decode(byte[] body) {
        try {
            String text = StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(body))
                    .toString();
            return text.startsWith("\uFEFF") ? text.substring(1) : text;
        } catch (CharacterCodingException e) {
            throw new ApiException(ProblemKind.INVALID_ENCODING,
                    "The body is not valid UTF-8 (first bad byte at offset " + firstBadByte(body) + ").");
        }
    }

    /** Offset of the first byte that does not start or continue a valid UTF-8 sequence. */
    private static int firstBadByte(byte[] body) {
        var decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(body);
        var out = java.nio.CharBuffer.allocate(body.length + 1);
        var result = decoder.decode(in, out, true);
        return result.isError() ? in.position() : body.length;
    }
}
