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
 * {@code tally_articles_ingested_total} counts distinct articles (issue 21, item 9): the same
 * 3,000 articles published again, in part or whole, count 3,000. Before, every record counted
 * (3,350 for 3,000 articles after a partial re-ingest).
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
}
