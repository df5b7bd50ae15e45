package org.tarjoman.api.job;

import io.quarkus.test.junit.QuarkusTest;

/** Server-side QA on the embedded H2 file database. */
@QuarkusTest
class TaskQaTest extends TaskQaSpec {
}
