package org.tarjoman.api.desk;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import org.tarjoman.api.testing.PostgresProfile;
import org.tarjoman.api.testing.RequiresPostgres;

/** The desk's people, rounds and notifications on a real PostgreSQL server. */
@QuarkusTest
@TestProfile(PostgresProfile.class)
@RequiresPostgres
class DeskPeoplePostgresTest extends DeskPeopleSpec {
}
