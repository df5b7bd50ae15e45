package org.tarjoman.api.memory;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;

import org.tarjoman.api.testing.PostgresProfile;
import org.tarjoman.api.testing.RequiresPostgres;

/** The maintenance text search through the index against the scan, on a real PostgreSQL server. */
@QuarkusTest
@TestProfile(PostgresProfile.class)
@RequiresPostgres
class MaintenanceTextSearchPostgresTest extends MaintenanceTextSearchSpec {
}
