package tally.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import tally.app.SharedBroker;
import tally.stats.TallyEnvironment;
import tally.stats.consolidate.Estimate;
import tally.streams.app.TallyApp;
import tally.streams.app.TallyStreamsConfig;
import tally.streams.kafka.CaughtUp;
import tally.streams.kafka.TopicReader;
import tally.streams.topology.TallyTopics;

/** ingest, reextract and replay as a user runs them, against a real broker given by --bootstrap-servers. */
class KafkaCommandsTest {

    @TempDir
    static Path dir;

    @RegisterExtension
    static final SharedBroker kafka = new SharedBroker();


    private static TallyRun tally(String... args) {
        return TallyRun.of(args);
    }

    @Test
    void ingestThenReextractThenReplayGiveTheSameEstimates() throws Exception {
        Path batch = dir.resolve("batch.jsonl");
        Files.writeString(batch, "{\"id\":\"a\",\"published\":\"2011-01-13\",\"source\":\"Herald\",\"text\":\"Officials said 15,273 people were killed in Mexico in 2010.\"}\n"
                + "{\"id\":\"b\",\"published\":\"2011-01-14\",\"source\":\"La Voz\",\"lang\":\"es\",\"text\":\"En 2010 murieron 15 mil 273 personas en México.\"}\n"
                + "{\"id\":\"c\",\"text\":\n");
        String bootstrap = kafka.bootstrapServers();
        TallyRun ingest = tally("ingest", "--bootstrap-servers", bootstrap, "--partitions", "2", batch.toString());
        assertEquals(1, ingest.exit(), "one bad line: " + ingest.err());
        assertTrue(ingest.err().contains("batch.jsonl:3: invalid JSON"), ingest.err());
        assertTrue(ingest.out().startsWith("ingested 2 articles and 2 figures (4 records) to " + bootstrap), ingest.out());

        Properties client = new Properties();
        client.put("bootstrap.servers", bootstrap);
        Map<String, Estimate> first;
        try (TallyApp app = TallyApp.start(TallyEnvironment.DEFAULT, client, dir.resolve("state"), TallyStreamsConfig.EXACTLY_ONCE, 1, false, null)) {
            app.awaitRunning(Duration.ofMinutes(2));
            CaughtUp.await(client, TallyEnvironment.DEFAULT.applicationId(), TallyEnvironment.DEFAULT.figures(), Duration.ofMinutes(2));
            first = TopicReader.latest(client, TallyTopics.DEFAULT.estimates());
            Estimate mx = first.get("deaths|MX|2010-01-01|2010-12-31|total|flow|unspecified");
            assertEquals(2, mx.sources(), "the English and the Spanish outlet");

            // Issue 20: a reset under a running instance would take its partitions away; replay says so instead.
            TallyRun refused = tally("replay", "--once", "--bootstrap-servers", bootstrap, "--data-dir", dir.resolve("refused").toString());
            assertEquals(1, refused.exit(), refused.out() + refused.err());
            assertTrue(refused.err().startsWith("tally replay: the application tally-streams is running (")
                    && refused.err().contains("pass --force"), refused.err());
            assertEquals(first, TopicReader.latest(client, TallyTopics.DEFAULT.estimates()), "nothing was reset");

            TallyRun reextract = tally("reextract", "--bootstrap-servers", bootstrap);
            assertEquals(0, reextract.exit(), reextract.err());
            assertTrue(reextract.out().startsWith("tally reextract: 2 articles, 2 figures published"), reextract.out());
            CaughtUp.await(client, TallyEnvironment.DEFAULT.applicationId(), TallyEnvironment.DEFAULT.figures(), Duration.ofMinutes(2));
            assertEquals(first, TopicReader.latest(client, TallyTopics.DEFAULT.estimates()));
        }
        TallyRun csv = tally("export", "estimates", "--bootstrap-servers", bootstrap);
        assertEquals(0, csv.exit(), csv.err());
        List<String> lines = csv.out().lines().toList();
        assertEquals("statistic,category,metric,place,subdivision,kind,definition,period_from,period_to,basis,best,low,high,disputed,"
                + "values,per_year,per_100k,sources,article_count,figures,first_reported,last_reported", lines.get(0));
        assertTrue(lines.stream().anyMatch(l -> l.startsWith("\"deaths|MX|2010-01-01|2010-12-31|total|flow|unspecified\",violence,deaths,MX,,"
                + "flow,unspecified,2010-01-01,2010-12-31,total,15273,15273,15273,false,") && l.contains(",2,2,2,2011-01-13,2011-01-14")),
                csv.out());
        TallyRun asOf = tally("export", "estimates", "--format", "jsonl", "--as-of", "2011-01-13", "--bootstrap-servers", bootstrap);
        assertEquals(0, asOf.exit(), asOf.err());
        Estimate early = tally.stats.json.Json.MAPPER.readValue(asOf.out().lines().findFirst().orElseThrow(), Estimate.class);
        assertEquals(1, early.sources(), "on 2011-01-13 only the English article had been published");
        Path out = dir.resolve("figures.jsonl");
        TallyRun figures = tally("export", "figures", "--format", "jsonl", "--bootstrap-servers", bootstrap, "--output", out.toString());
        assertEquals(0, figures.exit(), figures.err());
        assertEquals(2, Files.readAllLines(out).size(), "the reextracted figures replace, not add to, the first ones");

        TallyRun replay = tally("replay", "--once", "--bootstrap-servers", bootstrap, "--data-dir", dir.resolve("replay").toString());
        assertEquals(0, replay.exit(), replay.err());
        assertTrue(replay.out().contains("reprocessed tally.figures from the beginning"), replay.out());
        assertEquals(first, TopicReader.latest(client, TallyTopics.DEFAULT.estimates()));

        // Figures an older Tally wrote (schema 1: no kind, definition, subdivision) are still read by a replay,
        // and consolidate with kind unknown, apart from a schema-2 flow of the same metric, place and year.
        String schema1 = "{\"schema\":1,\"id\":\"old-1\",\"articleId\":\"old-article\",\"ref\":null,\"published\":\"2016-01-10\","
                + "\"source\":\"Old Herald\",\"category\":\"violence\",\"metric\":\"deaths\",\"value\":12000,\"qualifier\":\"exact\","
                + "\"place\":\"CO\",\"period\":{\"from\":\"2015-01-01\",\"to\":\"2015-12-31\"},\"basis\":\"total\",\"quote\":\"12,000 were killed.\","
                + "\"span\":{\"start\":0,\"end\":19},\"extractor\":\"tally-extract/1/en\",\"mention\":{\"start\":0,\"end\":6},\"lang\":\"en\","
                + "\"url\":null,\"warnings\":[]}";
        String schema2 = schema1.replace("\"schema\":1", "\"schema\":2").replace("old-1", "new-1").replace("old-article", "new-article")
                .replace("\"warnings\":[]", "\"warnings\":[],\"kind\":\"flow\",\"definition\":\"homicide\"").replace("12000", "13000");
        Properties producer = new Properties();
        producer.putAll(client);
        try (KafkaProducer<String, String> p = new KafkaProducer<>(producer, new StringSerializer(), new StringSerializer())) {
            p.send(new ProducerRecord<>(TallyEnvironment.DEFAULT.figures(), "old-article", schema1)).get();
            p.send(new ProducerRecord<>(TallyEnvironment.DEFAULT.figures(), "new-article", schema2)).get();
        }
        TallyRun again = tally("replay", "--once", "--bootstrap-servers", bootstrap, "--data-dir", dir.resolve("replay-2").toString());
        assertEquals(0, again.exit(), again.err());
        Map<String, Estimate> replayed = TopicReader.latest(client, TallyTopics.DEFAULT.estimates());
        Estimate old = replayed.get("deaths|CO|2015-01-01|2015-12-31|total|unknown|unspecified");
        assertEquals(12000, old.best(), replayed.keySet().toString());
        assertEquals(tally.stats.Kind.UNKNOWN, old.kind());
        assertEquals(1, old.sources());
        assertEquals(13000, replayed.get("deaths|CO|2015-01-01|2015-12-31|total|flow|homicide").best(), "apart from the unknown kind");
        assertTrue(TopicReader.latest(client, TallyTopics.DEFAULT.seriesYearly()).containsKey("violence|deaths|CO|unknown|unspecified|2015"));
    }
}
