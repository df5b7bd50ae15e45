package org.tarjoman.api.job;

import io.quarkus.test.junit.QuarkusTest;

/** Jobs with named memories on the embedded H2 file database. */
@QuarkusTest
class JobMemoriesTest extends JobMemoriesSpec {
}
