package org.tarjoman.api.fuzz;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;

/** The API fuzzed on the embedded H2 database. */
@QuarkusTest
@TestProfile(FuzzProfile.class)
class ApiFuzzTest extends ApiFuzzSpec {
}
