package tally.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tally.streams.kafka.EmbeddedKafka;

/** {@code tally bench} on a cluster given by address: it refuses to run without consent, and deletes only Tally's topics. */
class BenchOnClusterTest {

    private static final String OTHERS = "newsroom.wire";

    @TempDir
    Path dir;

    @Test
    void needsConsentThenMeasuresAndLeavesOtherTopicsAlone() throws Exception {
        try (EmbeddedKafka kafka = EmbeddedKafka.start(dir.resolve("kafka"))) {
            String bootstrap = kafka.bootstrapServers();
            Properties client = new Properties();
            client.put("bootstrap.servers", bootstrap);
            try (Admin admin = Admin.create(client)) {
                admin.createTopics(List.of(new NewTopic(OTHERS, 1, (short) 1))).all().get(30, TimeUnit.SECONDS);
            }
            Properties producer = new Properties();
            producer.putAll(client);
            producer.put(ProducerConfig.ACKS_CONFIG, "all");
            try (KafkaProducer<String, String> p = new KafkaProducer<>(producer, new StringSerializer(), new StringSerializer())) {
                p.send(new ProducerRecord<>(OTHERS, "k", "a record that is not Tally's")).get(30, TimeUnit.SECONDS);
            }

            TallyRun refused = TallyRun.of("bench", "--bootstrap-servers", bootstrap, "--figures", "500");
            assertNotEquals(0, refused.exit());
            assertTrue(refused.err().contains("--destroy-tally-topics"), refused.err());

            TallyRun run = TallyRun.of("bench", "--bootstrap-servers", bootstrap, "--destroy-tally-topics", "--figures", "500",
                    "--warm-up", "0", "--guarantees", "exactly_once_v2", "--latency-seconds", "0", "--cold-starts", "0",
                    "--no-references");
            assertEquals(0, run.exit(), run.err());
            assertTrue(run.out().contains("broker " + bootstrap), run.out());
            assertTrue(run.out().contains("2. pipeline exactly_once_v2: 500 figures in "), run.out());

            assertEquals(List.of("a record that is not Tally's"), values(client), "the other topic and its record are still there");
        }
    }

    private static List<String> values(Properties client) {
        Properties c = new Properties();
        c.putAll(client);
        c.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(c, new StringDeserializer(), new StringDeserializer())) {
            TopicPartition tp = new TopicPartition(OTHERS, 0);
            consumer.assign(List.of(tp));
            consumer.seekToBeginning(List.of(tp));
            Map<TopicPartition, Long> end = consumer.endOffsets(List.of(tp));
            List<String> values = new java.util.ArrayList<>();
            long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
            while (consumer.position(tp) < end.get(tp) && System.nanoTime() < deadline) {
                for (ConsumerRecord<String, String> r : consumer.poll(Duration.ofMillis(200))) {
                    values.add(r.value());
                }
            }
            return values;
        }
    }
}
