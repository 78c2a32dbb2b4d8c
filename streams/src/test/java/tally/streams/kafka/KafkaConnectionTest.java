package tally.streams.kafka;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
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
        try (KafkaConnection c = KafkaConnection.open(null, config, null, dir)) {
            Properties p = c.client();
            assertEquals("from-file:9093", p.getProperty("bootstrap.servers"));
            assertEquals("SASL_SSL", p.getProperty("security.protocol"));
            assertEquals("SCRAM-SHA-512", p.getProperty("sasl.mechanism"));
            assertEquals("/etc/kafka/truststore.jks", p.getProperty("ssl.truststore.location"));
            assertFalse(c.isEmbedded());
        }
        try (KafkaConnection c = KafkaConnection.open(null, config, "from-env:9094", dir)) {
            assertEquals("from-env:9094", c.bootstrapServers());
        }
        try (KafkaConnection c = KafkaConnection.open("from-option:9095", config, "from-env:9094", dir)) {
            assertEquals("from-option:9095", c.bootstrapServers());
            assertEquals("SASL_SSL", c.client().getProperty("security.protocol"));
        }
    }

    @Test
    void aMissingPropertiesFileIsAClearError() {
        UncheckedIOException e = assertThrows(UncheckedIOException.class,
                () -> KafkaConnection.open(null, dir.resolve("nope.properties"), null, dir));
        assertTrue(e.getMessage().startsWith("cannot read the Kafka client properties"), e.getMessage());
    }
}
