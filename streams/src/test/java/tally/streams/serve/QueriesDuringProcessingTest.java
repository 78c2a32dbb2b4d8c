package tally.streams.serve;

import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadInfo;
import java.lang.management.ThreadMXBean;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tally.ingest.generate.SyntheticFigures;
import tally.ingest.publish.KafkaPublisher;
import tally.stats.TallyEnvironment;
import tally.streams.app.TallyApp;
import tally.streams.app.TallyStreamsConfig;
import tally.streams.kafka.CaughtUp;
import tally.streams.kafka.EmbeddedKafka;
import tally.streams.kafka.StoreDef;
import tally.streams.kafka.TopicSetup;
import tally.streams.topology.ConsolidationTopology;
import tally.streams.topology.CurrentFiguresTopology;

/**
 * Interactive queries while the stream threads write the same stores (issue 21: "nothing hangs").
 * Kafka Streams 4.3's IQv2 took a store's position lock and then its lock while a write took them
 * the other way round (KAFKA-19629): an API reader and a stream thread deadlocked for good. Readers
 * hammer every kind of read {@link LocalStores} offers (key, page, range) on the stores written
 * most, while figures flow; the application must catch up, with no deadlocked thread at any time.
 */
class QueriesDuringProcessingTest {

    private static final int FIGURES = Integer.getInteger("tally.queries.figures", 2_000);
    private static final int READERS = 4;

    @TempDir
    Path dir;

    @Test
    void readersNeverBlockTheStreamThreads() throws Exception {
        try (EmbeddedKafka kafka = EmbeddedKafka.start(dir.resolve("kafka"))) {
            Properties client = new Properties();
            client.put("bootstrap.servers", kafka.bootstrapServers());
            client.put("num.stream.threads", "2");
            TopicSetup.ensure(client, TallyEnvironment.DEFAULT, 2, (short) 1);
            try (TallyApp app = TallyApp.start(TallyEnvironment.DEFAULT, client, dir.resolve("state"), TallyStreamsConfig.EXACTLY_ONCE, 1, false,
                    "127.0.0.1:1")) {
                app.awaitRunning(Duration.ofMinutes(2));
                LocalStores stores = new LocalStores(app.streams());
                AtomicBoolean stop = new AtomicBoolean();
                AtomicLong answered = new AtomicLong();
                List<Thread> readers = new ArrayList<>();
                for (int i = 0; i < READERS; i++) {
                    Thread reader = new Thread(() -> readUntil(stop, stores, answered), "api-reader-" + i);
                    reader.setDaemon(true);
                    reader.start();
                    readers.add(reader);
                }
                SyntheticFigures figures = new SyntheticFigures(7, "queries");
                try (KafkaPublisher publisher = new KafkaPublisher(client, TallyEnvironment.DEFAULT)) {
                    for (int sent = 0; sent < FIGURES; sent += 500) {
                        publisher.publishFigures(Stream.generate(figures::next).limit(500).map(SyntheticFigures::withMeaning).toList());
                        assertNull(deadlocked(), "a deadlock while figures flow");
                    }
                    publisher.finish();
                }
                CaughtUp.await(client, TallyEnvironment.DEFAULT.applicationId(), TallyEnvironment.DEFAULT.figures(), Duration.ofMinutes(5),
                        QueriesDuringProcessingTest::deadlocked);
                stop.set(true);
                for (Thread reader : readers) {
                    reader.join(10_000);
                }
                assertNull(deadlocked());
                assertTrue(answered.get() > 100, "the readers read while figures flowed: " + answered.get() + " answers");
            }
        }
    }

    /** Keys, pages and ranges of the stores the stream threads write on every figure, until told to stop. */
    private static void readUntil(AtomicBoolean stop, LocalStores stores, AtomicLong answered) {
        List<StoreDef<String, ?>> written = List.of(ConsolidationTopology.SUMMARIES_STORE, ConsolidationTopology.REPORTS_STORE,
                CurrentFiguresTopology.STORE);
        while (!stop.get()) {
            for (StoreDef<String, ?> store : written) {
                try {
                    read(stores, store);
                    answered.incrementAndGet();
                } catch (ApiException e) {
                    // a rebalance under way: a client would retry
                }
            }
        }
    }

    private static <V> void read(LocalStores stores, StoreDef<String, V> store) {
        LocalStores.Part<V> page = stores.page(store, null, 50);
        for (int partition : page.partitions()) {
            for (Map.Entry<String, V> e : page.entries().entrySet()) {
                stores.get(store, e.getKey(), partition);
            }
            if (!page.entries().isEmpty()) {
                stores.range(store, page.entries().firstKey(), page.entries().lastKey(), partition);
            }
        }
    }

    /** The stack of every deadlocked thread, or null when none is. */
    private static String deadlocked() {
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        long[] ids = threads.findDeadlockedThreads();
        if (ids == null) {
            return null;
        }
        StringBuilder why = new StringBuilder("deadlocked threads:\n");
        for (ThreadInfo info : threads.getThreadInfo(ids, true, true)) {
            why.append(info);
        }
        return why.toString();
    }
}
