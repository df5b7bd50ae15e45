package org.tarjoman.api.memory;

import io.quarkus.test.junit.QuarkusTest;

/** Named memories on the embedded H2 file database. */
@QuarkusTest
class NamedMemoryApiTest extends NamedMemoryApiSpec {
}
