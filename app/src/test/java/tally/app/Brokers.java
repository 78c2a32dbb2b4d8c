package tally.app;

import tally.stats.TallyEnvironment;
import java.time.Duration;
import java.util.Properties;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import tally.streams.kafka.EmbeddedKafka;
import tally.streams.kafka.TopicReader;
import tally.streams.kafka.TopicSetup;

/**
 * How the embedded-broker tests begin, those of the application and those that run {@code tally}
 * in its own JVM: a client of the broker with Tally's topics created, and a wait until a command
 * has published something.
 */
public final class Brokers {

    private Brokers() {
    }

    public static Properties clientWithTopics(EmbeddedKafka kafka, int partitions) {
        Properties client = new Properties();
        client.put("bootstrap.servers", kafka.bootstrapServers());
        TopicSetup.ensure(client, TallyEnvironment.DEFAULT, partitions, (short) 1);
        return client;
    }

    /** Waits (up to two minutes) until {@code topic} holds more than {@code records} records. */
    public static void awaitMoreThan(Properties client, String topic, int records) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofMinutes(2).toNanos();
        while (System.nanoTime() < deadline) {
            if (TopicReader.all(client, topic, new ByteArrayDeserializer()).size() > records) {
                return;
            }
            Thread.sleep(100);
        }
        throw new AssertionError("nothing published to " + topic + " (at most " + records + " records in two minutes)");
    }
}
