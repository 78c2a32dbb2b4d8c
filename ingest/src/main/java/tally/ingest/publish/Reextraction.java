package tally.ingest.publish;

import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import tally.ingest.clean.CleanArticle;
import tally.ingest.extract.FigureExtractor;
import tally.stats.TallyEnvironment;
import tally.stats.json.Json;

/**
 * Reads every cleaned article from {@code tally.articles} and publishes its figures again with the
 * current extractor (each article once, however often it was ingested); downstream, the newest
 * extractor version of each article replaces the older. An article withdrawn since (a tombstone
 * under its id, {@code tally retract}) is not extracted again.
 */
public final class Reextraction {

    /**
     * What a re-extraction did.
     *
     * @param overLimit articles whose new figures are more than {@link ArticleLimits#MAX_FIGURES}: not published, their earlier figures still count
     */
    public record Result(long articles, long figures, long unreadable, long overLimit) {
    }

    private Reextraction() {
    }

    public static Result run(Properties client, TallyEnvironment environment, KafkaPublisher publisher) {
        Properties p = new Properties();
        p.putAll(client);
        p.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
        p.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false");
        Map<String, FigureExtractor> extractors = new java.util.HashMap<>();
        java.util.Set<String> seen = new java.util.HashSet<>(); // an article ingested twice is extracted once
        long articles = 0;
        long figures = 0;
        long unreadable = 0;
        long overLimit = 0;
        try (KafkaConsumer<String, byte[]> consumer = new KafkaConsumer<>(p, new StringDeserializer(), new ByteArrayDeserializer())) {
            List<TopicPartition> partitions = consumer.partitionsFor(environment.articles(), Duration.ofSeconds(30)).stream()
                    .map(i -> new TopicPartition(environment.articles(), i.partition())).toList();
            consumer.assign(partitions);
            Map<TopicPartition, Long> end = consumer.endOffsets(partitions);
            java.util.Set<String> withdrawn = new java.util.HashSet<>();
            consumer.seekToBeginning(partitions);
            while (partitions.stream().anyMatch(tp -> consumer.position(tp) < end.get(tp))) {
                for (ConsumerRecord<String, byte[]> r : consumer.poll(Duration.ofMillis(200))) {
                    if (r.value() == null) {
                        withdrawn.add(r.key());
                    } else {
                        withdrawn.remove(r.key()); // ingested again after it was withdrawn: it counts again
                    }
                }
            }
            consumer.seekToBeginning(partitions);
            while (partitions.stream().anyMatch(tp -> consumer.position(tp) < end.get(tp))) {
                for (ConsumerRecord<String, byte[]> r : consumer.poll(Duration.ofMillis(200))) {
                    if (r.value() == null || withdrawn.contains(r.key())) {
                        continue;
                    }
                    CleanArticle article;
                    try {
                        article = r.value() == null ? null : Json.MAPPER.readValue(r.value(), CleanArticle.class);
                    } catch (IOException e) {
                        article = null;
                    }
                    if (article == null) {
                        unreadable++;
                        continue;
                    }
                    if (!seen.add(article.id())) {
                        continue;
                    }
                    String lang = article.lang() == null ? "en" : article.lang();
                    var found = extractors.computeIfAbsent(lang, FigureExtractor::new).extract(article);
                    if (found.size() > ArticleLimits.MAX_FIGURES) {
                        overLimit++;
                        continue;
                    }
                    publisher.publishFigures(found);
                    articles++;
                    figures += found.size();
                }
            }
        }
        publisher.finish();
        return new Result(articles, figures, unreadable, overLimit);
    }
}
