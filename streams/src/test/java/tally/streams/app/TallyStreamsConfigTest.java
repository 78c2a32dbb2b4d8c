package tally.streams.app;

import tally.stats.TallyEnvironment;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import org.apache.kafka.streams.KafkaStreams;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tally.streams.topology.TallyTopology;

/**
 * The client ids of an instance are the same after a restart (issue 20), so the {@code client-id}
 * label of Kafka's metrics names the same series: the application id and the instance's
 * advertised address. Before, they came from a random UUID kept in the state directory: new
 * whenever the state was lost or wiped (a new volume, a replay).
 */
class TallyStreamsConfigTest {

    @TempDir
    Path state;

    @Test
    void theKafkaMetricsOfAnInstanceKeepTheirClientIdsAcrossARestart() {
        Set<String> first = clientIds("tally-0.tally:8080", state.resolve("first"));
        Set<String> restartedWithoutItsState = clientIds("tally-0.tally:8080", state.resolve("new-volume"));
        assertEquals(first, restartedWithoutItsState);
        assertTrue(first.stream().allMatch(id -> id.startsWith("tally-streams-tally-0.tally-8080")), first.toString());
        Set<String> other = clientIds("tally-1.tally:8080", state.resolve("other"));
        assertFalse(first.stream().anyMatch(other::contains), "another instance has its own ids");
    }

    /** The client-id tags of the metrics of an application made (not started) with this instance's configuration. */
    private static Set<String> clientIds(String applicationServer, Path stateDir) {
        Properties client = new Properties();
        client.put("bootstrap.servers", "localhost:1");
        Properties config = TallyStreamsConfig.of(TallyEnvironment.DEFAULT, client, stateDir, TallyStreamsConfig.EXACTLY_ONCE, 1, applicationServer);
        try (KafkaStreams streams = new KafkaStreams(TallyTopology.build(TallyEnvironment.DEFAULT), config)) {
            Set<String> ids = new TreeSet<>();
            streams.metrics().keySet().forEach(name -> {
                String id = name.tags().get("client-id");
                if (id != null) {
                    ids.add(id);
                }
            });
            assertFalse(ids.isEmpty(), "metrics with a client-id");
            return ids;
        }
    }
}
