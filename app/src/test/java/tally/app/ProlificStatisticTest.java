package tally.app;

import tally.streams.app.TallyApp;
import tally.streams.app.TallyStreamsConfig;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.apache.kafka.streams.KafkaStreams;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;
import tally.stats.TallyEnvironment;
import tally.stats.consolidate.Estimate;
import tally.stats.consolidate.Mentions;
import tally.streams.kafka.CaughtUp;
import tally.streams.kafka.EmbeddedKafka;
import tally.streams.kafka.TopicReader;
import tally.streams.topology.TallySerdes;

/**
 * Issue 21, item 1, on a real broker with the application as it runs (exactly_once_v2): one
 * outlet reporting one statistic thousands of times, in one week that also has thousands of other
 * figures, must not stop the pipeline. The application's producer may write records of at most
 * {@value #MAX_RECORD} bytes here (Kafka's default is 1 MB), so that a store value growing with the
 * reports behind it fails within {@value #DEFAULT_REPORTS} reports, as it did at about 11,000 with
 * 1 MB (RecordTooLargeException on the changelog, the error callback failing, ERROR). Full size:
 * {@code -Dtally.prolific.reports=50000 -Dtally.prolific.week=100000}.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ProlificStatisticTest {

    static final int MAX_RECORD = 100_000;
    static final int DEFAULT_REPORTS = 3_000;
    private static final int REPORTS = Integer.getInteger("tally.prolific.reports", DEFAULT_REPORTS);
    private static final int WEEK = Math.max(REPORTS, Integer.getInteger("tally.prolific.week", 2 * DEFAULT_REPORTS));
    private static final Duration CATCH_UP = Duration.ofMinutes(Math.max(3, WEEK / 5_000));
    private static final String STATISTIC = "deaths|MX|2010-01-01|2010-12-31|total|unknown|unspecified";
    private static final String WEEK_KEY = "deaths|MX|2011-01-10";

    @TempDir
    static Path dir;

    static EmbeddedKafka kafka;
    static TallyApp app;
    static Properties client;
    static final AtomicBoolean sawError = new AtomicBoolean();
    static ScheduledExecutorService watch;

    @BeforeAll
    static void start() {
        kafka = EmbeddedKafka.start(dir.resolve("kafka"));
        client = Brokers.clientWithTopics(kafka, 2);
        Properties streamsClient = new Properties();
        streamsClient.putAll(client);
        streamsClient.put("producer." + ProducerConfig.MAX_REQUEST_SIZE_CONFIG, MAX_RECORD);
        app = TallyApp.start(TallyEnvironment.DEFAULT, streamsClient, dir.resolve("streams"), TallyStreamsConfig.EXACTLY_ONCE, 1, false, null);
        app.awaitRunning(Duration.ofMinutes(2));
        watch = Executors.newSingleThreadScheduledExecutor();
        watch.scheduleAtFixedRate(() -> {
            KafkaStreams.State s = app.streams().state();
            if (s == KafkaStreams.State.ERROR || s == KafkaStreams.State.PENDING_ERROR) {
                sawError.set(true);
            }
        }, 0, 50, TimeUnit.MILLISECONDS);
    }

    @AfterAll
    static void stop() {
        if (watch != null) {
            watch.shutdownNow();
        }
        if (app != null) {
            app.close();
        }
        if (kafka != null) {
            kafka.close();
        }
    }

    /** A figure as ingest publishes it, in the week of 2011-01-10; without a period it counts as a mention only. */
    static String figure(String id, String article, String source, long value, boolean withPeriod, String quote) {
        return "{\"schema\":1,\"id\":\"" + id + "\",\"articleId\":\"" + article + "\",\"published\":\"2011-01-1" + (id.hashCode() & 3)
                + "\",\"source\":\"" + source + "\",\"metric\":\"deaths\",\"value\":" + value + ",\"qualifier\":\"exact\",\"place\":\"MX\","
                + (withPeriod ? "\"period\":{\"from\":\"2010-01-01\",\"to\":\"2010-12-31\"}," : "")
                + "\"basis\":\"total\",\"quote\":\"" + quote + "\",\"extractor\":\"tally-extract/1/en\"}";
    }

    /** Figures (article id, JSON) onto {@code tally.figures}, every send acknowledged. */
    static void send(Properties to, List<String[]> keyed) throws Exception {
        Properties p = new Properties();
        p.putAll(to);
        p.put(ProducerConfig.ACKS_CONFIG, "all");
        p.put(ProducerConfig.LINGER_MS_CONFIG, 5);
        List<java.util.concurrent.Future<?>> sent = new ArrayList<>();
        try (KafkaProducer<String, byte[]> producer = new KafkaProducer<>(p, new StringSerializer(), new ByteArraySerializer())) {
            for (String[] kv : keyed) {
                sent.add(producer.send(new ProducerRecord<>(TallyEnvironment.DEFAULT.figures(), kv[0], kv[1].getBytes(StandardCharsets.UTF_8))));
            }
            for (java.util.concurrent.Future<?> f : sent) {
                f.get();
            }
        }
    }

    @Test
    @Order(1)
    void oneOutletReportingOneStatisticThousandsOfTimesNeverStopsThePipeline() throws Exception {
        List<String[]> figures = new ArrayList<>();
        List<Long> values = new ArrayList<>();
        for (int i = 0; i < WEEK; i++) {
            String article = String.format("art%07d", i);
            boolean report = i < REPORTS;
            long value = 15_000 + (i * 7919L) % 500;
            if (report) {
                values.add(value);
            }
            figures.add(new String[]{article, figure("fig" + i, article, "Wire", value, report, "A running toll.")});
        }
        long start = System.nanoTime();
        send(client, figures);
        CaughtUp.await(client, TallyEnvironment.DEFAULT.applicationId(), TallyEnvironment.DEFAULT.figures(), CATCH_UP);
        double seconds = (System.nanoTime() - start) / 1e9;
        System.out.printf("ProlificStatisticTest: %,d figures (%,d reports of one statistic by one outlet, one week) in %.1f s: %,.0f figures/s%n",
                WEEK, REPORTS, seconds, WEEK / seconds);
        assertFalse(sawError.get(), "the application went to ERROR");
        assertEquals(KafkaStreams.State.RUNNING, app.streams().state());
        Estimate e = TopicReader.latest(client, TallyEnvironment.DEFAULT.estimates(), TallySerdes.ESTIMATE.deserializer()).get(STATISTIC);
        List<Long> sorted = values.stream().sorted().toList();
        double median = REPORTS % 2 == 1 ? sorted.get(REPORTS / 2) : Math.rint((sorted.get(REPORTS / 2 - 1) + sorted.get(REPORTS / 2)) / 2.0);
        assertEquals(median, e.best(), "the outlet's value is the median of its reports");
        assertEquals(median, e.low(), "one outlet: its value is the whole range");
        assertEquals(REPORTS, e.figures());
        assertEquals(REPORTS, e.articleCount());
        assertEquals(1, e.sources());
        Mentions week = TopicReader.latest(client, TallyEnvironment.DEFAULT.mentionsWeekly(), TallySerdes.MENTIONS.deserializer()).get(WEEK_KEY);
        assertEquals(WEEK, week.figures());
        assertEquals(WEEK, week.articles());
        assertEquals(List.of(), TopicReader.all(client, TallyEnvironment.DEFAULT.figuresDlq(), new ByteArrayDeserializer()), "nothing was set aside");
    }

    @Test
    @Order(2)
    void aFigureTooLargeToProcessGoesToTheDeadLetterQueueWithItsReasonAndTheRestIsCounted() throws Exception {
        String huge = "x".repeat(tally.stats.Figure.MAX_BYTES);
        send(client, List.of(
                new String[]{"big-article", figure("big-figure", "big-article", "Big", 77, true, huge)},
                new String[]{"after-article", figure("after-figure", "after-article", "After", 15_000, true, "After it.")}));
        CaughtUp.await(client, TallyEnvironment.DEFAULT.applicationId(), TallyEnvironment.DEFAULT.figures(), CATCH_UP);
        assertFalse(sawError.get(), "the application went to ERROR");
        assertEquals(KafkaStreams.State.RUNNING, app.streams().state());
        List<ConsumerRecord<String, byte[]>> dead = TopicReader.all(client, TallyEnvironment.DEFAULT.figuresDlq(), new ByteArrayDeserializer());
        assertEquals(List.of("big-article"), dead.stream().map(ConsumerRecord::key).toList());
        String reason = new String(dead.get(0).headers().lastHeader("__streams.errors.message").value(), StandardCharsets.UTF_8);
        assertTrue(reason.contains("larger than the limit of " + tally.stats.Figure.MAX_BYTES), reason);
        Estimate e = TopicReader.latest(client, TallyEnvironment.DEFAULT.estimates(), TallySerdes.ESTIMATE.deserializer()).get(STATISTIC);
        assertEquals(REPORTS + 1, e.figures(), "the figure after it is counted, the large one is not");
        assertEquals(2, e.sources());
    }
}
