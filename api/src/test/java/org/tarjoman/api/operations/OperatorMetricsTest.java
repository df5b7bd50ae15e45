package org.tarjoman.api.operations;

import io.quarkus.test.junit.QuarkusTest;

/** Operator metrics on the embedded H2 database. */
@QuarkusTest
class OperatorMetricsTest extends OperatorMetricsSpec {
}
