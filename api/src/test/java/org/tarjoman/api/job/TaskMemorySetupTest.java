package org.tarjoman.api.job;

import io.quarkus.test.junit.QuarkusTest;

/** Changing a task's memories on the embedded H2 file database. */
@QuarkusTest
class TaskMemorySetupTest extends TaskMemorySetupSpec {
}
