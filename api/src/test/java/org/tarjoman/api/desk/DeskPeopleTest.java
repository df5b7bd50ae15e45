package org.tarjoman.api.desk;

import io.quarkus.test.junit.QuarkusTest;

/** The desk's people, rounds and notifications on the embedded H2 file database. */
@QuarkusTest
class DeskPeopleTest extends DeskPeopleSpec {
}
