package org.tarjoman.api.memory;

import java.util.concurrent.atomic.AtomicInteger;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import io.vertx.ext.web.Router;

/**
 * The requests of editors and newsrooms (everything under {@code /api/v1/jobs}) this node is answering
 * right now, so that background imports can give way to them ({@link ImportPace}): on a two-core node a
 * 1M-unit import keeps a core busy for two minutes, and a save then waits for the CPU behind it.
 */
@ApplicationScoped
public class EditorRequests {

    private final AtomicInteger answering = new AtomicInteger();
    private final Object quiet = new Object();

    void count(@Observes Router router) {
        router.route("/api/v1/jobs*").order(Integer.MIN_VALUE).handler(context -> {
            answering.incrementAndGet();
            // called however the request ends: answered, failed or the connection closed
            context.addEndHandler(ended -> finished());
            context.next();
        });
    }

    boolean busy() {
        return answering.get() > 0;
    }

    /** Waits until no editor request is being answered, for at most {@code nanos}. */
    void awaitQuiet(long nanos) throws InterruptedException {
        long deadline = System.nanoTime() + nanos;
        synchronized (quiet) {
            for (long left = nanos; busy() && left > 0; left = deadline - System.nanoTime()) {
                quiet.wait(Math.max(1, left / 1_000_000));
            }
        }
    }

    private void finished() {
        if (answering.decrementAndGet() == 0) {
            synchronized (quiet) {
                quiet.notifyAll();
            }
        }
    }
}
