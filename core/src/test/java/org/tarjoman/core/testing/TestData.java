package org.tarjoman.core.testing;

import java.nio.file.Path;

/**
 * The repository's {@code test-data} folder (see its README for sources and licences): the system
 * property {@code tests.data}, set by the root pom for surefire and by the bench execution, else
 * {@code ../test-data} from the module folder, an IDE's working directory.
 */
public final class TestData {

    private TestData() {
    }

    /** A real IRNA news article as a newsroom sends it. */
    public static Path irnaArticle() {
        return folder().resolve("samples/irna-moscow-visit-fa.txt");
    }

    /** NTREX-128 newstest2019 in Persian, one news segment a line. */
    public static Path ntrexPersian() {
        return folder().resolve("ntrex128/newstest2019-ref.fas.txt");
    }

    /** The NTREX-128 document id of each line of {@link #ntrexPersian()}, one a line. */
    public static Path ntrexDocumentIds() {
        return folder().resolve("ntrex128/DOCUMENT_IDS.tsv");
    }

    /** The dev sentences of UD Persian PerDT, one a line: a gold standard for sentence boundaries. */
    public static Path udPersianSentences() {
        return folder().resolve("ud-persian-perdt/dev-sentences.txt");
    }

    private static Path folder() {
        String configured = System.getProperty("tests.data");
        return configured != null && !configured.isBlank() ? Path.of(configured) : Path.of("../test-data");
    }
}
