package org.tarjoman.api.job;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;

import org.tarjoman.api.testing.PostgresProfile;
import org.tarjoman.api.testing.RequiresPostgres;

/** The job flow on a real PostgreSQL server: row locks, sequences and the webhook outbox there. */
@QuarkusTest
@TestProfile(PostgresProfile.class)
@RequiresPostgres
class JobFlowPostgresTest extends JobFlowSpec {
}
