package org.tarjoman.api.job;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;

import org.tarjoman.api.testing.PostgresProfile;
import org.tarjoman.api.testing.RequiresPostgres;

/** Submit and deliver from the desk on a real PostgreSQL server. */
@QuarkusTest
@TestProfile(PostgresProfile.class)
@RequiresPostgres
class DeskDeliveryPostgresTest extends DeskDeliverySpec {
}
