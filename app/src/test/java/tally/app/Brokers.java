package tally.app;

import java.util.Properties;
import tally.streams.kafka.EmbeddedKafka;
import tally.streams.kafka.TopicSetup;

/** How the embedded-broker tests of the application begin: a client of the broker, Tally's topics created. */
final class Brokers {

    private Brokers() {
    }

    static Properties clientWithTopics(EmbeddedKafka kafka, int partitions) {
        Properties client = new Properties();
        client.put("bootstrap.servers", kafka.bootstrapServers());
        TopicSetup.ensure(client, partitions, (short) 1);
        return client;
    }
}
