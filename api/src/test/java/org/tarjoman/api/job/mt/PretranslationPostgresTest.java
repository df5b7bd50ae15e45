package org.tarjoman.api.job.mt;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import org.tarjoman.api.testing.RequiresPostgres;
import org.tarjoman.api.testing.mt.ScriptedMtOnPostgres;

/** Machine translation in jobs on a real PostgreSQL server. */
@QuarkusTest
@TestProfile(ScriptedMtOnPostgres.class)
@RequiresPostgres
class PretranslationPostgresTest extends PretranslationSpec {
}
