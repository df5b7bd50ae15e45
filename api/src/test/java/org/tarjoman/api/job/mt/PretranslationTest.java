package org.tarjoman.api.job.mt;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import org.tarjoman.api.testing.mt.ScriptedMt;

/** Machine translation in jobs on the embedded H2 file database. */
@QuarkusTest
@TestProfile(ScriptedMt.class)
class PretranslationTest extends PretranslationSpec {
}
