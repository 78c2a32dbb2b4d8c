package tally.ingest.watch;

import java.util.HashMap;
import java.util.Map;

/**
 * At most one request per host per interval (the longer of the watcher's own and the host's
 * robots.txt {@code Crawl-delay}), counted from the end of the host's previous answer, so that a
 * slow answer never brings two requests closer than the interval: a news site is fetched at a
 * reader's pace, not a crawler's.
 */
final class HostPacer {

    private final long intervalNanos;
    private final Map<String, Long> nextAllowed = new HashMap<>();

    HostPacer(java.time.Duration interval) {
        this.intervalNanos = interval.toNanos();
    }

    /** Waits until {@code host} may be asked again. */
    void await(String host) throws InterruptedException {
        Long next = nextAllowed.get(host);
        long wait = next == null ? 0 : next - System.nanoTime();
        if (wait > 0) {
            java.util.concurrent.TimeUnit.NANOSECONDS.sleep(wait);
        }
    }

    /** The host has answered (or failed to): its next slot is {@code max(interval, crawlDelay)} from now. */
    void answered(String host, long crawlDelayNanos) {
        nextAllowed.put(host, System.nanoTime() + Math.max(intervalNanos, crawlDelayNanos));
    }
}
