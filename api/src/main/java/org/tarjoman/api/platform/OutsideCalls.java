package org.tarjoman.api.platform;

import java.util.HashSet;
import java.util.Set;

/**
 * The threads now waiting on a call outside the process (a webhook receiver, a translation engine),
 * which a stop cuts short by interrupting them, and only them. A thread interrupted inside H2 makes the
 * JVM close H2's file under every transaction still running (h2database#227, #1076: MVStore is not
 * interrupt-safe), so an executor's {@code shutdownNow}, which interrupts its threads wherever they are,
 * could fail saves and commits in flight at a stop. An interrupt meant for a call never outlives it:
 * {@link #run} clears it on the way out, under the same lock {@link #stop} interrupts under.
 */
public final class OutsideCalls {

    private final Set<Thread> inCall = new HashSet<>();
    private boolean stopping;

    /** A call that may wait on the network and ends with {@link InterruptedException} when interrupted. */
    @FunctionalInterface
    public interface Call<T, E extends Exception> {
        T run() throws E, InterruptedException;
    }

    /**
     * Runs the call, interruptible by {@link #stop}; once stopping, refuses to start one
     * ({@link InterruptedException}, as a call cut short).
     */
    public <T, E extends Exception> T run(Call<T, E> call) throws E, InterruptedException {
        enter();
        try {
            return call.run();
        } finally {
            leave();
        }
    }

    /** Interrupts the threads in a call, and every later call is refused. */
    public synchronized void stop() {
        stopping = true;
        inCall.forEach(Thread::interrupt);
    }

    private synchronized void enter() throws InterruptedException {
        if (stopping) {
            throw new InterruptedException("stopping");
        }
        inCall.add(Thread.currentThread());
    }

    private synchronized void leave() {
        inCall.remove(Thread.currentThread());
        // An interrupt that came after the call had ended would reach the database next.
        Thread.interrupted();
    }
}
