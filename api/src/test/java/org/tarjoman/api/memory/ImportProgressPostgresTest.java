package org.tarjoman.api.memory;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;

import org.tarjoman.api.testing.PostgresProfile;
import org.tarjoman.api.testing.RequiresPostgres;

/** Import progress, listing and cancelling on a real PostgreSQL server. */
@QuarkusTest
@TestProfile(PostgresProfile.class)
@RequiresPostgres
class ImportProgressPostgresTest extends ImportProgressSpec {
}
