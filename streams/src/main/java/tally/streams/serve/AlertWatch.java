package tally.streams.serve;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tally.stats.consolidate.Alert;
import tally.stats.consolidate.AlertThresholds;
import tally.stats.consolidate.ChangeAlerts;
import tally.stats.consolidate.PointKey;
import tally.stats.consolidate.SeriesKey;
import tally.stats.consolidate.SeriesPoint;

/**
 * Raises change alerts as the yearly series change: for each series with a new point on
 * {@code tally.series.yearly}, its alerts ({@link ChangeAlerts}) from its points in the store;
 * an alert it did not have before is counted in {@code tally_alerts_total{reason}} and sent to
 * live dashboards as an {@code alert} event carrying the alert. Each instance follows every
 * partition, so each counts every alert once (as Tally's other metrics); after a start, a series'
 * standing alerts are raised again at its first change. The stores are read on a thread of its
 * own (a series' points may live on another instance), so that the topic watcher, which also
 * carries live updates and metrics, never waits on them; changes of a series that arrive while
 * it waits its turn are read once. While the stores are not open (a start, a rebalance), a series is
 * read again after a growing wait rather than dropped, since a series that changes once at a
 * start would otherwise never have its alerts raised.
 */
final class AlertWatch implements TopicWatcher.Listener, AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(AlertWatch.class);

    static final String ALERTS = "tally.alerts";

    /** The published points of one series, from whichever instance holds them. */
    interface SeriesPoints {
        /** @throws ApiException with status 503 while the store is not open anywhere (a start or a rebalance) */
        Collection<SeriesPoint> of(SeriesKey series, String key);
    }

    /** Waits between reads of a series whose store is not open yet: doubling from the first to the longest. */
    record Retries(Duration first, Duration longest, Duration giveUpAfter) {
        static final Retries DEFAULT = new Retries(Duration.ofMillis(500), Duration.ofSeconds(30), Duration.ofMinutes(10));
    }

    private final SeriesPoints points;
    private final Retries retries;
    private final AlertThresholds thresholds;
    private final LiveUpdates live;
    /** The series topic whose changes are watched. */
    private final String seriesTopic;
    private final Map<String, Counter> counters = new TreeMap<>();
    /** The alerts each series had at its last change, by series key. */
    private final Map<String, List<Alert>> standing = new ConcurrentHashMap<>();
    /** Series changed and not read yet. */
    private final Set<String> pending = ConcurrentHashMap.newKeySet();
    private final ScheduledExecutorService reader = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "tally-alerts");
        t.setDaemon(true);
        return t;
    });

    AlertWatch(SeriesPoints points, Retries retries, AlertThresholds thresholds, LiveUpdates live, MeterRegistry registry,
               String seriesTopic) {
        this.seriesTopic = seriesTopic;
        this.points = points;
        this.retries = retries;
        this.thresholds = thresholds;
        this.live = live;
        for (String reason : List.of(Alert.HIGH, Alert.RISE, Alert.FALL)) {
            counters.put(reason, Counter.builder(ALERTS).tag("reason", reason)
                    .description("Change alerts raised: a series' latest figure at a high, or moving more than the threshold")
                    .register(registry));
        }
    }

    @Override
    public void onRecords(ConsumerRecords<byte[], byte[]> records) {
        Map<String, SeriesKey> changed = new TreeMap<>();
        for (ConsumerRecord<byte[], byte[]> r : records) {
            if (r.topic().equals(seriesTopic) && r.key() != null) {
                SeriesKey series = PointKey.parse(new String(r.key(), StandardCharsets.UTF_8)).series();
                changed.put(series.encode(), series);
            }
        }
        changed.forEach((key, series) -> read(key, series, Duration.ZERO, 0));
    }

    /** Reads a series after a wait, unless a read of it is already waiting (which will see this change too). */
    private void read(String key, SeriesKey series, Duration wait, long firstFailure) {
        if (pending.add(key)) {
            reader.schedule(() -> {
                pending.remove(key);
                check(key, series, wait, firstFailure);
            }, wait.toMillis(), TimeUnit.MILLISECONDS);
        }
    }

    /** Raises the alerts a series has now and did not have at its last change. */
    private void check(String key, SeriesKey series, Duration waited, long firstFailure) {
        List<Alert> now;
        try {
            now = ChangeAlerts.of(points.of(series, key), thresholds);
        } catch (ApiException e) {
            long since = firstFailure == 0 ? System.nanoTime() : firstFailure;
            if (e.status() == 503 && System.nanoTime() - since < retries.giveUpAfter().toNanos()) {
                Duration next = waited.isZero() ? retries.first() : waited.multipliedBy(2);
                LOG.debug("the alerts of {} wait for the stores ({}); read again in {} ms", key, e.getMessage(), next.toMillis());
                read(key, series, next.compareTo(retries.longest()) > 0 ? retries.longest() : next, since);
            } else if (e.status() == 503) {
                LOG.warn("the alerts of {} were not checked: its store stayed closed for {} s ({}); they will be at its next change",
                        key, Duration.ofNanos(System.nanoTime() - since).toSeconds(), e.getMessage());
            } else {
                LOG.warn("the alerts of {} were not checked: {}", key, e.getMessage()); // at its next change, then
            }
            return;
        } catch (RuntimeException e) {
            LOG.warn("the alerts of {} were not checked: {}", key, e.toString()); // at its next change, then
            return;
        }
        List<Alert> before = standing.getOrDefault(key, List.of());
        standing.put(key, now);
        for (Alert alert : now) {
            if (!before.contains(alert)) {
                counters.get(alert.reason()).increment();
                live.publish("alert", new String(Responses.bytes(alert), StandardCharsets.UTF_8));
            }
        }
    }

    @Override
    public void close() {
        reader.shutdownNow();
    }
}
