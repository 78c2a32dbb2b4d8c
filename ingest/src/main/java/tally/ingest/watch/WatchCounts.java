package tally.ingest.watch;

import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * What one poll did, by host: feed items seen, pages fetched, items skipped (seen before, not
 * modified, disallowed by robots.txt, not a page) and failures (timeouts, size cap, HTTP errors).
 */
public final class WatchCounts {

    /** One host's counts. */
    public record Host(long items, long fetched, long published, long skipped, long failed) {
        Host plus(Host o) {
            return new Host(items + o.items, fetched + o.fetched, published + o.published, skipped + o.skipped, failed + o.failed);
        }
    }

    private final Map<String, Host> byHost = new TreeMap<>();

    void add(String host, long items, long fetched, long published, long skipped, long failed) {
        byHost.merge(host, new Host(items, fetched, published, skipped, failed), Host::plus);
    }

    public Map<String, Host> byHost() {
        return Map.copyOf(byHost);
    }

    public Host total() {
        return byHost.values().stream().reduce(new Host(0, 0, 0, 0, 0), Host::plus);
    }

    /** "items 12, fetched 3, published 3, skipped 9, failed 0" for the whole poll. */
    public String summary() {
        Host t = total();
        return String.format(Locale.ROOT, "items %d, fetched %d, published %d, skipped %d, failed %d",
                t.items(), t.fetched(), t.published(), t.skipped(), t.failed());
    }
}
