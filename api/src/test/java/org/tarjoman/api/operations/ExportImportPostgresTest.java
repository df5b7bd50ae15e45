package org.tarjoman.api.operations;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;

import org.tarjoman.api.testing.RequiresPostgres;

/** Export and import on a real PostgreSQL server, emptied for this class. */
@QuarkusTest
@TestProfile(FreshPostgresProfile.class)
@RequiresPostgres
class ExportImportPostgresTest extends ExportImportSpec {
}
