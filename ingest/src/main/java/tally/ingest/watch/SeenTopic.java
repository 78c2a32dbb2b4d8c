package tally.ingest.watch;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.PartitionInfo;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import tally.stats.TallyEnvironment;

/**
 * What the feed watcher has seen, kept in the compacted topic {@link TallyEnvironment#watchSeen()} so that a
 * restart, or a watcher on another machine, does not fetch or publish it again: pages by URL,
 * articles by a hash of their content (one story under two addresses), feeds by the validators of
 * their last answer. Read whole when the watcher starts (one entry per page, a few hundred bytes).
 */
public final class SeenTopic implements AutoCloseable {

    private static final Duration READ_TIMEOUT = Duration.ofMinutes(2);

    private final Map<String, String> seen = new HashMap<>();
    private final KafkaProducer<String, String> producer;
    private final String topic;
    private final List<Future<?>> unconfirmed = new ArrayList<>();

    private SeenTopic(KafkaProducer<String, String> producer, String topic) {
        this.producer = producer;
        this.topic = topic;
    }

    /** Everything seen so far, read from the topic's start to its end. */
    public static SeenTopic open(Properties client, TallyEnvironment environment) {
        SeenTopic topic = new SeenTopic(new KafkaProducer<>(producerConfig(client), new StringSerializer(), new StringSerializer()),
                environment.watchSeen());
        topic.readAll(client);
        return topic;
    }

    private static Properties producerConfig(Properties client) {
        Properties p = new Properties();
        p.putAll(client);
        p.put(ProducerConfig.ACKS_CONFIG, "all");
        p.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
        p.put(ProducerConfig.CLIENT_ID_CONFIG, "tally-watch-seen");
        return p;
    }

    private void readAll(Properties client) {
        Properties p = new Properties();
        p.putAll(client);
        p.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        p.put(ConsumerConfig.CLIENT_ID_CONFIG, "tally-watch-seen-reader");
        try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(p, new StringDeserializer(), new StringDeserializer())) {
            List<TopicPartition> partitions = new ArrayList<>();
            for (PartitionInfo info : consumer.partitionsFor(topic, READ_TIMEOUT)) {
                partitions.add(new TopicPartition(info.topic(), info.partition()));
            }
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            Map<TopicPartition, Long> end = consumer.endOffsets(partitions, READ_TIMEOUT);
            long deadline = System.nanoTime() + READ_TIMEOUT.toNanos();
            while (partitions.stream().anyMatch(tp -> consumer.position(tp, READ_TIMEOUT) < end.get(tp))) {
                if (System.nanoTime() > deadline) {
                    throw new IllegalStateException("cannot read what the watcher has seen (" + topic + ") within "
                            + READ_TIMEOUT.toMinutes() + " min");
                }
                for (ConsumerRecord<String, String> r : consumer.poll(Duration.ofMillis(500))) {
                    if (r.value() == null) {
                        seen.remove(r.key());
                    } else {
                        seen.put(r.key(), r.value());
                    }
                }
            }
        }
    }

    public String get(String key) {
        return seen.get(key);
    }

    public boolean contains(String key) {
        return seen.containsKey(key);
    }

    /** Remembers {@code key}; written for good at the next {@link #flush()}. */
    public void put(String key, String value) {
        seen.put(key, value);
        unconfirmed.add(producer.send(new ProducerRecord<>(topic, key, value)));
    }

    /** Waits until everything put is on Kafka. */
    public void flush() throws InterruptedException {
        producer.flush();
        try {
            for (Future<?> f : unconfirmed) {
                f.get();
            }
        } catch (ExecutionException e) {
            throw new IllegalStateException("cannot write what the watcher has seen to " + topic + ": "
                    + e.getCause().getMessage(), e.getCause());
        } finally {
            unconfirmed.clear();
        }
    }

    public String topic() {
        return topic;
    }

    public int size() {
        return seen.size();
    }

    @Override
    public void close() {
        producer.close();
    }
}
