package org.tarjoman.api.memory;

import io.quarkus.test.junit.QuarkusTest;

/** One unit per translation on the embedded H2 database. */
@QuarkusTest
class OneUnitPerTranslationTest extends OneUnitPerTranslationSpec {
}
