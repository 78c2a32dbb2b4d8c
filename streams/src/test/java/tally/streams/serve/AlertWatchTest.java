package tally.streams.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.apache.kafka.common.TopicPartition;
import org.junit.jupiter.api.Test;
import tally.stats.Category;
import tally.stats.Definition;
import tally.stats.Kind;
import tally.stats.Metric;
import tally.stats.TallyEnvironment;
import tally.stats.consolidate.Alert;
import tally.stats.consolidate.AlertThresholds;
import tally.stats.consolidate.PointKey;
import tally.stats.consolidate.SeriesKey;
import tally.stats.consolidate.SeriesPoint;

/**
 * A series that changes while the stores are not open (a start, a rebalance) has its alerts raised
 * once they open, not dropped until its next change; a store that never opens is given up on.
 */
class AlertWatchTest {

    private static final String TOPIC = TallyEnvironment.DEFAULT.seriesYearly();
    private static final SeriesKey SERIES = new SeriesKey(Metric.DEATHS, "MX", null, Kind.FLOW, Definition.HOMICIDE);
    private static final AlertWatch.Retries FAST = new AlertWatch.Retries(Duration.ofMillis(20), Duration.ofMillis(80), Duration.ofSeconds(30));

    /** 100, 200: a rise of 100 % and a one-year high. */
    private static List<SeriesPoint> rising() {
        List<SeriesPoint> points = new ArrayList<>();
        SeriesPoint previous = null;
        for (int i = 0; i < 2; i++) {
            SeriesPoint p = new SeriesPoint(SeriesPoint.SCHEMA, Category.VIOLENCE, Metric.DEATHS, "MX", null, Kind.FLOW,
                    Definition.HOMICIDE, 2020 + i, 100 * (i + 1), null, null, SeriesPoint.DIRECT, null, null, null, null, 1, 1,
                    null, null).withChangeFrom(previous);
            points.add(p);
            previous = p;
        }
        return points;
    }

    private static ConsumerRecords<byte[], byte[]> change() {
        byte[] key = new PointKey(SERIES, 2021).encode().getBytes(StandardCharsets.UTF_8);
        ConsumerRecord<byte[], byte[]> r = new ConsumerRecord<>(TOPIC, 0, 0L, key, new byte[0]);
        return new ConsumerRecords<>(Map.of(new TopicPartition(TOPIC, 0), List.of(r)));
    }

    private static double raised(SimpleMeterRegistry registry) {
        return registry.find(AlertWatch.ALERTS).counters().stream().mapToDouble(c -> c.count()).sum();
    }

    private static void await(String what, java.util.function.BooleanSupplier done) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
        while (!done.getAsBoolean()) {
            assertTrue(System.nanoTime() < deadline, what);
            Thread.sleep(10);
        }
    }

    @Test
    void aChangeSeenBeforeTheStoresOpenRaisesItsAlertsOnceTheyDo() throws Exception {
        AtomicInteger reads = new AtomicInteger();
        AlertWatch.SeriesPoints startingUp = (series, key) -> {
            if (reads.incrementAndGet() <= 3) {
                throw ApiException.unavailable("no instance hosts published-series-points now (starting or rebalancing); retry");
            }
            return rising();
        };
        SimpleMeterRegistry registry = new SimpleMeterRegistry();
        try (LiveUpdates live = new LiveUpdates(TallyEnvironment.DEFAULT);
             AlertWatch watch = new AlertWatch(startingUp, FAST, AlertThresholds.DEFAULT, live, registry, TOPIC)) {
            watch.onRecords(change());
            await("the alerts were raised after the stores opened", () -> raised(registry) == 2);
            assertEquals(4, reads.get(), "three refused reads, then one that answered");
            Thread.sleep(200);
            assertEquals(4, reads.get(), "no read after the one that answered");
            assertEquals(2, raised(registry), "a rise and a high, each once");
        }
    }

    @Test
    void aStoreThatNeverOpensIsGivenUpOnAndAnotherErrorIsNotRetried() throws Exception {
        AtomicInteger reads = new AtomicInteger();
        AlertWatch.SeriesPoints neverOpen = (series, key) -> {
            reads.incrementAndGet();
            throw ApiException.unavailable("not ready; retry");
        };
        AlertWatch.Retries brief = new AlertWatch.Retries(Duration.ofMillis(20), Duration.ofMillis(40), Duration.ofMillis(300));
        SimpleMeterRegistry registry = new SimpleMeterRegistry();
        try (LiveUpdates live = new LiveUpdates(TallyEnvironment.DEFAULT);
             AlertWatch watch = new AlertWatch(neverOpen, brief, AlertThresholds.DEFAULT, live, registry, TOPIC)) {
            watch.onRecords(change());
            Thread.sleep(800);
            int afterGivingUp = reads.get();
            assertTrue(afterGivingUp >= 3, "it retried: " + afterGivingUp);
            Thread.sleep(300);
            assertEquals(afterGivingUp, reads.get(), "it stopped reading after 300 ms of refusals");
        }
        AtomicInteger failed = new AtomicInteger();
        AlertWatch.SeriesPoints broken = (series, key) -> {
            failed.incrementAndGet();
            throw ApiException.badRequest("not a series");
        };
        try (LiveUpdates live = new LiveUpdates(TallyEnvironment.DEFAULT);
             AlertWatch watch = new AlertWatch(broken, FAST, AlertThresholds.DEFAULT, live, registry, TOPIC)) {
            watch.onRecords(change());
            await("the broken read ran", () -> failed.get() == 1);
            Thread.sleep(200);
            assertEquals(1, failed.get(), "an error that is not 'unavailable' is not retried");
        }
    }
}
