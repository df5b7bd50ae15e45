package org.tarjoman.memory.bench;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Random;

import org.tarjoman.core.document.TaggedText;

import org.tarjoman.memory.LanguagePair;
import org.tarjoman.memory.TranslationUnit;
import org.tarjoman.memory.tmx.TmxWriter;

/**
 * Writes a fa→en TMX of recombined NTREX units ({@link NtrexCorpus}) for the import benchmark
 * ({@code bench/tm-import.sh}): {@code TmxFileGenerator <units> <file>}.
 */
public final class TmxFileGenerator {

    private TmxFileGenerator() {
    }

    public static void main(String[] args) throws IOException {
        int units = Integer.parseInt(args[0]);
        Path file = Path.of(args[1]);
        LanguagePair pair = LanguagePair.parse("fa-en");
        NtrexCorpus corpus = NtrexCorpus.load();
        Random random = new Random(units);
        Instant t0 = Instant.parse("2024-01-01T00:00:00Z");
        Files.createDirectories(file.toAbsolutePath().getParent());
        try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(file), 1 << 16);
             TmxWriter writer = new TmxWriter(out, pair)) {
            for (int i = 0; i < units; i++) {
                String[] generated = corpus.generate(random);
                Instant at = t0.plusSeconds(i);
                // Units hold tagged text: escape the corpus's plain text ("&" occurs in it).
                writer.write(new TranslationUnit(0, pair, TaggedText.of(generated[0], List.of()),
                        TaggedText.of(generated[1], List.of()), null, null, "bench", "bench", at, at, random.nextInt(5)));
            }
        }
        System.out.printf("%,d units written to %s (%,d MB)%n", units, file, Files.size(file) >> 20);
    }
}
