package org.tarjoman.api.platform;

import java.time.Duration;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;

import io.vertx.core.Vertx;

import org.eclipse.microprofile.context.ManagedExecutor;

/**
 * Runs a poll every interval, and sooner on request, one at a time, on Quarkus' worker pool.
 * <ul>
 *   <li>A Vert.x timer ticks it, not {@code @Scheduled}: Quarkus' scheduler looks at its triggers once
 *       a second ({@code SimpleScheduler.CHECK_PERIOD}) and the memory sync runs every 500 ms.</li>
 *   <li>The executor is the owner's, configured {@code maxAsync = 1, maxQueued = 1}: a poll never runs
 *       beside another, and a tick or request while one waits is dropped, because the waiting
 *       poll has not started yet and sees everything the dropped one would have.</li>
 * </ul>
 */
public final class Poller {

    /** A poll is a few queries; one still running after this is left to finish on its own. */
    private static final Duration STOP_WAIT = Duration.ofSeconds(10);

    private final Vertx vertx;
    private final ManagedExecutor oneAtATime;
    private final Runnable poll;
    private volatile long timer = -1;

    public Poller(Vertx vertx, ManagedExecutor oneAtATime, Runnable poll) {
        this.vertx = vertx;
        this.oneAtATime = oneAtATime;
        this.poll = poll;
    }

    /** Polls every {@code interval}, the first time one interval from now. */
    public void start(Duration interval) {
        long every = Math.max(1, interval.toMillis());
        timer = vertx.setPeriodic(every, every, tick -> pollSoon());
    }

    /** Polls as soon as the poll running now, if any, has finished. */
    public void pollSoon() {
        try {
            oneAtATime.execute(poll);
        } catch (RejectedExecutionException waitingOrStopped) {
            // a poll is already waiting to start, or the application is stopping
        }
    }

    /**
     * Stops ticking and waits up to {@link #STOP_WAIT} for the poll running now. It is never interrupted:
     * a thread interrupted inside H2 closes the database file (its FileChannel, h2database#227) under every
     * transaction still running, the requests a graceful stop lets finish too.
     */
    public void stop() {
        vertx.cancelTimer(timer);
        oneAtATime.shutdown();
        try {
            oneAtATime.awaitTermination(STOP_WAIT.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
