package org.tarjoman.api.memory;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * The refusal of a cancel says what the import's client may take as fact: DONE only once the import's
 * commit has returned. In the commit window the row already reads DONE (H2 shows a committing
 * transaction's rows to others), and {@link TmxImports} shows it RUNNING; the refusal follows what is shown.
 */
class ImportFinishedTest {

    @Test
    void shouldRefuseACancelOfAnImportStillCommittingWithoutCallingItDone() {
        ImportFinished refusal = new ImportFinished(shown(ImportEntity.State.RUNNING));

        assertThat(refusal.state()).isEqualTo("RUNNING");
        assertThat(refusal.getMessage()).contains("is committing its units; it can no longer be cancelled")
                .contains("once it is DONE its units are in memory 'fa-en-sport'").contains("by origin 'ورزش.tmx'")
                .doesNotContain("DONE)").doesNotContain("has ended");
    }

    @Test
    void shouldRefuseACancelOfADoneImportNamingWhereItsUnitsAre() {
        ImportFinished refusal = new ImportFinished(shown(ImportEntity.State.DONE));

        assertThat(refusal.state()).isEqualTo("DONE");
        assertThat(refusal.getMessage()).contains("has ended (DONE)")
                .contains("Its units are in memory 'fa-en-sport'").contains("by origin 'ورزش.tmx'");
    }

    @Test
    void shouldRefuseACancelOfAFailedImportWithoutPointingAtUnitsItNeverKept() {
        ImportFinished refusal = new ImportFinished(shown(ImportEntity.State.FAILED));

        assertThat(refusal.state()).isEqualTo("FAILED");
        assertThat(refusal.getMessage()).contains("has ended (FAILED)").doesNotContain("Its units are in memory");
    }

    private static ImportEntity shown(ImportEntity.State state) {
        ImportEntity job = new ImportEntity();
        job.id = "7e981d8c";
        job.memory = "fa-en-sport";
        job.fileName = "ورزش.tmx";
        job.state = state;
        return job;
    }
}
