package tally.streams.app;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.errors.RetriableException;
import org.apache.kafka.streams.StreamsConfig;
import org.apache.kafka.streams.errors.ErrorHandlerContext;
import org.apache.kafka.streams.errors.ProcessingExceptionHandler;
import org.apache.kafka.streams.errors.ProductionExceptionHandler;
import org.apache.kafka.streams.processor.api.Record;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tally.stats.TallyEnvironment;

/**
 * What the application does with a record it cannot write (larger than the producer's or the
 * broker's limit, or not serializable) or that a processor failed on: the input record that led
 * to it goes to {@code tally.figures.dlq} with the reason, and processing goes on.
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
public final class DeadLetters implements ProductionExceptionHandler, ProcessingExceptionHandler {

    /** The topic the record could not be written to (the other headers are Kafka's own). */
    public static final String TARGET_HEADER = "tally.errors.target";
    /**
     * The key of the record that could not be written. A record written when the record cache
     * flushes has no source record in its context, so without it such a dead letter would not say
     * what was lost.
     */
    public static final String KEY_HEADER = "tally.errors.key";
    /**
     * The processor that threw, on the dead letter of a processing error; such a letter has no
     * {@link #TARGET_HEADER} (nothing was being written) and its {@link #KEY_HEADER} is the key of
     * the record the processor was given.
     */
    public static final String PROCESSOR_HEADER = "tally.errors.processor";
    private static final int MAX_STACK = 8_000;
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
    public ProductionExceptionHandler.Response handleError(ErrorHandlerContext context, ProducerRecord<byte[], byte[]> record,
                                                           Exception exception) {
        if (exception instanceof RetriableException) {
            return ProductionExceptionHandler.Response.retry();
        }
        return ProductionExceptionHandler.Response.resume(deadLetter(context, record, exception));
    }

    @Override
    @SuppressWarnings("rawtypes")
    public ProductionExceptionHandler.Response handleSerializationError(ErrorHandlerContext context, ProducerRecord record,
                                                                        Exception exception, SerializationExceptionOrigin origin) {
        return ProductionExceptionHandler.Response.resume(deadLetter(context, record, exception));
    }

    /**
     * A processor threw: the input record goes to the dead-letter topic with the processor, the
     * key it was given and the stack trace, and processing goes on. Logged with the stack trace at
     * ERROR (Kafka's own handler logs at WARN, which the default log levels hide).
     */
    @Override
    public ProcessingExceptionHandler.Response handleError(ErrorHandlerContext context, Record<?, ?> record, Exception exception) {
        String processor = context == null ? null : context.processorNodeId();
        LOG.error("processor {} failed on a record (task {}, {}-{} offset {}) and it goes to {}", processor,
                context == null ? null : context.taskId(), context == null ? null : context.topic(),
                context == null ? null : context.partition(), context == null ? null : context.offset(), topic, exception);
        try {
            ProducerRecord<byte[], byte[]> letter = letter(context, exception);
            header(letter, PROCESSOR_HEADER, processor);
            if (record != null && record.key() instanceof byte[] key) {
                letter.headers().add(KEY_HEADER, key);
            } else if (record != null && record.key() != null) {
                header(letter, KEY_HEADER, record.key().toString());
            }
            StringWriter written = new StringWriter();
            exception.printStackTrace(new PrintWriter(written));
            String trace = written.toString();
            header(letter, "__streams.errors.stacktrace", trace.length() > MAX_STACK ? trace.substring(0, MAX_STACK) : trace);
            return ProcessingExceptionHandler.Response.resume(List.of(letter));
        } catch (RuntimeException e) {
            LOG.error("a record processor {} failed on could not be set aside: {}", processor, e.toString());
            return ProcessingExceptionHandler.Response.resume();
        }
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
            ProducerRecord<byte[], byte[]> letter = letter(context, exception);
            header(letter, TARGET_HEADER, target);
            if (failed.key() instanceof byte[] key) {
                letter.headers().add(KEY_HEADER, key);
            } else if (failed.key() != null) {
                header(letter, KEY_HEADER, failed.key().toString());
            }
            return List.of(letter);
        } catch (RuntimeException e) {
            LOG.error("a record for {} could not be written, nor set aside: {}", target, e.toString());
            return List.of();
        }
    }

    /** A dead letter of the source record (when known) with the reason and where the source record came from. */
    private ProducerRecord<byte[], byte[]> letter(ErrorHandlerContext context, Exception exception) {
        long timestamp = context == null ? -1 : context.timestamp();
        ProducerRecord<byte[], byte[]> letter = new ProducerRecord<>(topic, null, timestamp >= 0 ? timestamp : null,
                context == null ? null : context.sourceRawKey(), context == null ? null : context.sourceRawValue());
        String message = String.valueOf(exception.getMessage());
        header(letter, "__streams.errors.exception", exception.getClass().getName());
        header(letter, "__streams.errors.message", message.length() > MAX_MESSAGE ? message.substring(0, MAX_MESSAGE) : message);
        if (context != null) {
            header(letter, "__streams.errors.topic", context.topic());
            header(letter, "__streams.errors.partition", String.valueOf(context.partition()));
            header(letter, "__streams.errors.offset", String.valueOf(context.offset()));
        }
        return letter;
    }

    private static void header(ProducerRecord<byte[], byte[]> record, String name, String value) {
        if (value != null) {
            record.headers().add(name, value.getBytes(StandardCharsets.UTF_8));
        }
    }
}
