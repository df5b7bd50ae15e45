package org.tarjoman.api.glossary;

import io.quarkus.test.junit.QuarkusTest;

/** The glossary's REST API on the embedded H2 file database. */
@QuarkusTest
class GlossaryApiTest extends GlossaryApiSpec {
}
