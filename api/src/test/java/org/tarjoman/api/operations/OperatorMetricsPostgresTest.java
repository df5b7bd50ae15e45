package org.tarjoman.api.operations;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;

import org.tarjoman.api.testing.PostgresProfile;
import org.tarjoman.api.testing.RequiresPostgres;

/** Operator metrics on a real PostgreSQL server. */
@QuarkusTest
@TestProfile(PostgresProfile.class)
@RequiresPostgres
class OperatorMetricsPostgresTest extends OperatorMetricsSpec {
}
