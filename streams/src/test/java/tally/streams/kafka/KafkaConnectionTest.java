package tally.streams.kafka;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Properties;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class KafkaConnectionTest {

    @TempDir
    Path dir;

    @Test
    void everyClientPropertyPassesThroughAndTheOptionWins() throws Exception {
        Path config = dir.resolve("client.properties");
        Files.writeString(config, "bootstrap.servers=from-file:9093\nsecurity.protocol=SASL_SSL\nsasl.mechanism=SCRAM-SHA-512\n"
                + "ssl.truststore.location=/etc/kafka/truststore.jks\n");
        try (KafkaConnection c = KafkaConnection.open(null, config, Map.of(), dir)) {
            Properties p = c.client();
            assertEquals("from-file:9093", p.getProperty("bootstrap.servers"));
            assertEquals("SASL_SSL", p.getProperty("security.protocol"));
            assertEquals("SCRAM-SHA-512", p.getProperty("sasl.mechanism"));
            assertEquals("/etc/kafka/truststore.jks", p.getProperty("ssl.truststore.location"));
            assertFalse(c.isEmbedded());
        }
        try (KafkaConnection c = KafkaConnection.open(null, config, Map.of("KAFKA_BOOTSTRAP_SERVERS", "from-env:9094"), dir)) {
            assertEquals("from-env:9094", c.bootstrapServers());
        }
        try (KafkaConnection c = KafkaConnection.open("from-option:9095", config, Map.of("KAFKA_BOOTSTRAP_SERVERS", "from-env:9094"), dir)) {
            assertEquals("from-option:9095", c.bootstrapServers());
            assertEquals("SASL_SSL", c.client().getProperty("security.protocol"));
        }
    }

    @Test
    void clientPropertiesComeFromTheEnvironmentOverTheFile() throws Exception {
        Path config = dir.resolve("client.properties");
        Files.writeString(config, "bootstrap.servers=from-file:9093\nsecurity.protocol=PLAINTEXT\n");
        Map<String, String> env = Map.of("KAFKA_SECURITY_PROTOCOL", "SASL_SSL", "KAFKA_SASL_MECHANISM", "PLAIN",
                "KAFKA_SASL_JAAS_CONFIG", "org.apache.kafka.common.security.plain.PlainLoginModule required;",
                "KAFKA_HEAP_OPTS", "-Xmx1g", "KAFKA_NUM_STREAM_THREADS", "2", "PATH", "/usr/bin");
        try (KafkaConnection c = KafkaConnection.open(null, config, env, dir)) {
            Properties p = c.client();
            assertEquals("SASL_SSL", p.getProperty("security.protocol"));
            assertEquals("PLAIN", p.getProperty("sasl.mechanism"));
            assertEquals("org.apache.kafka.common.security.plain.PlainLoginModule required;", p.getProperty("sasl.jaas.config"));
            assertEquals("2", p.getProperty("num.stream.threads"));
            assertEquals("from-file:9093", c.bootstrapServers());
            assertFalse(p.containsKey("heap.opts"), "not a client setting: left alone");
            assertEquals(5, p.size(), p.toString());
        }
    }

    @Test
    void aMissingPropertiesFileIsAClearError() {
        UncheckedIOException e = assertThrows(UncheckedIOException.class,
                () -> KafkaConnection.open(null, dir.resolve("nope.properties"), Map.of(), dir));
        assertTrue(e.getMessage().startsWith("cannot read the Kafka client properties"), e.getMessage());
    }
}
