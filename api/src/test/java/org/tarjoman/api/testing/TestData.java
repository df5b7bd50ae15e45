package org.tarjoman.api.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Real text from the repository's {@code test-data} folder (see its README for sources and
 * licences): the system property {@code tests.data}, set by the root pom for surefire, else
 * {@code ../test-data} from the module folder, an IDE's working directory.
 */
public final class TestData {

    private TestData() {
    }

    /** A real IRNA news article as a newsroom sends it: headline, subheadings, no ZWNJ. */
    public static String irnaMoscowVisit() {
        return read("samples/irna-moscow-visit-fa.txt");
    }

    /** The IRNA article as a Word file (.docx): its paragraphs, right to left (see test-data/README.md). */
    public static byte[] irnaMoscowVisitDocx() {
        try {
            return Files.readAllBytes(irnaMoscowVisitDocxFile());
        } catch (IOException e) {
            throw missing("samples/irna-moscow-visit-fa.docx", e);
        }
    }

    public static Path irnaMoscowVisitDocxFile() {
        return path("samples/irna-moscow-visit-fa.docx").toAbsolutePath();
    }

    /** NTREX-128 newstest2019 (Microsoft, CC BY-SA 4.0): news segments aligned line by line across languages. */
    public static List<String> ntrexPersian() {
        return lines("ntrex128/newstest2019-ref.fas.txt");
    }

    public static List<String> ntrexEnglish() {
        return lines("ntrex128/newstest2019-src.eng.txt");
    }

    public static List<String> ntrexRussian() {
        return lines("ntrex128/newstest2019-ref.rus.txt");
    }

    private static String read(String file) {
        try {
            return Files.readString(path(file), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw missing(file, e);
        }
    }

    private static List<String> lines(String file) {
        try {
            return Files.readAllLines(path(file), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw missing(file, e);
        }
    }

    private static UncheckedIOException missing(String file, IOException e) {
        return new UncheckedIOException("test data not found: " + path(file).toAbsolutePath(), e);
    }

    private static Path path(String file) {
        String configured = System.getProperty("tests.data");
        Path folder = configured != null && !configured.isBlank() ? Path.of(configured) : Path.of("../test-data");
        return folder.resolve(file);
    }
}
