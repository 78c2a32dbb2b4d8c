package tally.streams.kafka;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.Deserializer;
import org.apache.kafka.common.serialization.StringDeserializer;

/**
 * Reads a topic from the beginning to its current end, committed records only, without a
 * consumer group: the latest value per key of a compacted output, or every record of a log.
 */
public final class TopicReader {

    private TopicReader() {
    }

    /** The latest value of every key (a null value deletes the key), in first-seen order. */
    public static <V> Map<String, V> latest(Properties client, Topic<String, V> topic) {
        return latest(client, topic.name(), topic.valueSerde().deserializer());
    }

    /** The latest value of every key as {@code values} reads it, e.g. the bytes as written. */
    public static <V> Map<String, V> latest(Properties client, String topic, Deserializer<V> values) {
        Map<String, V> latest = new LinkedHashMap<>();
        for (ConsumerRecord<String, V> r : all(client, topic, values)) {
            if (r.value() == null) {
                latest.remove(r.key());
            } else {
                latest.put(r.key(), r.value());
            }
        }
        return latest;
    }

    public static <V> List<ConsumerRecord<String, V>> all(Properties client, String topic, Deserializer<V> values) {
        Properties p = new Properties();
        p.putAll(client);
        p.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
        p.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false");
        List<ConsumerRecord<String, V>> records = new ArrayList<>();
        try (KafkaConsumer<String, V> consumer = new KafkaConsumer<>(p, new StringDeserializer(), values)) {
            List<TopicPartition> partitions = consumer.partitionsFor(topic, Duration.ofSeconds(30)).stream()
                    .map(i -> new TopicPartition(topic, i.partition())).toList();
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            Map<TopicPartition, Long> end = consumer.endOffsets(partitions);
            while (partitions.stream().anyMatch(tp -> consumer.position(tp) < end.get(tp))) {
                consumer.poll(Duration.ofMillis(200)).forEach(records::add);
            }
        }
        return records;
    }
}
