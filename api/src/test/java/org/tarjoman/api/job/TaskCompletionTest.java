package org.tarjoman.api.job;

import io.quarkus.test.junit.QuarkusTest;

/** Task completion and draft checks on the embedded H2 file database. */
@QuarkusTest
class TaskCompletionTest extends TaskCompletionSpec {
}
