package tally.app;

import tally.streams.app.DeadLetters;
import tally.streams.app.TallyApp;
import tally.streams.app.TallyStreamsConfig;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AlterConfigOp;
import org.apache.kafka.clients.admin.ConfigEntry;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.config.ConfigResource;
import org.apache.kafka.common.config.TopicConfig;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.streams.KafkaStreams;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tally.stats.TallyEnvironment;
import tally.stats.consolidate.Mentions;
import tally.streams.kafka.CaughtUp;
import tally.streams.kafka.EmbeddedKafka;
import tally.streams.kafka.TopicReader;
import tally.streams.topology.TallySerdes;

/**
 * A record the broker refuses (here every estimate: {@code tally.estimates} accepts at most 300
 * bytes) goes to the dead-letter queue with its reason, through the production error handler, and
 * the application keeps running with its other outputs right. Under at_least_once: under
 * exactly_once_v2 Kafka's transactional producer aborts the transaction on such a record whatever
 * the handler says, which is why the application is built never to produce one.
 *
 * <p>An estimate written when the record cache flushes has no source record in its context, so a
 * dead letter carries its input figure only when the estimate was written while that figure was
 * processed; it always names the estimate that was lost ({@link DeadLetters#KEY_HEADER}).
 */
class UnwritableOutputTest {

    @TempDir
    Path dir;

    @Test
    void anOutputTheBrokerRefusesIsDeadLetteredAndTheApplicationKeepsRunning() throws Exception {
        try (EmbeddedKafka kafka = EmbeddedKafka.start(dir.resolve("kafka"))) {
            Properties client = Brokers.clientWithTopics(kafka, 2);
            try (Admin admin = Admin.create(client)) {
                admin.incrementalAlterConfigs(Map.of(new ConfigResource(ConfigResource.Type.TOPIC, TallyEnvironment.DEFAULT.estimates()), List.of(
                        new AlterConfigOp(new ConfigEntry(TopicConfig.MAX_MESSAGE_BYTES_CONFIG, "300"), AlterConfigOp.OpType.SET)))).all().get();
            }
            int n = 40;
            List<String[]> figures = new ArrayList<>();
            Set<String> sent = new HashSet<>();
            for (int i = 0; i < n; i++) {
                String article = "unwritable-" + i;
                figures.add(new String[]{article, ProlificStatisticTest.figure("uf" + i, article, "Outlet " + i % 4, 100 + i, true, "q")});
                sent.add(figures.get(i)[1]);
            }
            try (TallyApp app = TallyApp.start(TallyEnvironment.DEFAULT, client, dir.resolve("streams"), "at_least_once", 1, false, null)) {
                app.awaitRunning(Duration.ofMinutes(2));
                ProlificStatisticTest.send(client, figures);
                // Within less than the 60 s a producer stalls for when its first dead letter goes to a topic it
                // does not know yet (DeadLetterReadyClientSupplier): that stall timed out the task's other writes.
                CaughtUp.await(client, TallyEnvironment.DEFAULT.applicationId(), TallyEnvironment.DEFAULT.figures(), Duration.ofSeconds(45));
                assertEquals(KafkaStreams.State.RUNNING, app.streams().state());
                List<ConsumerRecord<String, byte[]>> dead = TopicReader.all(client, TallyEnvironment.DEFAULT.figuresDlq(), new ByteArrayDeserializer());
                assertFalse(dead.isEmpty(), "the refused estimates are in the dead-letter queue");
                for (ConsumerRecord<String, byte[]> d : dead) {
                    // Every header of the letter: a processing error's names the processor and where it threw.
                    String letter = headers(d);
                    assertEquals("org.apache.kafka.common.errors.RecordTooLargeException", header(d, "__streams.errors.exception"), letter);
                    assertEquals(TallyEnvironment.DEFAULT.estimates(), header(d, DeadLetters.TARGET_HEADER), letter);
                    assertFalse(header(d, DeadLetters.KEY_HEADER).isBlank(), "the estimate that was lost is named: " + letter);
                    if (d.value() != null) {
                        String from = header(d, "__streams.errors.topic");
                        assertTrue(!TallyEnvironment.DEFAULT.figures().equals(from) || sent.contains(new String(d.value(), StandardCharsets.UTF_8)),
                                "the input record behind it, when known, is kept whole (from " + from + ")");
                        assertTrue(d.value().length > 0, "from " + from);
                    }
                }
                assertTrue(TopicReader.all(client, TallyEnvironment.DEFAULT.estimates(), new ByteArrayDeserializer()).isEmpty());
                Map<String, Mentions> mentions = TopicReader.latest(client, TallyEnvironment.DEFAULT.mentionsWeekly(), TallySerdes.MENTIONS.deserializer());
                assertEquals(n, mentions.values().stream().mapToInt(Mentions::figures).sum(), "the other outputs are complete");
            }
        }
    }

    private static String header(ConsumerRecord<String, byte[]> r, String name) {
        Header h = r.headers().lastHeader(name);
        return h == null ? "" : new String(h.value(), StandardCharsets.UTF_8);
    }

    private static String headers(ConsumerRecord<String, byte[]> r) {
        StringBuilder all = new StringBuilder("dead letter at offset " + r.offset() + ":");
        for (Header h : r.headers()) {
            all.append("\n  ").append(h.key()).append(" = ").append(new String(h.value(), StandardCharsets.UTF_8));
        }
        return all.toString();
    }
}
