package org.tarjoman.api.memory;

import io.quarkus.test.junit.QuarkusTest;

/** The maintenance text search through the index against the scan, on the embedded H2 file database. */
@QuarkusTest
class MaintenanceTextSearchTest extends MaintenanceTextSearchSpec {
}
