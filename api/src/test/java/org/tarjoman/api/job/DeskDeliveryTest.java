package org.tarjoman.api.job;

import io.quarkus.test.junit.QuarkusTest;

/** Submit and deliver from the desk on the embedded H2 file database. */
@QuarkusTest
class DeskDeliveryTest extends DeskDeliverySpec {
}
