package org.tarjoman.api.job;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;

import org.tarjoman.api.testing.PostgresProfile;
import org.tarjoman.api.testing.RequiresPostgres;

/** Concurrent revisions of one article on PostgreSQL: its row locks and unique-key waits. */
@QuarkusTest
@TestProfile(PostgresProfile.class)
@RequiresPostgres
class ConcurrentRevisionsPostgresTest extends ConcurrentRevisionsSpec {
}
