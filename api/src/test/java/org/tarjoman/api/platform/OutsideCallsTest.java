package org.tarjoman.api.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

import org.junit.jupiter.api.Test;

/**
 * A stop interrupts the threads waiting on an outside call and no other: a thread between calls (in the
 * database, on H2) is never interrupted, and no interrupt outlives the call it was meant for.
 */
class OutsideCallsTest {

    private final OutsideCalls calls = new OutsideCalls();

    @Test
    void shouldInterruptAThreadWaitingOnACallAtTheStop() throws Exception {
        CountDownLatch inCall = new CountDownLatch(1);
        CompletableFuture<Throwable> ended = CompletableFuture.supplyAsync(() -> {
            try {
                calls.run(() -> {
                    inCall.countDown();
                    Thread.sleep(30_000); // a receiver that does not answer
                    return null;
                });
                return null;
            } catch (Throwable e) {
                return e;
            }
        });
        assertThat(inCall.await(5, TimeUnit.SECONDS)).isTrue();

        calls.stop();

        assertThat(ended.get(5, TimeUnit.SECONDS)).isInstanceOf(InterruptedException.class);
    }

    @Test
    void shouldNotInterruptAThreadThatIsNotInACall() throws Exception {
        CountDownLatch working = new CountDownLatch(1);
        CountDownLatch stopped = new CountDownLatch(1);
        AtomicBoolean interrupted = new AtomicBoolean();
        Thread worker = new Thread(() -> {
            working.countDown();
            try {
                stopped.await(); // a write to the database, say
            } catch (InterruptedException e) {
                interrupted.set(true);
            }
        });
        worker.start();
        assertThat(working.await(5, TimeUnit.SECONDS)).isTrue();

        calls.stop();
        stopped.countDown();
        worker.join(5_000);

        assertThat(interrupted).isFalse();
    }

    @Test
    void shouldRefuseACallOnceStopping() {
        AtomicBoolean ran = new AtomicBoolean();
        calls.stop();

        assertThatThrownBy(() -> calls.run(() -> ran.getAndSet(true))).isInstanceOf(InterruptedException.class);
        assertThat(ran).isFalse();
    }

    @Test
    void shouldLeaveNoInterruptBehindACallThatHadEnded() throws Exception {
        // the stop's interrupt lands after the call's work but before the thread has left it
        String answer = calls.run(() -> {
            Thread.currentThread().interrupt();
            return "200";
        });

        assertThat(answer).isEqualTo("200");
        assertThat(Thread.currentThread().isInterrupted()).as("interrupted on the way to the database").isFalse();
    }
}
