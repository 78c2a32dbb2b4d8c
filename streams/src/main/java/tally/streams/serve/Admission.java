package tally.streams.serve;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import java.io.IOException;
import java.util.concurrent.Semaphore;

/**
 * A bounded queue in front of the API (issue 21, item 4): at most {@code running} requests are
 * answered at once and {@code waiting} more wait their turn; any beyond that get 503 with
 * {@code Retry-After} at once, so a burst of API requests cannot pile up threads and memory.
 * Health, metrics and the dashboard's files are not behind it: a busy API never makes a probe
 * time out.
 */
final class Admission {

    private final Semaphore admitted;
    private final Semaphore running;
    private final int runningMax;

    Admission(int running, int waiting) {
        this.admitted = new Semaphore(running + waiting);
        this.running = new Semaphore(running);
        this.runningMax = running;
    }

    /** {@code handler}, answered only when admitted. */
    HttpHandler guard(HttpHandler handler) {
        return ex -> {
            if (!admitted.tryAcquire()) {
                busy(ex);
                return;
            }
            try {
                running.acquireUninterruptibly();
                try {
                    handler.handle(ex);
                } finally {
                    running.release();
                }
            } finally {
                admitted.release();
            }
        };
    }

    private static void busy(HttpExchange ex) throws IOException {
        ex.getResponseHeaders().set("Retry-After", "1");
        Responses.error(ex, 503, "too many API requests at once; retry");
    }

    /** Requests being answered now. */
    int running() {
        return runningMax - running.availablePermits();
    }

    /** Requests waiting for their turn now. */
    int waiting() {
        return running.getQueueLength();
    }
}
