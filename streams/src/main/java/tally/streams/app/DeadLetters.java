package tally.streams.app;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.errors.RetriableException;
import org.apache.kafka.streams.StreamsConfig;
import org.apache.kafka.streams.errors.ErrorHandlerContext;
import org.apache.kafka.streams.errors.ProductionExceptionHandler;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tally.stats.TallyEnvironment;

/**
 * What the application does with a record it cannot write (larger than the producer's or the
 * broker's limit, or not serializable): the input record that led to it goes to
 * {@code tally.figures.dlq} with the reason, and processing goes on.
 *
 * <p>Kafka's own handler builds its dead letter with the context's timestamp, which is -1 for a
 * record written when the record cache flushes a store; the callback then failed itself
 * ("Invalid timestamp: -1") and took the application to ERROR (issue 21). This one never throws:
 * a missing timestamp, topic or source record is left out, a dead letter that cannot be written
 * is only logged (not dead-lettered again), and so is anything that fails here.
 *
 * <p>Under exactly_once_v2 a record the producer refused aborts the transaction whatever the
 * handler says (Kafka's transactional producer), so the application is built never to produce
 * one: every store value and output is bounded, and a figure over {@link tally.stats.Figure#MAX_BYTES}
 * is dead-lettered on arrival.
 */
public final class DeadLetters implements ProductionExceptionHandler {

    /** The topic the record could not be written to (the other headers are Kafka's own). */
    public static final String TARGET_HEADER = "tally.errors.target";
    /**
     * The key of the record that could not be written. A record written when the record cache
     * flushes has no source record in its context, so without it such a dead letter would not say
     * what was lost.
     */
    public static final String KEY_HEADER = "tally.errors.key";
    private static final int MAX_MESSAGE = 2_000;
    private static final Logger LOG = LoggerFactory.getLogger(DeadLetters.class);

    private String topic = TallyEnvironment.DEFAULT.figuresDlq();

    @Override
    public void configure(Map<String, ?> configs) {
        Object configured = configs.get(StreamsConfig.ERRORS_DEAD_LETTER_QUEUE_TOPIC_NAME_CONFIG);
        if (configured != null) {
            topic = configured.toString();
        }
    }

    @Override
    public Response handleError(ErrorHandlerContext context, ProducerRecord<byte[], byte[]> record, Exception exception) {
        if (exception instanceof RetriableException) {
            return Response.retry();
        }
        return Response.resume(deadLetter(context, record, exception));
    }

    @Override
    @SuppressWarnings("rawtypes")
    public Response handleSerializationError(ErrorHandlerContext context, ProducerRecord record, Exception exception,
                                             SerializationExceptionOrigin origin) {
        return Response.resume(deadLetter(context, record, exception));
    }

    /** The dead letter: the source record's key and value (the failed record itself may be what is too large). */
    List<ProducerRecord<byte[], byte[]>> deadLetter(ErrorHandlerContext context, ProducerRecord<?, ?> failed, Exception exception) {
        String target = failed == null ? null : failed.topic();
        if (topic.equals(target)) {
            // A dead letter that cannot be written either: another one would fail the same way.
            LOG.error("a dead letter could not be written to {}: {}", topic, exception.toString());
            return List.of();
        }
        try {
            LOG.error("a record for {} could not be written and goes to {}: {}", target, topic, exception.toString());
            long timestamp = context == null ? -1 : context.timestamp();
            ProducerRecord<byte[], byte[]> letter = new ProducerRecord<>(topic, null, timestamp >= 0 ? timestamp : null,
                    context == null ? null : context.sourceRawKey(), context == null ? null : context.sourceRawValue());
            String message = String.valueOf(exception.getMessage());
            header(letter, "__streams.errors.exception", exception.getClass().getName());
            header(letter, "__streams.errors.message", message.length() > MAX_MESSAGE ? message.substring(0, MAX_MESSAGE) : message);
            header(letter, TARGET_HEADER, target);
            if (failed.key() instanceof byte[] key) {
                letter.headers().add(KEY_HEADER, key);
            } else if (failed.key() != null) {
                header(letter, KEY_HEADER, failed.key().toString());
            }
            if (context != null) {
                header(letter, "__streams.errors.topic", context.topic());
                header(letter, "__streams.errors.partition", String.valueOf(context.partition()));
                header(letter, "__streams.errors.offset", String.valueOf(context.offset()));
            }
            return List.of(letter);
        } catch (RuntimeException e) {
            LOG.error("a record for {} could not be written, nor set aside: {}", target, e.toString());
            return List.of();
        }
    }

    private static void header(ProducerRecord<byte[], byte[]> record, String name, String value) {
        if (value != null) {
            record.headers().add(name, value.getBytes(StandardCharsets.UTF_8));
        }
    }
}
