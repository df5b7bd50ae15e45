package org.tarjoman.api.memory;

import io.quarkus.test.junit.QuarkusTest;

/** Import progress, listing and cancelling on the embedded H2 file database. */
@QuarkusTest
class ImportProgressTest extends ImportProgressSpec {
}
