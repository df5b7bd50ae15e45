package org.tarjoman.api.operations;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;

/** Export and import on an embedded H2 database of its own. */
@QuarkusTest
@TestProfile(FreshInstanceProfile.class)
class ExportImportTest extends ExportImportSpec {
}
