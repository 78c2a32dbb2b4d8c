package tally.streams.serve;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.PartitionInfo;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.WakeupException;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Follows Tally's topics from their current end, outside any consumer group, and hands every
 * committed record to its listeners: live updates for the dashboard and Tally's own metrics. Each
 * instance follows every partition, so any instance can tell a dashboard that something changed.
 */
final class TopicWatcher implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(TopicWatcher.class);
    private static final Duration POLL = Duration.ofMillis(200);

    @FunctionalInterface
    interface Listener {
        void onRecords(ConsumerRecords<byte[], byte[]> records);
    }

    private final KafkaConsumer<byte[], byte[]> consumer;
    private final List<Listener> listeners;
    private final Thread thread;
    private volatile boolean closed;

    private TopicWatcher(KafkaConsumer<byte[], byte[]> consumer, List<Listener> listeners) {
        this.consumer = consumer;
        this.listeners = List.copyOf(listeners);
        this.thread = new Thread(this::loop, "tally-topic-watcher");
        this.thread.setDaemon(true);
    }

    /** Starts following {@code topics}; returns once their current ends are known (so nothing later is missed). */
    static TopicWatcher start(Properties client, List<String> topics, List<Listener> listeners) {
        Properties p = new Properties();
        p.putAll(client);
        p.put(ConsumerConfig.CLIENT_ID_CONFIG, "tally-watch-" + UUID.randomUUID());
        p.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        p.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed"); // only what the Streams transactions committed
        p.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, ByteArrayDeserializer.class);
        p.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, ByteArrayDeserializer.class);
        KafkaConsumer<byte[], byte[]> consumer = new KafkaConsumer<>(p);
        List<TopicPartition> partitions = new ArrayList<>();
        for (String topic : topics) {
            for (PartitionInfo info : consumer.partitionsFor(topic, Duration.ofSeconds(30))) {
                partitions.add(new TopicPartition(topic, info.partition()));
            }
        }
        consumer.assign(partitions);
        consumer.seekToEnd(partitions);
        partitions.forEach(tp -> consumer.position(tp, Duration.ofSeconds(30))); // seekToEnd is lazy: resolve now
        TopicWatcher watcher = new TopicWatcher(consumer, listeners);
        watcher.thread.start();
        return watcher;
    }

    private void loop() {
        try {
            while (!closed) {
                ConsumerRecords<byte[], byte[]> records = consumer.poll(POLL);
                if (records.isEmpty()) {
                    continue;
                }
                for (Listener listener : listeners) {
                    try {
                        listener.onRecords(records);
                    } catch (RuntimeException e) {
                        LOG.warn("a topic listener failed: {}", e.toString());
                    }
                }
            }
        } catch (WakeupException e) {
            // closing
        } catch (RuntimeException e) {
            if (!closed) {
                LOG.error("stopped following Tally's topics: live updates and Tally's metrics are frozen", e);
            }
        } finally {
            consumer.close(Duration.ofSeconds(5));
        }
    }

    @Override
    public void close() {
        closed = true;
        consumer.wakeup();
        try {
            thread.join(10_000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
