package tally.faults;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tally.app.Brokers;
import tally.cli.TallyRun;
import tally.stats.TallyEnvironment;
import tally.stats.json.Json;
import tally.streams.kafka.EmbeddedKafka;
import tally.streams.kafka.TopicReader;

/**
 * An article over the limits is refused whole, with its name, never its figures without it (issue
 * 21, item 2): between two good articles, one whose cleaned text (2 MB) is over the 1,000,000-byte
 * record limit and one with 1,200 figures. Before, the large article's record was refused by
 * Kafka while its figures were published, and the 1,200 figures went through.
 */
class HugeArticleTest {

    @TempDir
    Path dir;

    @Test
    void anArticleOverTheLimitsIsRefusedWholeWithItsName() throws Exception {
        Path batch = dir.resolve("batch.jsonl");
        StringBuilder large = new StringBuilder("Police in Ciudad Juarez said 44 people were killed in Mexico last month.\n\n");
        while (large.length() < 2_000_000) {
            large.append("Officials in the capital declined to comment on the report, which was published by a university.\n\n");
        }
        StringBuilder many = new StringBuilder();
        for (int i = 0; i < 1_200; i++) {
            many.append("Police in Ciudad Juarez said ").append(3_000 + i).append(" people were killed in Mexico last month.\n\n");
        }
        Files.write(batch, List.of(line("good-1", "Police in Ciudad Juarez said 17 people were killed in Mexico last month."),
                line("large", large.toString()), line("many", many.toString()),
                line("good-2", "Police in Ciudad Juarez said 23 people were killed in Mexico last month.")), StandardCharsets.UTF_8);

        try (EmbeddedKafka kafka = EmbeddedKafka.start(dir.resolve("kafka"))) {
            Properties client = Brokers.clientWithTopics(kafka, 2);
            TallyRun ingest = TallyRun.of("ingest", "--bootstrap-servers", kafka.bootstrapServers(), batch.toString());
            assertEquals(1, ingest.exit(), ingest.err());
            List<String> problems = ingest.err().lines().toList();
            assertEquals(2, problems.size(), ingest.err());
            assertTrue(problems.get(0).startsWith("tally ingest: " + batch + ":2: article too large to publish: its record is "),
                    problems.get(0));
            assertTrue(problems.get(1).startsWith("tally ingest: " + batch + ":3: article with too many figures to publish: 1,200, "
                    + "the most is 1,000"), problems.get(1));

            Set<String> refs = new HashSet<>();
            Set<String> articleIds = new HashSet<>();
            for (ConsumerRecord<String, byte[]> r : TopicReader.all(client, TallyEnvironment.DEFAULT.articles(), new ByteArrayDeserializer())) {
                var article = Json.MAPPER.readTree(r.value());
                refs.add(article.get("ref").asText());
                articleIds.add(article.get("id").asText());
            }
            assertEquals(Set.of("good-1", "good-2"), refs);
            List<ConsumerRecord<String, byte[]>> figures = TopicReader.all(client, TallyEnvironment.DEFAULT.figures(), new ByteArrayDeserializer());
            Set<String> figureArticles = new HashSet<>();
            for (ConsumerRecord<String, byte[]> r : figures) {
                figureArticles.add(Json.MAPPER.readTree(r.value()).get("articleId").asText());
            }
            assertEquals(articleIds, figureArticles, "figures only of published articles");
            assertEquals(2, figures.size());
            System.out.println("huge article: " + problems);
        }
    }

    private static String line(String id, String text) throws IOException {
        return Json.MAPPER.writeValueAsString(Map.of("id", id, "published", "2012-03-05", "text", text));
    }
}
