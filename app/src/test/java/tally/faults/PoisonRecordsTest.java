package tally.faults;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.Future;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.apache.kafka.streams.KafkaStreams;
import org.apache.kafka.streams.state.HostInfo;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tally.app.Brokers;
import tally.ingest.Extraction;
import tally.ingest.generate.SyntheticNews;
import tally.ingest.read.RawArticle;
import tally.stats.Figure;
import tally.stats.TallyEnvironment;
import tally.stats.json.Json;
import tally.streams.app.TallyApp;
import tally.streams.app.TallyStreamsConfig;
import tally.streams.kafka.CaughtUp;
import tally.streams.kafka.EmbeddedKafka;
import tally.streams.kafka.TopicReader;
import tally.streams.serve.TallyHttpServer;
import tally.streams.topology.TallyTopics;

/**
 * 10,000 poison records of every kind interleaved with good figures on {@code tally.figures}:
 * each lands in the dead-letter queue with its reason, the application stays RUNNING, every good
 * figure is counted (the estimates equal a clean computation over the good ones alone), and
 * {@code /metrics} counts the dead letters.
 */
class PoisonRecordsTest {

    static final int POISON = 10_000;

    @TempDir
    Path dir;

    @Test
    void poisonGoesToTheDeadLetterQueueAndEveryGoodFigureCounts() throws Exception {
        try (EmbeddedKafka kafka = EmbeddedKafka.start(dir.resolve("kafka"))) {
            Properties client = Brokers.clientWithTopics(kafka, 4);
            try (TallyHttpServer server = TallyHttpServer.bind("127.0.0.1", 0);
                 TallyApp app = TallyApp.start(TallyEnvironment.DEFAULT, client, dir.resolve("state"), TallyStreamsConfig.EXACTLY_ONCE, 1, false,
                         "127.0.0.1:" + server.port())) {
                server.serve(app.streams(), new HostInfo("127.0.0.1", server.port()), client, TallyEnvironment.DEFAULT);
                app.awaitRunning(Duration.ofMinutes(2));
                List<Figure> good = goodFigures();
                byte[][] poison = poison(good.get(0));
                Properties p = new Properties();
                p.putAll(client);
                p.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
                p.put(ProducerConfig.ACKS_CONFIG, "all");
                List<Future<RecordMetadata>> sends = new ArrayList<>();
                try (KafkaProducer<String, byte[]> producer = new KafkaProducer<>(p, new StringSerializer(), new ByteArraySerializer())) {
                    int g = 0;
                    // Good figures keyed by figure id, as an earlier Tally published them: re-keyed by article on the way.
                    for (int i = 0; i < POISON; i++) {
                        sends.add(producer.send(new ProducerRecord<>(TallyEnvironment.DEFAULT.figures(), "poison-" + i, poison[i % poison.length])));
                        if (i % 4 == 0 && g < good.size()) {
                            Figure f = good.get(g++);
                            sends.add(producer.send(new ProducerRecord<>(TallyEnvironment.DEFAULT.figures(), f.id(), TallyTopics.DEFAULT.figures().valueSerde().serializer().serialize(TallyEnvironment.DEFAULT.figures(), f))));
                        }
                    }
                    for (; g < good.size(); g++) {
                        Figure f = good.get(g);
                        sends.add(producer.send(new ProducerRecord<>(TallyEnvironment.DEFAULT.figures(), f.id(), TallyTopics.DEFAULT.figures().valueSerde().serializer().serialize(TallyEnvironment.DEFAULT.figures(), f))));
                    }
                    for (Future<RecordMetadata> s : sends) {
                        s.get();
                    }
                }
                CaughtUp.await(client, TallyEnvironment.DEFAULT.applicationId(), TallyEnvironment.DEFAULT.figures(), Duration.ofMinutes(3));
                assertEquals(KafkaStreams.State.RUNNING, app.streams().state());

                List<ConsumerRecord<String, byte[]>> dead = TopicReader.all(client, TallyEnvironment.DEFAULT.figuresDlq(), new ByteArrayDeserializer());
                assertEquals(POISON, dead.size(), "every poison record, once");
                Map<String, Integer> reasons = new HashMap<>();
                for (ConsumerRecord<String, byte[]> r : dead) {
                    assertTrue(r.key().startsWith("poison-"), "only poison in the DLQ: " + r.key());
                    var message = r.headers().lastHeader("__streams.errors.message");
                    assertTrue(message != null && message.value().length > 0, "a reason for " + r.key());
                    reasons.merge(new String(r.headers().lastHeader("__streams.errors.exception").value(), StandardCharsets.UTF_8), 1, Integer::sum);
                }

                CleanRun.assertOutputsEqual(client, good, "good figures only");

                String metrics = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(server.address() + "/metrics")).build(),
                        HttpResponse.BodyHandlers.ofString()).body();
                double counted = metrics.lines().filter(l -> l.startsWith("tally_dlq_records_total{"))
                        .mapToDouble(l -> Double.parseDouble(l.substring(l.lastIndexOf(' ') + 1))).sum();
                assertEquals(POISON, counted, 0.0, metrics.lines().filter(l -> l.startsWith("tally_dlq")).toList().toString());
                System.out.printf("poison: %d records in the DLQ by exception %s; %d good figures all counted; app %s%n",
                        dead.size(), reasons, good.size(), app.streams().state());
            }
        }
    }

    private static List<Figure> goodFigures() {
        SyntheticNews news = new SyntheticNews(5);
        Extraction extraction = new Extraction();
        List<Figure> figures = new ArrayList<>();
        for (int i = 0; i < 800; i++) {
            SyntheticNews.Article a = news.next();
            figures.addAll(extraction.process(new RawArticle(a.id(), a.published(), a.source(), a.url(), a.title(), a.lang(),
                    a.text(), false, a.id(), true)).figures());
        }
        return figures;
    }

    /** Not JSON, wrong types, huge and negative values, an unknown schema, a missing metric, an empty record. */
    private static byte[][] poison(Figure template) throws Exception {
        var node = (com.fasterxml.jackson.databind.node.ObjectNode) Json.MAPPER.valueToTree(template);
        List<byte[]> kinds = new ArrayList<>();
        kinds.add("not json at all".getBytes(StandardCharsets.UTF_8));
        kinds.add(new byte[] {(byte) 0xff, 0, 1, 2, (byte) 0xfe});
        kinds.add("{\"truncated\": ".getBytes(StandardCharsets.UTF_8));
        kinds.add(new byte[0]);
        kinds.add(Json.MAPPER.writeValueAsBytes(node.deepCopy().put("value", "many")));
        kinds.add(Json.MAPPER.writeValueAsBytes(node.deepCopy().put("value", 1e300)));
        kinds.add(Json.MAPPER.writeValueAsBytes(node.deepCopy().put("value", -5)));
        kinds.add(Json.MAPPER.writeValueAsBytes(node.deepCopy().put("schema", 99)));
        kinds.add(Json.MAPPER.writeValueAsBytes(node.deepCopy().put("metric", "bodies")));
        kinds.add(Json.MAPPER.writeValueAsBytes(node.deepCopy().put("place", "XX")));
        kinds.add(Json.MAPPER.writeValueAsBytes(node.deepCopy().remove(List.of("metric"))));
        kinds.add("[1, 2, 3]".getBytes(StandardCharsets.UTF_8));
        return kinds.toArray(new byte[0][]);
    }
}
