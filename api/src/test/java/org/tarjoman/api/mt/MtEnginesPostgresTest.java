package org.tarjoman.api.mt;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;

import org.tarjoman.api.testing.RequiresPostgres;
import org.tarjoman.api.testing.mt.FakeEnginesPostgresProfile;

/** Machine translation through the app on a real PostgreSQL server. */
@QuarkusTest
@TestProfile(FakeEnginesPostgresProfile.class)
@RequiresPostgres
class MtEnginesPostgresTest extends MtEnginesSpec {
}
