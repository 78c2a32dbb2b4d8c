package tally.ingest.watch;

import java.util.HashMap;
import java.util.Map;

/**
 * At most one request per host per interval (the longer of the watcher's own and the host's
 * robots.txt {@code Crawl-delay}): a news site is fetched at a reader's pace, not a crawler's.
 */
final class HostPacer {

    private final long intervalNanos;
    private final Map<String, Long> nextAllowed = new HashMap<>();

    HostPacer(java.time.Duration interval) {
        this.intervalNanos = interval.toNanos();
    }

    /** Waits until {@code host} may be asked again, then books its next slot {@code max(interval, crawlDelay)} later. */
    void await(String host, long crawlDelayNanos) throws InterruptedException {
        long now = System.nanoTime();
        Long next = nextAllowed.get(host);
        if (next != null && next - now > 0) {
            java.util.concurrent.TimeUnit.NANOSECONDS.sleep(next - now);
            now = System.nanoTime();
        }
        nextAllowed.put(host, now + Math.max(intervalNanos, crawlDelayNanos));
    }
}
