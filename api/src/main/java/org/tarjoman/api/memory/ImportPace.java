package org.tarjoman.api.memory;

/**
 * How one background import gives way to editors: before each unit, while an editor's request is being
 * answered, it waits for it to end, but never longer than half the time it has worked since it last
 * waited. Without editors it runs at full speed; under a steady stream of saves it spends at most a
 * third of its time waiting, so a 1M-unit import still ends within minutes.
 */
final class ImportPace {

    /** Waiting less than this is not worth a context switch. */
    private static final long MIN_WAIT_NANOS = 1_000_000;

    private final EditorRequests editors;
    private long workingSince = System.nanoTime();

    ImportPace(EditorRequests editors) {
        this.editors = editors;
    }

    void giveWay() {
        if (!editors.busy()) {
            return;
        }
        long earned = (System.nanoTime() - workingSince) / 2;
        if (earned < MIN_WAIT_NANOS) {
            return;
        }
        try {
            editors.awaitQuiet(earned);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt(); // shutting down: the import ends at its next database call
        }
        workingSince = System.nanoTime();
    }
}
