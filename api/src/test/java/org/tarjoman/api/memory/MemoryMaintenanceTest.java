package org.tarjoman.api.memory;

import io.quarkus.test.junit.QuarkusTest;

/** Memory maintenance on the embedded H2 file database. */
@QuarkusTest
class MemoryMaintenanceTest extends MemoryMaintenanceSpec {
}
