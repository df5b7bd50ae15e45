package org.tarjoman.api.job;

import io.quarkus.test.junit.QuarkusTest;

/** The job flow on the embedded H2 file database. */
@QuarkusTest
class JobFlowTest extends JobFlowSpec {
}
