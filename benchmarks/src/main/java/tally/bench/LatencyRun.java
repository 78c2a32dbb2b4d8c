package tally.bench;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.atomic.AtomicBoolean;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import tally.ingest.generate.SyntheticFigures;
import tally.stats.Figure;
import tally.stats.TallyEnvironment;
import tally.streams.app.TallyApp;
import tally.streams.topology.TallyTopics;

/**
 * End-to-end latency at a steady rate: figures are published into {@code tally.figures} at
 * {@code rate} per second, and for every estimate update read (committed) from
 * {@code tally.estimates} the latency is the time since the publication of the figure that caused
 * it (the output record carries its input's timestamp). The first fifth of the run is warm-up.
 */
final class LatencyRun {

    record Result(String guarantee, int rate, int seconds, int samples, double p50Ms, double p99Ms, double maxMs) {
    }

    private LatencyRun() {
    }

    static Result run(Properties client, Path stateDir, String guarantee, int rate, int seconds, int partitions) throws Exception {
        BenchTopics.reset(client, partitions);
        try (TallyApp app = TallyApp.start(TallyEnvironment.DEFAULT, client, stateDir, guarantee, 1, true, null);
             KafkaConsumer<byte[], byte[]> consumer = consumer(client)) {
            app.awaitRunning(Duration.ofMinutes(2));
            List<TopicPartition> tps = new ArrayList<>();
            consumer.partitionsFor(TallyEnvironment.DEFAULT.estimates()).forEach(p -> tps.add(new TopicPartition(TallyEnvironment.DEFAULT.estimates(), p.partition())));
            consumer.assign(tps);
            consumer.seekToEnd(tps);
            tps.forEach(consumer::position);
            long start = System.currentTimeMillis();
            long warm = start + seconds * 1000L / 5;
            AtomicBoolean producing = new AtomicBoolean(true);
            Thread producer = new Thread(() -> produceSteadily(client, rate, seconds, producing), "bench-steady-producer");
            producer.start();
            List<Long> latencies = new ArrayList<>();
            long quietSince = System.currentTimeMillis();
            while (producing.get() || System.currentTimeMillis() - quietSince < 3_000) {
                var records = consumer.poll(Duration.ofMillis(20));
                long now = System.currentTimeMillis();
                if (!records.isEmpty()) {
                    quietSince = now;
                }
                for (ConsumerRecord<byte[], byte[]> r : records) {
                    if (r.timestamp() >= warm && r.value() != null) {
                        latencies.add(now - r.timestamp());
                    }
                }
            }
            producer.join();
            latencies.sort(null);
            if (latencies.isEmpty()) {
                throw new IllegalStateException("no estimate updates were read");
            }
            return new Result(guarantee, rate, seconds, latencies.size(), percentile(latencies, 0.50), percentile(latencies, 0.99),
                    latencies.get(latencies.size() - 1));
        }
    }

    private static double percentile(List<Long> sorted, double q) {
        return sorted.get((int) Math.min(sorted.size() - 1, Math.ceil(q * sorted.size()) - 1));
    }

    private static KafkaConsumer<byte[], byte[]> consumer(Properties client) {
        Properties c = new Properties();
        c.putAll(client);
        c.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        c.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
        return new KafkaConsumer<>(c, new ByteArrayDeserializer(), new ByteArrayDeserializer());
    }

    /** {@code rate} figures a second, sent in 10 ms slices on schedule. */
    private static void produceSteadily(Properties client, int rate, int seconds, AtomicBoolean producing) {
        SyntheticFigures figures = new SyntheticFigures(13, "lat");
        try (KafkaProducer<String, byte[]> producer = new KafkaProducer<>(tally.ingest.publish.KafkaPublisher.producerConfig(client), new StringSerializer(),
                new ByteArraySerializer())) {
            long start = System.nanoTime();
            long sent = 0;
            long total = (long) rate * seconds;
            while (sent < total) {
                long due = Math.min(total, (System.nanoTime() - start) * rate / 1_000_000_000L);
                for (; sent < due; sent++) {
                    Figure f = figures.next();
                    producer.send(new ProducerRecord<>(TallyEnvironment.DEFAULT.figures(), f.articleId(), TallyTopics.DEFAULT.figures().valueSerde().serializer().serialize(TallyEnvironment.DEFAULT.figures(), f)));
                }
                try {
                    Thread.sleep(10);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return;
                }
            }
            producer.flush();
        } finally {
            producing.set(false);
        }
    }
}
