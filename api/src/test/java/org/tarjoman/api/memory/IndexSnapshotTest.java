package org.tarjoman.api.memory;

import io.quarkus.test.junit.QuarkusTest;

/** Memory index snapshots on the embedded H2 database. */
@QuarkusTest
class IndexSnapshotTest extends IndexSnapshotSpec {
}
