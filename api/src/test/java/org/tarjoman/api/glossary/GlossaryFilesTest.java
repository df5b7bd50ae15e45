package org.tarjoman.api.glossary;

import io.quarkus.test.junit.QuarkusTest;

/** Glossary files on the embedded H2 file database. */
@QuarkusTest
class GlossaryFilesTest extends GlossaryFilesSpec {
}
