package tally.ingest.publish;

import com.fasterxml.jackson.core.JsonProcessingException;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.concurrent.ConcurrentSkipListMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import tally.ingest.clean.CleanArticle;
import tally.stats.Figure;
import tally.stats.TallyEnvironment;
import tally.stats.json.Json;

/**
 * Publishes cleaned articles (key articleId) and their figures (key articleId) with an
 * idempotent producer and acks=all. Every send is checked: once a record is not written (the
 * broker gone past the delivery timeout), publishing stops ({@link Stopped}) and {@link #finish()}
 * fails, naming the first input, in input order, whose records are not all confirmed: everything
 * before it is on Kafka, and ingesting again from it resumes exactly (an article published twice
 * changes nothing).
 */
public final class KafkaPublisher implements AutoCloseable {

    /**
     * How long one record may take, retries included, before it counts as not written: long enough
     * for a broker restart or a leader election, short enough that a broker lost for good ends
     * {@code ingest} in about a minute (Kafka's default is 120 s).
     */
    static final int DELIVERY_TIMEOUT_MS = 60_000;
    /** How long a send may wait for metadata or buffer space (Kafka's default 60 s, once per record). */
    static final int MAX_BLOCK_MS = 30_000;

    private final KafkaProducer<String, byte[]> producer;
    private final TallyEnvironment environment;
    private final AtomicLong acked = new AtomicLong();
    private final AtomicLong failed = new AtomicLong();
    private final AtomicReference<Exception> firstFailure = new AtomicReference<>();
    /** The inputs whose records are not all confirmed yet, by publication order: their origins. */
    private final ConcurrentSkipListMap<Long, String> unconfirmed = new ConcurrentSkipListMap<>();
    private long sent;
    private long inputs;

    /** @param environment whose topics to publish to */
    public KafkaPublisher(Properties client, TallyEnvironment environment) {
        this.environment = environment;
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
        p.putIfAbsent(ProducerConfig.DELIVERY_TIMEOUT_MS_CONFIG, DELIVERY_TIMEOUT_MS);
        p.putIfAbsent(ProducerConfig.MAX_BLOCK_MS_CONFIG, MAX_BLOCK_MS);
        return p;
    }

    /**
     * Publishes an article and its figures, read from {@code origin} (file and line), or nothing
     * when they are over {@link ArticleLimits}.
     *
     * @return why the article was refused, or empty when it was sent
     * @throws Stopped when an earlier record was not written: nothing more is published
     */
    public Optional<String> publish(String origin, CleanArticle article, List<Figure> figures) {
        ProducerRecord<String, byte[]> articleRecord = record(environment.articles(), article.id(), article);
        Optional<String> refusal = ArticleLimits.refusal(articleRecord.value().length, figures.size());
        if (refusal.isPresent()) {
            return refusal;
        }
        List<ProducerRecord<String, byte[]>> records = new java.util.ArrayList<>(figures.size() + 1);
        records.add(articleRecord);
        figures.forEach(f -> records.add(record(environment.figures(), f.articleId(), f)));
        sendAll(origin, records);
        return Optional.empty();
    }

    /** Publishes figures alone (a re-extraction, a test), under their article's id. */
    public void publishFigures(List<Figure> figures) {
        for (Figure f : figures) {
            sendAll(f.articleId(), List.of(record(environment.figures(), f.articleId(), f)));
        }
    }

    /**
     * Withdraws an article: a tombstone (a record with no value) under its id on the figures
     * topic, where the Streams application then withdraws its figures as it withdraws an older
     * extraction's, and on the articles topic, so that {@code reextract} does not bring it back.
     */
    public void withdraw(String articleId) {
        sendAll(articleId, List.of(new ProducerRecord<>(environment.figures(), articleId, null),
                new ProducerRecord<>(environment.articles(), articleId, null)));
    }

    private static ProducerRecord<String, byte[]> record(String topic, String key, Object value) {
        try {
            return new ProducerRecord<>(topic, key, Json.MAPPER.writeValueAsBytes(value));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write " + key + " as JSON", e);
        }
    }

    private void sendAll(String origin, List<ProducerRecord<String, byte[]>> records) {
        long input = inputs++;
        unconfirmed.put(input, origin); // before the check: a stopped input is one not published
        Exception failure = firstFailure.get();
        if (failure != null) {
            throw new Stopped(failure);
        }
        AtomicInteger pending = new AtomicInteger(records.size());
        for (ProducerRecord<String, byte[]> r : records) {
            if (firstFailure.get() != null) {
                break; // each further send could wait max.block.ms for a broker that is gone; the input stays unconfirmed
            }
            sent++;
            producer.send(r, (metadata, error) -> {
                if (error == null) {
                    acked.incrementAndGet();
                    if (pending.decrementAndGet() == 0) {
                        unconfirmed.remove(input);
                    }
                } else {
                    failed.incrementAndGet();
                    firstFailure.compareAndSet(null, error);
                }
            });
        }
    }

    /**
     * Waits for every send; throws when any record was not written, naming the first input not
     * confirmed. After a failure the records still waiting are dropped at once rather than each
     * waiting out its own delivery timeout: they are behind that input anyway.
     */
    public long finish() {
        if (firstFailure.get() == null) {
            producer.flush();
        }
        Exception e = firstFailure.get();
        if (e != null) {
            producer.close(Duration.ZERO);
            Map.Entry<Long, String> first = unconfirmed.firstEntry();
            throw new PublishException(first.getValue() + ": not published, nor every input after it (" + failed.get() + " of " + sent
                    + " records were not written to Kafka: " + oneLine(e) + "); everything before it is published; ingest again from it", e);
        }
        return acked.get();
    }

    private static String oneLine(Exception e) {
        String m = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        return m.lines().findFirst().orElse("");
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

    /** Publishing stopped because a record was not written; {@link #finish()} says where to resume. */
    public static final class Stopped extends RuntimeException {
        Stopped(Throwable cause) {
            super("a record was not written to Kafka: publishing stopped", cause);
        }
    }
}
