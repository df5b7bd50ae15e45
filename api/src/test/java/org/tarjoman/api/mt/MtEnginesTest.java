package org.tarjoman.api.mt;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;

import org.tarjoman.api.testing.mt.FakeEnginesProfile;

/** Machine translation through the app on the embedded H2 file database. */
@QuarkusTest
@TestProfile(FakeEnginesProfile.class)
class MtEnginesTest extends MtEnginesSpec {
}
