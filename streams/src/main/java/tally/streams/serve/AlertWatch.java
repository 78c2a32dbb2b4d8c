package tally.streams.serve;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import tally.stats.Topics;
import tally.stats.consolidate.Alert;
import tally.stats.consolidate.AlertThresholds;
import tally.stats.consolidate.ChangeAlerts;
import tally.stats.consolidate.PointKey;
import tally.stats.consolidate.SeriesKey;
import tally.streams.topology.YearlySeriesTopology;

/**
 * Raises change alerts as the yearly series change: for each series with a new point on
 * {@code tally.series.yearly}, its alerts ({@link ChangeAlerts}) from its points in the store;
 * an alert it did not have before is counted in {@code tally_alerts_total{reason}} and sent to
 * live dashboards as an {@code alert} event carrying the alert. Each instance follows every
 * partition, so each counts every alert once (as Tally's other metrics); after a start, a series'
 * standing alerts are raised again at its first change.
 */
final class AlertWatch implements TopicWatcher.Listener {

    static final String ALERTS = "tally.alerts";

    private final StoreRouter stores;
    private final AlertThresholds thresholds;
    private final LiveUpdates live;
    private final Map<String, Counter> counters = new TreeMap<>();
    /** The alerts each series had at its last change, by series key. */
    private final Map<String, List<Alert>> standing = new ConcurrentHashMap<>();

    AlertWatch(StoreRouter stores, AlertThresholds thresholds, LiveUpdates live, MeterRegistry registry) {
        this.stores = stores;
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
            if (r.topic().equals(Topics.SERIES_YEARLY) && r.key() != null) {
                SeriesKey series = PointKey.parse(new String(r.key(), StandardCharsets.UTF_8)).series();
                changed.put(series.encode(), series);
            }
        }
        changed.forEach((key, series) -> {
            List<Alert> now = ChangeAlerts.of(stores.under(YearlySeriesTopology.PUBLISHED_STORE, series.route(), key).values(), thresholds);
            List<Alert> before = standing.getOrDefault(key, List.of());
            standing.put(key, now);
            for (Alert alert : now) {
                if (!before.contains(alert)) {
                    counters.get(alert.reason()).increment();
                    live.publish("alert", new String(Responses.bytes(alert), StandardCharsets.UTF_8));
                }
            }
        });
    }
}
