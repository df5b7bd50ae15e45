package org.tarjoman.api.glossary.file;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

import org.tarjoman.api.glossary.InvalidGlossaryFile;

/** An uploaded text file decoded as strict UTF-8: a Windows-1256 export from Excel is refused, not garbled. */
public final class Utf8Body {

    private Utf8Body() {
    }

    public static String read(InputStream body) {
        try {
            byte[] bytes = body.readAllBytes();
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            throw new InvalidGlossaryFile(0, "The file is not UTF-8 (save it as \"CSV UTF-8\").");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
