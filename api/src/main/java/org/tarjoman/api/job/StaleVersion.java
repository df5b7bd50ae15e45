package org.tarjoman.api.job;

import org.tarjoman.api.job.JobViews.SegmentView;

/** A save sent the version it read, and someone saved the translation since: the client sees {@link #current()}. */
public class StaleVersion extends RuntimeException {

    private final transient SegmentView current;

    StaleVersion(SegmentView current, long readVersion) {
        super("Segment " + current.id() + " was saved by " + (current.author() == null ? "someone else" : current.author())
                + " since version " + readVersion + "; it is now at version " + current.version() + ".");
        this.current = current;
    }

    public SegmentView current() {
        return current;
    }
}
