package org.tarjoman.api.job;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import org.tarjoman.api.testing.RequiresPostgres;
import org.tarjoman.api.testing.SpellingProfile;

/** Spelling on save and in the task report, on a real PostgreSQL server. */
@QuarkusTest
@TestProfile(SpellingProfile.Postgres.class)
@RequiresPostgres
class SpellingQaPostgresTest extends SpellingQaSpec {
}
