package tally.streams.kafka;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tally.stats.TallyEnvironment;

class KafkaConnectionTest {

    @TempDir
    Path dir;

    private KafkaConnection.Settings settings(String option, Path config, Map<String, String> env, boolean embedded) {
        return new KafkaConnection.Settings(option, config, env, dir.resolve("data"), embedded, null);
    }

    /** The address each source gives, told by the refusal naming it: {@code .invalid} names never resolve, so it comes at once. */
    private String refusal(KafkaConnection.Settings settings) {
        return assertThrows(IllegalStateException.class, () -> KafkaConnection.open(settings, line -> { })).getMessage();
    }

    @Test
    void theOptionWinsOverTheEnvironmentOverTheFileAndEachIsNamedWhenWrong() throws Exception {
        Path config = dir.resolve("client.properties");
        Files.writeString(config, "bootstrap.servers=from-file.invalid:9093\nsecurity.protocol=PLAINTEXT\n");
        String file = refusal(settings(null, config, Map.of(), false));
        assertTrue(file.startsWith("cannot connect to Kafka at from-file.invalid:9093: "), file);
        assertTrue(file.contains("check bootstrap.servers in " + config), file);
        String env = refusal(settings(null, config, Map.of("KAFKA_BOOTSTRAP_SERVERS", "from-env.invalid:9094"), false));
        assertTrue(env.startsWith("cannot connect to Kafka at from-env.invalid:9094: ") && env.contains("check KAFKA_BOOTSTRAP_SERVERS"), env);
        String option = refusal(settings("from-option.invalid:9095", config, Map.of("KAFKA_BOOTSTRAP_SERVERS", "from-env.invalid:9094"), true));
        assertTrue(option.startsWith("cannot connect to Kafka at from-option.invalid:9095: ") && option.contains("check --bootstrap-servers"), option);
        assertFalse(Files.exists(dir.resolve("data").resolve("kafka")), "a given address never starts the embedded broker");
    }

    @Test
    void anUnreachableClusterIsNamedWithinTheTimeout() {
        String address = "127.0.0.1:" + EmbeddedKafka.freePort(); // nothing listens there
        long started = System.nanoTime();
        String refused = refusal(settings(address, null, Map.of(), false));
        double seconds = (System.nanoTime() - started) / 1e9;
        assertEquals("cannot reach Kafka at " + address + ": no answer within 15 s (check --bootstrap-servers, that the brokers run, "
                + "and security.protocol of the client properties)", refused);
        // Before, the first admin call waited for Kafka's 60 s default and then said "cannot create Tally's topics: null".
        assertTrue(seconds < 45, "refused after " + seconds + " s");
        System.out.printf("unreachable cluster refused after %.1f s%n", seconds);
    }

    @Test
    void clientPropertiesComeFromTheEnvironmentOverTheFile() throws Exception {
        Path config = dir.resolve("client.properties");
        Files.writeString(config, "bootstrap.servers=from-file:9093\nsecurity.protocol=PLAINTEXT\nssl.truststore.location=/etc/kafka/truststore.jks\n");
        Map<String, String> env = Map.of("KAFKA_SECURITY_PROTOCOL", "SASL_SSL", "KAFKA_SASL_MECHANISM", "PLAIN",
                "KAFKA_SASL_JAAS_CONFIG", "org.apache.kafka.common.security.plain.PlainLoginModule required;",
                "KAFKA_HEAP_OPTS", "-Xmx1g", "KAFKA_NUM_STREAM_THREADS", "2", "PATH", "/usr/bin");
        Properties p = KafkaConnection.clientProperties(config, env);
        assertEquals("SASL_SSL", p.getProperty("security.protocol"));
        assertEquals("PLAIN", p.getProperty("sasl.mechanism"));
        assertEquals("org.apache.kafka.common.security.plain.PlainLoginModule required;", p.getProperty("sasl.jaas.config"));
        assertEquals("/etc/kafka/truststore.jks", p.getProperty("ssl.truststore.location"));
        assertEquals("2", p.getProperty("num.stream.threads"));
        assertEquals("from-file:9093", p.getProperty("bootstrap.servers"));
        assertFalse(p.containsKey("heap.opts"), "not a client setting: left alone");
        assertEquals(6, p.size(), p.toString());
    }

