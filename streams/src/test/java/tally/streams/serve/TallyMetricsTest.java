package tally.streams.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.apache.kafka.common.TopicPartition;
import org.junit.jupiter.api.Test;
import tally.stats.TallyEnvironment;

/**
 * {@code tally_articles_ingested_total} and {@code tally_figures_extracted_total} count distinct
 * articles and figures (issue 21, item 9): the same 3,000 articles or figures published again, in
 * part or whole, count 3,000. Before, every record counted (3,350 for 3,000 after a partial
 * re-ingest).
 */
class TallyMetricsTest {

    @Test
    void anArticleIngestedAgainCountsOnce() {
        SimpleMeterRegistry registry = new SimpleMeterRegistry();
        TallyMetrics metrics = new TallyMetrics(registry, TallyEnvironment.DEFAULT);
        TopicPartition partition = new TopicPartition(TallyEnvironment.DEFAULT.articles(), 0);
        List<ConsumerRecord<byte[], byte[]>> records = new ArrayList<>();
        long offset = 0;
        for (int round = 0; round < 2; round++) {
            for (int i = 0; i < (round == 0 ? 3_000 : 350); i++) {
                byte[] id = String.format("%016x", i * 7_919L).getBytes(StandardCharsets.UTF_8);
                records.add(new ConsumerRecord<>(TallyEnvironment.DEFAULT.articles(), 0, offset++, id, "{}".getBytes(StandardCharsets.UTF_8)));
            }
        }
        records.add(new ConsumerRecord<>(TallyEnvironment.DEFAULT.articles(), 0, offset++, "not-an-id".getBytes(StandardCharsets.UTF_8), new byte[0]));
        records.add(new ConsumerRecord<>(TallyEnvironment.DEFAULT.articles(), 0, offset, "not-an-id".getBytes(StandardCharsets.UTF_8), new byte[0]));
        metrics.onRecords(new ConsumerRecords<>(Map.of(partition, records), Map.of()));
        assertEquals(3_001, registry.get(TallyMetrics.ARTICLES).counter().count());
    }

    @Test
    void aFigureIngestedAgainCountsOnceAndRecordsThatAreNotFiguresEachTime() {
        SimpleMeterRegistry registry = new SimpleMeterRegistry();
        TallyMetrics metrics = new TallyMetrics(registry, TallyEnvironment.DEFAULT);
        TopicPartition partition = new TopicPartition(TallyEnvironment.DEFAULT.figures(), 0);
        List<ConsumerRecord<byte[], byte[]>> records = new ArrayList<>();
        long offset = 0;
        for (int round = 0; round < 2; round++) {
            for (int i = 0; i < (round == 0 ? 3_000 : 350); i++) {
                // Figures are keyed by their article: ten figures an article, each with its own id.
                String figure = "{\"schema\":2,\"id\":\"%016x\",\"articleId\":\"%016x\",\"metric\":\"%s\",\"value\":3}"
                        .formatted(i * 7_919L + 1, i / 10, i % 3 == 0 ? "arrests" : "deaths");
                records.add(new ConsumerRecord<>(TallyEnvironment.DEFAULT.figures(), 0, offset++, String.format("%016x", i / 10).getBytes(StandardCharsets.UTF_8),
                        figure.getBytes(StandardCharsets.UTF_8)));
            }
        }
        for (String notAFigure : new String[] {"{\"id\":\"00000000000000aa\",\"metric\":\"no such metric\"}", "[]", "{\"metric\":\"deaths\"}"}) {
            records.add(new ConsumerRecord<>(TallyEnvironment.DEFAULT.figures(), 0, offset++, null, notAFigure.getBytes(StandardCharsets.UTF_8)));
            records.add(new ConsumerRecord<>(TallyEnvironment.DEFAULT.figures(), 0, offset++, null, notAFigure.getBytes(StandardCharsets.UTF_8)));
        }
        metrics.onRecords(new ConsumerRecords<>(Map.of(partition, records), Map.of()));
        assertEquals(1_000, registry.get(TallyMetrics.FIGURES).tag("metric", "arrests").counter().count());
        assertEquals(2_000, registry.get(TallyMetrics.FIGURES).tag("metric", "deaths").counter().count());
        assertEquals(6, registry.get(TallyMetrics.FIGURES).tag("metric", "invalid").counter().count());
    }

    /**
     * Issue 20: the lag is a histogram with buckets (before: a summary with client-side quantiles,
     * which cannot be added across instances), and the dead-letter counter exists at zero from
     * the start (before: only once a first record was dead-lettered, so an alert on its rate saw nothing).
     */
    @Test
    void theLagIsAHistogramAndTheDeadLetterCounterStartsAtZero() {
        PrometheusMeterRegistry registry = new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);
        TallyMetrics metrics = new TallyMetrics(registry, TallyEnvironment.DEFAULT);
        String atStart = registry.scrape();
        for (String exception : TallyMetrics.DLQ_EXCEPTIONS) {
            assertTrue(atStart.contains("tally_dlq_records_total{exception=\"" + exception + "\"} 0.0"), atStart);
        }
        assertTrue(atStart.contains("# HELP tally_dlq_records_total Records set aside in tally.figures.dlq, by the exception"), atStart);
        assertTrue(atStart.contains("# HELP tally_end_to_end_lag_seconds From a figure's publication into tally.figures to"), atStart);
        long now = System.currentTimeMillis();
        List<ConsumerRecord<byte[], byte[]>> estimates = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            // Published 0.3 s, then 3 s, ago (the record's timestamp is the newest input's).
            estimates.add(new ConsumerRecord<>(TallyEnvironment.DEFAULT.estimates(), 0, i, now - (i < 5 ? 300 : 3_000), org.apache.kafka.common.record.TimestampType.CREATE_TIME,
                    0, 0, new byte[0], new byte[0], new org.apache.kafka.common.header.internals.RecordHeaders(), java.util.Optional.empty()));
        }
        metrics.onRecords(new ConsumerRecords<>(Map.of(new TopicPartition(TallyEnvironment.DEFAULT.estimates(), 0), estimates), Map.of()));
        String scraped = registry.scrape();
        assertTrue(scraped.contains("# TYPE tally_end_to_end_lag_seconds histogram"), scraped);
        assertFalse(scraped.contains("tally_end_to_end_lag_seconds{quantile"), scraped);
        assertEquals(0, bucket(scraped, "0.25"));
        assertEquals(5, bucket(scraped, "0.5"));
        assertEquals(5, bucket(scraped, "2.5"));
        assertEquals(10, bucket(scraped, "5.0"));
        assertEquals(10, bucket(scraped, "+Inf"));
    }

    private static double bucket(String scraped, String le) {
        String prefix = "tally_end_to_end_lag_seconds_bucket{le=\"" + le + "\"} ";
        return scraped.lines().filter(l -> l.startsWith(prefix)).mapToDouble(l -> Double.parseDouble(l.substring(prefix.length()).split(" ")[0]))
                .findFirst().orElseThrow(() -> new AssertionError("no bucket " + le + " in\n" + scraped));
    }
}
