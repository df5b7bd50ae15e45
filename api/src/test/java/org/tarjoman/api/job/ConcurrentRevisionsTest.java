package org.tarjoman.api.job;

import io.quarkus.test.junit.QuarkusTest;

/** Concurrent revisions of one article on the embedded H2 file database. */
@QuarkusTest
class ConcurrentRevisionsTest extends ConcurrentRevisionsSpec {
}
