package tally.cli;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * Blocks until Ctrl-C, SIGTERM or a fatal failure, and makes the JVM wait (up to a minute) until
 * the caller has closed its resources: a shutdown hook that only released the main thread would
 * let the JVM exit in the middle of closing the Streams application and the broker.
 */
final class UntilStopped implements AutoCloseable {

    private final CountDownLatch stop = new CountDownLatch(1);
    private final CountDownLatch closed = new CountDownLatch(1);
    private volatile String failure;

    UntilStopped() {
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            stop.countDown();
            try {
                closed.await(1, TimeUnit.MINUTES);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }, "tally-shutdown"));
    }

    /**
     * Returns on Ctrl-C or SIGTERM, or when the waiting thread is interrupted (an embedding program
     * or test stopping it); throws with the reason after {@link #fail}, so that the command closes
     * what it opened and exits 1 with that one line.
     */
    void await() {
        try {
            stop.await();
        } catch (InterruptedException e) {
            // A stop request like any other. The flag is not set again: closing Kafka clients on an
            // interrupted thread fails with InterruptException, and everything must close cleanly.
        }
        if (failure != null) {
            throw new IllegalStateException(failure);
        }
    }

    /** Releases {@link #await} with a one-line reason: the command cannot go on (the Streams application in ERROR). */
    void fail(String reason) {
        failure = reason;
        stop.countDown();
    }

    /** Called once everything is closed. */
    @Override
    public void close() {
        closed.countDown();
    }
}
