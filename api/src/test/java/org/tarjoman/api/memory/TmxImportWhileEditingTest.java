package org.tarjoman.api.memory;

import io.quarkus.test.junit.QuarkusTest;

/** Saves during an import on the embedded H2 file database. */
@QuarkusTest
class TmxImportWhileEditingTest extends TmxImportWhileEditingSpec {
}
