package org.tarjoman.memory.testing;

import java.nio.file.Path;

/**
 * The repository's {@code test-data} folder (see its README for sources and licences): the system
 * property {@code tests.data}, set by the root pom for surefire and by the bench executions, else
 * {@code ../test-data} from the module folder, an IDE's working directory.
 */
public final class TestData {

    private TestData() {
    }

    /**
     * A file of NTREX-128 newstest2019, one news segment a line, aligned across languages:
     * {@code newstest2019-ref.fas.txt} (Persian), {@code -src.eng.txt}, {@code -ref.rus.txt}.
     */
    public static Path ntrex(String file) {
        return folder().resolve("ntrex128").resolve(file);
    }

    private static Path folder() {
        String configured = System.getProperty("tests.data");
        return configured != null && !configured.isBlank() ? Path.of(configured) : Path.of("../test-data");
    }
}
