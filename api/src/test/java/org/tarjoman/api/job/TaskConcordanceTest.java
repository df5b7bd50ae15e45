package org.tarjoman.api.job;

import io.quarkus.test.junit.QuarkusTest;

/** A task's concordance on the embedded H2 file database. */
@QuarkusTest
class TaskConcordanceTest extends TaskConcordanceSpec {
}
