package org.tarjoman.api.memory;

/** A cancel of an import that has ended: what it did (or did not) keep stands. */
public class ImportFinished extends RuntimeException {

    private final String state;

    ImportFinished(ImportEntity job) {
        super("Import '" + job.id + "' has ended (" + job.state + "); only a queued or running import can be cancelled."
                + (job.state == ImportEntity.State.DONE ? " Its units are in memory '" + job.memory + "': delete them "
                + "by origin '" + job.fileName + "' if they should go." : ""));
        this.state = job.state.name();
    }

    public String state() {
        return state;
    }
}
