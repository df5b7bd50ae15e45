package org.tarjoman.api.memory;

/**
 * A cancel of an import that can no longer be cancelled: it has ended, and what it did (or did not) keep
 * stands, or it is committing, which a cancel cannot stop. Built from the import as its client may take
 * it ({@link TmxImports#find}), so a refusal never says DONE before the import's commit has returned:
 * that would acknowledge units a crash in the commit window still loses.
 */
public class ImportFinished extends RuntimeException {

    private final String state;

    ImportFinished(ImportEntity shown) {
        super(message(shown));
        this.state = shown.state.name();
    }

    private static String message(ImportEntity shown) {
        if (!shown.state.finished()) { // only one committing is refused while not finished
            return "Import '" + shown.id + "' is committing its units; it can no longer be cancelled. Follow it: once "
                    + "it is DONE its units are in memory '" + shown.memory + "' (delete them by origin '" + shown.fileName
                    + "' if they should go); if its commit fails, it keeps nothing.";
        }
        return "Import '" + shown.id + "' has ended (" + shown.state + "); only a queued or running import can be cancelled."
                + (shown.state == ImportEntity.State.DONE ? " Its units are in memory '" + shown.memory + "': delete them "
                + "by origin '" + shown.fileName + "' if they should go." : "");
    }

    public String state() {
        return state;
    }
}
