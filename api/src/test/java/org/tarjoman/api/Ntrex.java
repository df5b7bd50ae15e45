package org.tarjoman.api;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** The NTREX-128 news corpus (Microsoft, CC BY-SA 4.0) from the repository's test-data folder: aligned fa, en and ru lines. */
public final class Ntrex {

    private Ntrex() {
    }

    public static List<String> persian() {
        return lines("newstest2019-ref.fas.txt");
    }

    public static List<String> english() {
        return lines("newstest2019-src.eng.txt");
    }

    public static List<String> russian() {
        return lines("newstest2019-ref.rus.txt");
    }

    private static List<String> lines(String file) {
        Path dir = Path.of(System.getProperty("tests.data", "../test-data"), "ntrex128");
        try {
            return Files.readAllLines(dir.resolve(file), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("NTREX data not found under " + dir.toAbsolutePath(), e);
        }
    }
}
