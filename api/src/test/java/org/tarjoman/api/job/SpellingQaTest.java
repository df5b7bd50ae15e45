package org.tarjoman.api.job;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import org.tarjoman.api.testing.SpellingProfile;

/** Spelling on save and in the task report, on the embedded H2 file database. */
@QuarkusTest
@TestProfile(SpellingProfile.class)
class SpellingQaTest extends SpellingQaSpec {
}
