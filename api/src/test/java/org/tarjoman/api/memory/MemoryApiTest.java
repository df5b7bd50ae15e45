package org.tarjoman.api.memory;

import io.quarkus.test.junit.QuarkusTest;

/** The translation memory API on the embedded H2 file database. */
@QuarkusTest
class MemoryApiTest extends MemoryApiSpec {
}
