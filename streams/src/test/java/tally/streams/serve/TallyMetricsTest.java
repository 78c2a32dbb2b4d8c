package tally.streams.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.apache.kafka.common.TopicPartition;
import org.junit.jupiter.api.Test;
import tally.stats.Topics;

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
        TallyMetrics metrics = new TallyMetrics(registry);
        TopicPartition partition = new TopicPartition(Topics.ARTICLES, 0);
        List<ConsumerRecord<byte[], byte[]>> records = new ArrayList<>();
        long offset = 0;
        for (int round = 0; round < 2; round++) {
            for (int i = 0; i < (round == 0 ? 3_000 : 350); i++) {
                byte[] id = String.format("%016x", i * 7_919L).getBytes(StandardCharsets.UTF_8);
                records.add(new ConsumerRecord<>(Topics.ARTICLES, 0, offset++, id, "{}".getBytes(StandardCharsets.UTF_8)));
            }
        }
        records.add(new ConsumerRecord<>(Topics.ARTICLES, 0, offset++, "not-an-id".getBytes(StandardCharsets.UTF_8), new byte[0]));
        records.add(new ConsumerRecord<>(Topics.ARTICLES, 0, offset, "not-an-id".getBytes(StandardCharsets.UTF_8), new byte[0]));
        metrics.onRecords(new ConsumerRecords<>(Map.of(partition, records), Map.of()));
        assertEquals(3_001, registry.get(TallyMetrics.ARTICLES).counter().count());
    }

    @Test
    void aFigureIngestedAgainCountsOnceAndRecordsThatAreNotFiguresEachTime() {
        SimpleMeterRegistry registry = new SimpleMeterRegistry();
        TallyMetrics metrics = new TallyMetrics(registry);
        TopicPartition partition = new TopicPartition(Topics.FIGURES, 0);
        List<ConsumerRecord<byte[], byte[]>> records = new ArrayList<>();
        long offset = 0;
        for (int round = 0; round < 2; round++) {
            for (int i = 0; i < (round == 0 ? 3_000 : 350); i++) {
                // Figures are keyed by their article: ten figures an article, each with its own id.
                String figure = "{\"schema\":2,\"id\":\"%016x\",\"articleId\":\"%016x\",\"metric\":\"%s\",\"value\":3}"
                        .formatted(i * 7_919L + 1, i / 10, i % 3 == 0 ? "arrests" : "deaths");
                records.add(new ConsumerRecord<>(Topics.FIGURES, 0, offset++, String.format("%016x", i / 10).getBytes(StandardCharsets.UTF_8),
                        figure.getBytes(StandardCharsets.UTF_8)));
            }
        }
        for (String notAFigure : new String[] {"{\"id\":\"00000000000000aa\",\"metric\":\"no such metric\"}", "[]", "{\"metric\":\"deaths\"}"}) {
            records.add(new ConsumerRecord<>(Topics.FIGURES, 0, offset++, null, notAFigure.getBytes(StandardCharsets.UTF_8)));
            records.add(new ConsumerRecord<>(Topics.FIGURES, 0, offset++, null, notAFigure.getBytes(StandardCharsets.UTF_8)));
        }
        metrics.onRecords(new ConsumerRecords<>(Map.of(partition, records), Map.of()));
        assertEquals(1_000, registry.get(TallyMetrics.FIGURES).tag("metric", "arrests").counter().count());
        assertEquals(2_000, registry.get(TallyMetrics.FIGURES).tag("metric", "deaths").counter().count());
        assertEquals(6, registry.get(TallyMetrics.FIGURES).tag("metric", "invalid").counter().count());
    }
}
