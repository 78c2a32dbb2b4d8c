package tally.ingest.publish;

import com.fasterxml.jackson.core.JsonProcessingException;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import tally.ingest.clean.CleanArticle;
import tally.stats.Figure;
import tally.stats.Topics;
import tally.stats.json.Json;

/**
 * Publishes cleaned articles (key articleId) and their figures (key figure id) with an
 * idempotent producer and acks=all. Every send is checked: {@link #finish()} fails, saying how
 * many records were not written and why, instead of losing them silently.
 */
public final class KafkaPublisher implements AutoCloseable {

    private final KafkaProducer<String, byte[]> producer;
    private final AtomicLong acked = new AtomicLong();
    private final AtomicLong failed = new AtomicLong();
    private final AtomicReference<Exception> firstFailure = new AtomicReference<>();
    private long sent;

    public KafkaPublisher(Properties client) {
        this.producer = new KafkaProducer<>(producerConfig(client), new StringSerializer(), new ByteArraySerializer());
    }

    /** Tally's producer settings on top of the client's: idempotent, acks=all, batched and compressed unless told otherwise. */
    public static Properties producerConfig(Properties client) {
        Properties p = new Properties();
        p.putAll(client);
        p.put(ProducerConfig.ACKS_CONFIG, "all");
        p.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
        p.putIfAbsent(ProducerConfig.LINGER_MS_CONFIG, 5);
        p.putIfAbsent(ProducerConfig.BATCH_SIZE_CONFIG, 64 * 1024);
        p.putIfAbsent(ProducerConfig.COMPRESSION_TYPE_CONFIG, "lz4");
        return p;
    }

    public void publish(CleanArticle article, List<Figure> figures) {
        send(Topics.ARTICLES, article.id(), article);
        publishFigures(figures);
    }

    public void publishFigures(List<Figure> figures) {
        for (Figure f : figures) {
            send(Topics.FIGURES, f.articleId(), f);
        }
    }

    private void send(String topic, String key, Object value) {
        byte[] bytes;
        try {
            bytes = Json.MAPPER.writeValueAsBytes(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write " + key + " as JSON", e);
        }
        sent++;
        producer.send(new ProducerRecord<>(topic, key, bytes), (metadata, error) -> {
            if (error == null) {
                acked.incrementAndGet();
            } else {
                failed.incrementAndGet();
                firstFailure.compareAndSet(null, error);
            }
        });
    }

    /** Waits for every send; throws when any record was not written. */
    public long finish() {
        producer.flush();
        if (failed.get() > 0) {
            Exception e = firstFailure.get();
            throw new PublishException(failed.get() + " of " + sent + " records were not written to Kafka: " + e.getMessage(), e);
        }
        return acked.get();
    }

    @Override
    public void close() {
        producer.close();
    }

    /** Records were not written. */
    public static final class PublishException extends RuntimeException {
        PublishException(String message, Throwable cause) {
            super(message, cause);
        }
    }
}
