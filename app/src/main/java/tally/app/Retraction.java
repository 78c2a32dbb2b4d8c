package tally.app;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.util.LinkedHashSet;
import java.util.Properties;
import java.util.Set;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.serialization.Deserializer;
import tally.ingest.publish.KafkaPublisher;
import tally.stats.Dataset;
import tally.stats.TallyEnvironment;
import tally.stats.json.Json;
import tally.streams.kafka.TopicReader;

/**
 * Withdraws a dataset ({@code tally retract --dataset NAME}): every article of it that still
 * counts, found on {@code tally.articles} and {@code tally.figures}, gets a tombstone under its id
 * on both topics ({@link KafkaPublisher#withdraw}). The Streams application withdraws its figures
 * as it withdraws an older extraction's, so every statistic is again what it was without them.
 */
public final class Retraction {

    private Retraction() {
    }

    /** The ids of the dataset's articles that still count, as the topics stand now. */
    public static Set<String> articles(Properties client, TallyEnvironment environment, String dataset) {
        Set<String> ids = new LinkedHashSet<>();
        for (String topic : new String[] {environment.articles(), environment.figures()}) {
            Set<String> inTopic = new LinkedHashSet<>();
            for (ConsumerRecord<String, String> r : TopicReader.all(client, topic, new DatasetOf())) {
                if (r.key() == null) {
                    continue;
                }
                if (dataset.equals(r.value())) {
                    inTopic.add(r.key());
                } else if (r.value() == null) {
                    inTopic.remove(r.key()); // withdrawn already
                }
            }
            ids.addAll(inTopic);
        }
        return ids;
    }

    /** Withdraws the dataset's articles; returns how many. */
    public static int run(Properties client, TallyEnvironment environment, String dataset, KafkaPublisher publisher) {
        Set<String> ids = articles(client, environment, dataset);
        ids.forEach(publisher::withdraw);
        publisher.finish();
        return ids.size();
    }

    /**
     * The dataset an article or figure record names (its top-level {@code dataset} field, else the
     * default), read without building the record; null for a tombstone, "" for a record that is
     * not JSON (dead-lettered, never counted).
     */
    static final class DatasetOf implements Deserializer<String> {
        @Override
        public String deserialize(String topic, byte[] data) {
            if (data == null) {
                return null;
            }
            try (JsonParser p = Json.MAPPER.getFactory().createParser(data)) {
                if (p.nextToken() != JsonToken.START_OBJECT) {
                    return "";
                }
                for (JsonToken t = p.nextToken(); t == JsonToken.FIELD_NAME; t = p.nextToken()) {
                    String field = p.currentName();
                    JsonToken value = p.nextToken();
                    if (field.equals("dataset") && value == JsonToken.VALUE_STRING) {
                        return p.getText();
                    }
                    p.skipChildren();
                }
                return Dataset.DEFAULT;
            } catch (IOException e) {
                return "";
            }
        }
    }
}
