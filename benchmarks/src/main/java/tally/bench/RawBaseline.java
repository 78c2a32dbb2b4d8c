package tally.bench;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import tally.ingest.generate.SyntheticFigures;
import tally.ingest.publish.KafkaPublisher;
import tally.stats.Figure;
import tally.stats.TallyEnvironment;
import tally.streams.topology.TallyTopics;

/**
 * The ceiling of this machine and broker: N figures produced with Tally's producer settings
 * (idempotent, acks=all, linger 5 ms, 64 KB batches, lz4), serialized as the pipeline's are, then
 * consumed back. Anything the pipeline does is measured against this.
 */
final class RawBaseline {

    static final String TOPIC = "tally.bench.raw";

    record Result(long records, long bytes, double produceSeconds, double consumeSeconds) {
        double produceRate() {
            return records / produceSeconds;
        }

        double consumeRate() {
            return records / consumeSeconds;
        }

        /** Produce then consume: the same records through the broker once each way. */
        double roundTripRate() {
            return records / (produceSeconds + consumeSeconds);
        }
    }

    private RawBaseline() {
    }

    /** Produces {@code n} figures to {@code topic}; returns the bytes sent. Fails if any send failed. */
    static long produce(Properties client, String topic, SyntheticFigures figures, long n) {
        AtomicLong failed = new AtomicLong();
        AtomicReference<Exception> first = new AtomicReference<>();
        long bytes = 0;
        try (KafkaProducer<String, byte[]> producer = new KafkaProducer<>(KafkaPublisher.producerConfig(client), new StringSerializer(),
                new ByteArraySerializer())) {
            for (long i = 0; i < n; i++) {
                Figure f = figures.next();
                byte[] value = TallyTopics.DEFAULT.figures().valueSerde().serializer().serialize(TallyEnvironment.DEFAULT.figures(), f);
                bytes += value.length;
                producer.send(new ProducerRecord<>(topic, f.articleId(), value), (m, e) -> {
                    if (e != null) {
                        failed.incrementAndGet();
                        first.compareAndSet(null, e);
                    }
                });
            }
            producer.flush();
        }
        if (failed.get() > 0) {
            throw new IllegalStateException(failed.get() + " records not written: " + first.get());
        }
        return bytes;
    }

    static Result run(Properties client, long n, int partitions) throws Exception {
        try (Admin admin = Admin.create(client)) {
            admin.createTopics(List.of(new NewTopic(TOPIC, partitions, (short) 1))).all().get(30, TimeUnit.SECONDS);
            // Wait for leaders before producing (KAFKA-15591: an idempotent producer can lose the first batches).
            Map<TopicPartition, org.apache.kafka.clients.admin.OffsetSpec> ends = new java.util.HashMap<>();
            for (int p = 0; p < partitions; p++) {
                ends.put(new TopicPartition(TOPIC, p), org.apache.kafka.clients.admin.OffsetSpec.latest());
            }
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
            while (true) {
                try {
                    admin.listOffsets(ends).all().get(10, TimeUnit.SECONDS);
                    break;
                } catch (Exception e) {
                    if (System.nanoTime() > deadline) {
                        throw e;
                    }
                    Thread.sleep(100);
                }
            }
            try {
                long t0 = System.nanoTime();
                long bytes = produce(client, TOPIC, new SyntheticFigures(7, "raw"), n);
                long t1 = System.nanoTime();
                consume(client, partitions, n);
                long t2 = System.nanoTime();
                return new Result(n, bytes, (t1 - t0) / 1e9, (t2 - t1) / 1e9);
            } finally {
                admin.deleteTopics(List.of(TOPIC)).all().get(60, TimeUnit.SECONDS);
            }
        }
    }

    private static void consume(Properties client, int partitions, long n) {
        Properties c = new Properties();
        c.putAll(client);
        c.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        try (KafkaConsumer<byte[], byte[]> consumer = new KafkaConsumer<>(c, new ByteArrayDeserializer(), new ByteArrayDeserializer())) {
            List<TopicPartition> tps = new ArrayList<>();
            for (int p = 0; p < partitions; p++) {
                tps.add(new TopicPartition(TOPIC, p));
            }
            consumer.assign(tps);
            consumer.seekToBeginning(tps);
            long seen = 0;
            while (seen < n) {
                ConsumerRecords<byte[], byte[]> records = consumer.poll(Duration.ofMillis(500));
                seen += records.count();
            }
        }
    }
}