    @Test
    void aMisspelledSettingInTheFileIsRefusedWithTheNearestName() throws Exception {
        Path config = dir.resolve("client.properties");
        for (String[] typo : new String[][] {{"bootstrap.server", "bootstrap.servers"}, {"securty.protocol", "security.protocol"},
            {"producer.linger.msx", "producer.linger.ms"}, {"topic.min.insync.replica", "topic.min.insync.replicas"}}) {
            Files.writeString(config, typo[0] + "=x\n");
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> KafkaConnection.clientProperties(config, Map.of()));
            assertEquals("unknown Kafka setting '" + typo[0] + "' in " + config + "; did you mean '" + typo[1] + "'?", e.getMessage());
        }
        Files.writeString(config, "producer.linger.ms=5\ntopic.min.insync.replicas=2\nmain.consumer.max.poll.records=100\n"
                + "commit.interval.ms=100\ntally.rocksdb.memory.bytes=1000000\nsasl.jaas.config=x\n");
        assertEquals(6, KafkaConnection.clientProperties(config, Map.of()).size(), "Streams' prefixes and Tally's own setting are known");
    }

    @Test
    void withoutAnAddressItRefusesUnlessAskedForTheEmbeddedBroker() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> KafkaConnection.open(settings(null, null, Map.of(), false), line -> { }));
        assertEquals("no Kafka to use: pass --bootstrap-servers HOST:PORT (or set KAFKA_BOOTSTRAP_SERVERS, or bootstrap.servers in "
                + "--kafka-config), or --embedded for a broker of its own in " + dir.resolve("data") + ", or start 'tally demo' on "
                + dir.resolve("data") + " first", e.getMessage());
        assertFalse(Files.exists(dir.resolve("data").resolve("kafka")), "no private broker started");
    }

    @Test
    void theEmbeddedBrokerLocksTheDataDirectoryAndOthersFindIt() {
        List<String> said = new ArrayList<>();
        try (KafkaConnection first = KafkaConnection.open(settings(null, null, Map.of(), true), said::add)) {
            assertTrue(first.isEmbedded());
            String kafka = first.bootstrapServers();
            IllegalStateException second = assertThrows(IllegalStateException.class,
                    () -> KafkaConnection.open(settings(null, null, Map.of(), true), said::add));
            assertEquals("Tally is already using " + dir.resolve("data") + " (its Kafka is at " + kafka + "); pass --bootstrap-servers " + kafka,
                    second.getMessage());
            try (KafkaConnection found = KafkaConnection.open(settings(null, null, Map.of(), false), said::add)) {
                assertEquals(kafka, found.bootstrapServers());
                assertFalse(found.isEmbedded());
                assertEquals(List.of("using the Kafka of the Tally running on " + dir.resolve("data") + " at " + kafka), said);
                IllegalStateException state = assertThrows(IllegalStateException.class, found::lockState);
                assertTrue(state.getMessage().endsWith("pass --bootstrap-servers " + kafka + " and another --data-dir"), state.getMessage());
            }
        }
        try (KafkaConnection again = KafkaConnection.open(settings(null, null, Map.of(), true), line -> { })) {
            assertTrue(again.isEmbedded(), "closing released the data directory");
        }
    }

    @Test
    void aRunningTallysTopicPrefixIsFoundWithItsBroker() throws Exception {
        TallyEnvironment staging = TallyEnvironment.of("staging.", null);
        Path data = dir.resolve("data");
        List<String> said = new ArrayList<>();
        try (KafkaConnection demo = KafkaConnection.open(new KafkaConnection.Settings(null, null, Map.of(), data, true, staging), said::add)) {
            assertEquals(staging, demo.environment());
            // What another process reads: the lock file names the prefix and the application id.
            String lock = Files.readString(data.resolve(DataDirectory.LOCK_FILE));
            assertTrue(lock.contains("topic.prefix=staging.\n") && lock.contains("application.id=staging.tally-streams\n"), lock);
            try (KafkaConnection found = KafkaConnection.open(settings(null, null, Map.of(), false), said::add)) {
                assertEquals(staging, found.environment(), "ingest and export on the data directory use the demo's topics");
                assertEquals(List.of("using the Kafka of the Tally running on " + data + " at " + demo.bootstrapServers()
                        + " (topic prefix 'staging.', application id staging.tally-streams)"), said);
            }
            TallyEnvironment given = TallyEnvironment.of("other.", null);
            try (KafkaConnection told = KafkaConnection.open(new KafkaConnection.Settings(null, null, Map.of(), data, false, given), line -> { })) {
                assertEquals(given, told.environment(), "a prefix given wins over the running one's");
            }
        }
        try (KafkaConnection plain = KafkaConnection.open(settings(null, null, Map.of(), true), line -> { })) {
            assertEquals(TallyEnvironment.DEFAULT, plain.environment());
        }
    }

    @Test
    void aMissingPropertiesFileIsAClearError() {
        UncheckedIOException e = assertThrows(UncheckedIOException.class,
                () -> KafkaConnection.clientProperties(dir.resolve("nope.properties"), Map.of()));
        assertTrue(e.getMessage().startsWith("cannot read the Kafka client properties"), e.getMessage());
    }
}
