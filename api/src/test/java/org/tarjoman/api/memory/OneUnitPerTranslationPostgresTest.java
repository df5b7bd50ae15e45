package org.tarjoman.api.memory;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;

import org.tarjoman.api.testing.PostgresProfile;
import org.tarjoman.api.testing.RequiresPostgres;

/** One unit per translation on PostgreSQL, where concurrent confirmations meet in INSERT … ON CONFLICT. */
@QuarkusTest
@TestProfile(PostgresProfile.class)
@RequiresPostgres
class OneUnitPerTranslationPostgresTest extends OneUnitPerTranslationSpec {
}
