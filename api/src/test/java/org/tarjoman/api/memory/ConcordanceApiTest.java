package org.tarjoman.api.memory;

import io.quarkus.test.junit.QuarkusTest;

/** Target-side concordance through REST on the embedded H2 file database. */
@QuarkusTest
class ConcordanceApiTest extends ConcordanceApiSpec {
}
