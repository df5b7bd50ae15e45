package org.tarjoman.core.document;

/** Reads an article in one source format into a segmented {@link Document}. Thread-safe. */
public interface ArticleReader {

    Document read(String content, String language);
}
