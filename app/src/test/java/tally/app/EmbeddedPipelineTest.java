package tally.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.apache.kafka.streams.TestInputTopic;
import org.apache.kafka.streams.TopologyTestDriver;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;
import tally.ingest.publish.Ingestion;
import tally.ingest.publish.KafkaPublisher;
import tally.ingest.publish.Reextraction;
import tally.ingest.read.ArticleReader;
import tally.stats.TallyEnvironment;
import tally.stats.consolidate.Estimate;
import tally.stats.consolidate.Mentions;
import tally.stats.consolidate.SeriesPoint;
import tally.streams.app.TallyApp;
import tally.streams.app.TallyStreamsConfig;
import tally.streams.kafka.CaughtUp;
import tally.streams.kafka.EmbeddedKafka;
import tally.streams.kafka.TopicReader;
import tally.streams.topology.TallyTopology;
import tally.streams.topology.TallyTopics;

/**
 * The whole pipeline on a real in-process broker: the bundled sample articles are ingested,
 * the Streams application (exactly_once_v2) runs, and every output topic is checked.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class EmbeddedPipelineTest {

    private static final Duration CATCH_UP = Duration.ofMinutes(2);
    private static final String MX_2010 = "deaths|MX|2010-01-01|2010-12-31|total|flow|organized_crime";

    @TempDir
    static Path dir;

    static EmbeddedKafka kafka;
    static TallyApp app;
    static Properties client;

    @BeforeAll
    static void startAndIngest() {
        kafka = EmbeddedKafka.start(dir.resolve("kafka"));
        client = Brokers.clientWithTopics(kafka, 2);
        app = TallyApp.start(TallyEnvironment.DEFAULT, client, dir.resolve("streams"), TallyStreamsConfig.EXACTLY_ONCE, 1, false, null);
        app.awaitRunning(CATCH_UP);
        assertEquals(List.of(), ingestSamples().problems());
        CaughtUp.await(client, TallyEnvironment.DEFAULT.applicationId(), TallyEnvironment.DEFAULT.figures(), CATCH_UP);
    }

    @AfterAll
    static void stop() {
        if (app != null) {
            app.close();
        }
        if (kafka != null) {
            kafka.close();
        }
    }

    static Ingestion ingestSamples() {
        try (KafkaPublisher publisher = new KafkaPublisher(client, TallyEnvironment.DEFAULT)) {
            Ingestion ingestion = new Ingestion(publisher, p -> { });
            new ArticleReader(new ArticleReader.Defaults(null, null, null)).read(Path.of("..", "samples").toString(), null, ingestion);
            publisher.finish();
            return ingestion;
        }
    }

    record Outputs(Map<String, Estimate> estimates, Map<String, SeriesPoint> series, Map<String, Mentions> mentions) {
    }

    static Outputs outputs() {
        return new Outputs(TopicReader.latest(client, TallyTopics.DEFAULT.estimates()),
                TopicReader.latest(client, TallyTopics.DEFAULT.seriesYearly()),
                TopicReader.latest(client, TallyTopics.DEFAULT.mentionsWeekly()));
    }

    @Test
    @Order(1)
    void mexicosDeathsIn2010AreOneEstimateFromEnglishAndSpanishArticles() throws Exception {
        Estimate e = outputs().estimates().get(MX_2010);
        // English: 15,273 by most outlets, "about 15,300", "more than 15,000" twice (7 articles); Spanish: "15 mil
        // 273" in x001, x002, x003 and x011. INEGI's all-homicide count, 25,757, is a statistic of its own.
        assertEquals(15273, e.best());
        assertEquals(15000, e.low());
        assertEquals(15300, e.high());
        assertEquals(11, e.articleCount());
        assertEquals(11, e.figures());
        assertEquals(25757, outputs().estimates().get("deaths|MX|2010-01-01|2010-12-31|total|flow|homicide").best());
        Map<String, String> langOfArticle = new java.util.HashMap<>();
        for (ConsumerRecord<String, byte[]> r : TopicReader.all(client, TallyEnvironment.DEFAULT.articles(), new ByteArrayDeserializer())) {
            langOfArticle.put(r.key(), tally.stats.json.Json.MAPPER.readTree(r.value()).get("lang").asText());
        }
        assertEquals(java.util.Set.of("en", "es"), e.articles().stream().map(langOfArticle::get).collect(java.util.stream.Collectors.toSet()),
                "one estimate counts the English and the Spanish reports");
        assertTrue(e.per100k() > 12 && e.per100k() < 15, "per 100,000: " + e.per100k());
        SeriesPoint p = outputs().series().get("violence|deaths|MX|flow|organized_crime|2010");
        assertEquals(15273, p.value());
        assertEquals(SeriesPoint.DIRECT, p.derivation());
    }

    @Test
    @Order(1)
    void theSeventyTwoKilledInOneMassacreAreOneIncidentWithItsSources() {
        Outputs o = outputs();
        List<Estimate> tamaulipas = o.estimates().values().stream()
                .filter(e -> e.kind() == tally.stats.Kind.INCIDENT && "MX-TAM".equals(e.subdivision())).toList();
        // San Fernando, August 2010: reported on the 26th and 27th (en, es), and ten years later as "killed in August 2010".
        assertEquals(1, tamaulipas.size(), tamaulipas.stream().map(Estimate::statistic).toList().toString());
        Estimate massacre = tamaulipas.get(0);
        assertEquals(72, massacre.best());
        assertTrue(massacre.sources() >= 4, "its outlets, the look back of 2020 among them: " + massacre.sources());
        assertEquals(java.time.LocalDate.of(2010, 8, 26), massacre.period().from());
        assertEquals(72, o.series().get("violence|deaths|MX-TAM|incident|unspecified|2010").value(), "counted once in the year's incidents");
    }

    @Test
    @Order(1)
    void theUnauthorizedPopulationIsCarriedThroughAYearWithNoStockDatedInIt() {
        Map<String, SeriesPoint> series = outputs().series();
        SeriesPoint y2008 = series.get("migration|migrants|US|stock|irregular|2008");
        assertEquals(12_000_000, y2008.value());
        assertEquals(SeriesPoint.CARRIED, y2008.derivation());
        assertEquals(2007, y2008.asOf().getYear());
        assertEquals(SeriesPoint.LATEST, series.get("migration|migrants|US|stock|irregular|2009").derivation());
        assertNull(series.get("migration|migrants|US|stock|irregular|2010"), "not carried past the last stock");
    }

    @Test
    @Order(2)
    void everyOutputEqualsWhatTheTopologyComputesFromTheSameFigures() throws Exception {
        List<ConsumerRecord<String, byte[]>> figures = TopicReader.all(client, TallyEnvironment.DEFAULT.figures(), new ByteArrayDeserializer());
        assertTrue(figures.size() >= 80, "figures on the topic: " + figures.size());
        Properties config = TallyStreamsConfig.of(TallyEnvironment.DEFAULT, client, Files.createTempDirectory(dir, "ttd"), "at_least_once", 1, null);
        try (TopologyTestDriver driver = new TopologyTestDriver(TallyTopology.build(TallyEnvironment.DEFAULT), config)) {
            TestInputTopic<String, byte[]> in = driver.createInputTopic(TallyEnvironment.DEFAULT.figures(), new StringSerializer(), new ByteArraySerializer());
            figures.forEach(r -> in.pipeInput(r.key(), r.value()));
            Map<String, Estimate> estimates = driver.createOutputTopic(TallyTopics.DEFAULT.estimates().name(),
                    TallyTopics.DEFAULT.estimates().keySerde().deserializer(), TallyTopics.DEFAULT.estimates().valueSerde().deserializer()).readKeyValuesToMap();
            Map<String, SeriesPoint> series = driver.createOutputTopic(TallyTopics.DEFAULT.seriesYearly().name(),
                    TallyTopics.DEFAULT.seriesYearly().keySerde().deserializer(), TallyTopics.DEFAULT.seriesYearly().valueSerde().deserializer()).readKeyValuesToMap();
            Map<String, Mentions> mentions = driver.createOutputTopic(TallyTopics.DEFAULT.mentionsWeekly().name(),
                    TallyTopics.DEFAULT.mentionsWeekly().keySerde().deserializer(), TallyTopics.DEFAULT.mentionsWeekly().valueSerde().deserializer()).readKeyValuesToMap();
            estimates.values().removeIf(v -> v == null);
            series.values().removeIf(v -> v == null);
            mentions.values().removeIf(v -> v == null);
            Outputs broker = outputs();
            assertEquals(estimates, broker.estimates());
            assertEquals(series, broker.series());
            assertEquals(mentions, broker.mentions());
            assertTrue(broker.estimates().size() > 30 && broker.series().size() > 20 && broker.mentions().size() > 30);
        }
    }

    @Test
    @Order(2)
    void theBatchSnapshotAgreesWithTheStreamsOutputs() {
        tally.stats.consolidate.Snapshot snapshot = tally.stats.consolidate.Snapshot.of(Export.figures(client, TallyEnvironment.DEFAULT, null),
                new tally.stats.normalize.Normalization(tally.stats.normalize.Population.shipped()));
        Outputs broker = outputs();
        assertEquals(broker.estimates(), snapshot.estimates());
        assertEquals(broker.series(), snapshot.series());
        assertEquals(broker.mentions(), snapshot.mentions());
    }

    @Test
    @Order(3)
    void ingestingEverythingAgainChangesNoStatistic() {
        Outputs before = outputs();
        ingestSamples();
        CaughtUp.await(client, TallyEnvironment.DEFAULT.applicationId(), TallyEnvironment.DEFAULT.figures(), CATCH_UP);
        assertEquals(before, outputs());
    }

    @Test
    @Order(4)
    void poisonLandsInTheDeadLetterQueueWhileGoodRecordsAroundItAreProcessed() throws Exception {
        Properties p = new Properties();
        p.putAll(client);
        p.put(ProducerConfig.ACKS_CONFIG, "all");
        String good = "{\"schema\":1,\"id\":\"poison-test-good\",\"articleId\":\"poison-test\",\"published\":\"2020-01-06\","
                + "\"source\":\"Test\",\"metric\":\"kidnappings\",\"value\":41,\"qualifier\":\"exact\",\"place\":\"NG\","
                + "\"period\":{\"from\":\"2019-01-01\",\"to\":\"2019-12-31\"},\"basis\":\"total\",\"extractor\":\"tally-extract/1/en\"}";
        try (KafkaProducer<String, byte[]> producer = new KafkaProducer<>(p, new StringSerializer(), new ByteArraySerializer())) {
            producer.send(new ProducerRecord<>(TallyEnvironment.DEFAULT.figures(), "poison-1", "not json at all".getBytes(StandardCharsets.UTF_8))).get();
            producer.send(new ProducerRecord<>(TallyEnvironment.DEFAULT.figures(), "poison-test-good", good.getBytes(StandardCharsets.UTF_8))).get();
            producer.send(new ProducerRecord<>(TallyEnvironment.DEFAULT.figures(), "poison-2", good.replace("\"value\":41", "\"value\":-3")
                    .replace("poison-test-good", "poison-2").getBytes(StandardCharsets.UTF_8))).get();
        }
        CaughtUp.await(client, TallyEnvironment.DEFAULT.applicationId(), TallyEnvironment.DEFAULT.figures(), CATCH_UP);
        List<ConsumerRecord<String, byte[]>> dead = TopicReader.all(client, TallyEnvironment.DEFAULT.figuresDlq(), new ByteArrayDeserializer());
        assertEquals(List.of("poison-1", "poison-2"), dead.stream().map(ConsumerRecord::key).toList());
        assertEquals("not json at all", new String(dead.get(0).value(), StandardCharsets.UTF_8));
        String reason = new String(dead.get(1).headers().lastHeader("__streams.errors.message").value(), StandardCharsets.UTF_8);
        assertTrue(reason.contains("not a count of people"), reason);
        assertEquals(41, outputs().estimates().get("kidnappings|NG|2019-01-01|2019-12-31|total|unknown|unspecified").best());
        assertEquals(org.apache.kafka.streams.KafkaStreams.State.RUNNING, app.streams().state());
    }

    @Test
    @Order(5)
    void reextractingWithTheSameExtractorChangesNoStatistic() {
        Outputs before = outputs();
        try (KafkaPublisher publisher = new KafkaPublisher(client, TallyEnvironment.DEFAULT)) {
            Reextraction.Result r = Reextraction.run(client, TallyEnvironment.DEFAULT, publisher);
            assertEquals(72, r.articles(), "each sample article once (60 English, 12 Spanish), though ingested twice");
        }
        CaughtUp.await(client, TallyEnvironment.DEFAULT.applicationId(), TallyEnvironment.DEFAULT.figures(), CATCH_UP);
        assertEquals(before, outputs());
    }

    @Test
    @Order(6)
    void aReplayRebuildsExactlyTheSameOutputs() {
        Outputs before = outputs();
        app.close();
        Replay.reset(client, TallyEnvironment.DEFAULT, false);
        app = TallyApp.start(TallyEnvironment.DEFAULT, client, dir.resolve("streams"), TallyStreamsConfig.EXACTLY_ONCE, 1, true, null);
        app.awaitRunning(CATCH_UP);
        CaughtUp.await(client, TallyEnvironment.DEFAULT.applicationId(), TallyEnvironment.DEFAULT.figures(), CATCH_UP);
        assertEquals(before, outputs());
    }

    @Test
    @Order(7)
    void theBrokerKeepsItsTopicsAndDataAcrossARestart() {
        int figures = TopicReader.all(client, TallyEnvironment.DEFAULT.figures(), new ByteArrayDeserializer()).size();
        app.close();
        app = null;
        kafka.close();
        kafka = EmbeddedKafka.start(dir.resolve("kafka"));
        client.put("bootstrap.servers", kafka.bootstrapServers());
        assertEquals(figures, TopicReader.all(client, TallyEnvironment.DEFAULT.figures(), new ByteArrayDeserializer()).size());
        assertFalse(outputs().estimates().isEmpty());
        assertNull(outputs().estimates().get("no such statistic"));
    }
}
