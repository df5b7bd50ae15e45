package org.tarjoman.api.glossary;

import io.quarkus.test.junit.QuarkusTest;

/** The glossary in tasks on the embedded H2 file database. */
@QuarkusTest
class GlossaryInTasksTest extends GlossaryInTasksSpec {
}
