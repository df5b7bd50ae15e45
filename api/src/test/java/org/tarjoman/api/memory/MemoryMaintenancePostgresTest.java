package org.tarjoman.api.memory;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;

import org.tarjoman.api.testing.PostgresProfile;
import org.tarjoman.api.testing.RequiresPostgres;

/** Memory maintenance on a real PostgreSQL server, with the same Flyway migrations. */
@QuarkusTest
@TestProfile(PostgresProfile.class)
@RequiresPostgres
class MemoryMaintenancePostgresTest extends MemoryMaintenanceSpec {
}
