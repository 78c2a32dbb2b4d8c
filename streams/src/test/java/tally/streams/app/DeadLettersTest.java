package tally.streams.app;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.errors.RecordTooLargeException;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.apache.kafka.streams.errors.ErrorHandlerContext;
import org.apache.kafka.streams.errors.ProcessingExceptionHandler;
import org.apache.kafka.streams.errors.ProductionExceptionHandler;
import org.apache.kafka.streams.processor.api.Record;
import org.apache.kafka.streams.errors.internals.DefaultErrorHandlerContext;
import org.apache.kafka.streams.processor.TaskId;
import org.junit.jupiter.api.Test;
import tally.stats.TallyEnvironment;

/**
 * The production error handler with the context Kafka Streams gives it when a store's changelog
 * record fails at a cache flush: no timestamp (-1), no source record. Kafka's own handler threw
 * "Invalid timestamp: -1" there and took the application to ERROR (issue 21).
 */
class DeadLettersTest {

    private final DeadLetters handler = new DeadLetters();

    private static ErrorHandlerContext flushContext() {
        return new DefaultErrorHandlerContext(null, null, -1, -1, new RecordHeaders(), "estimate", new TaskId(1, 0), -1, null, null);
    }

    @Test
    void aRecordWrittenAtACacheFlushIsDeadLetteredWithItsReasonAndProcessingResumes() {
        handler.configure(Map.of("errors.dead.letter.queue.topic.name", TallyEnvironment.DEFAULT.figuresDlq()));
        ProducerRecord<byte[], byte[]> failed = new ProducerRecord<>("tally-streams-reports-by-reporter-changelog",
                "deaths|MX|2024".getBytes(StandardCharsets.UTF_8), new byte[]{2});
        ProductionExceptionHandler.Response r = handler.handleError(flushContext(), failed,
                new RecordTooLargeException("The message is 1048677 bytes when serialized which is larger than 1048576"));
        assertEquals(ProductionExceptionHandler.Result.RESUME, r.result());
        List<ProducerRecord<byte[], byte[]>> letters = r.deadLetterQueueRecords();
        assertEquals(1, letters.size());
        ProducerRecord<byte[], byte[]> letter = letters.get(0);
        assertEquals(TallyEnvironment.DEFAULT.figuresDlq(), letter.topic());
        assertNull(letter.timestamp(), "no timestamp rather than -1: the broker sets it");
        assertEquals(RecordTooLargeException.class.getName(), header(letter, "__streams.errors.exception"));
        assertEquals("The message is 1048677 bytes when serialized which is larger than 1048576", header(letter, "__streams.errors.message"));
        assertEquals("tally-streams-reports-by-reporter-changelog", header(letter, DeadLetters.TARGET_HEADER));
        assertNull(letter.value(), "no source record at a flush");
        assertEquals("deaths|MX|2024", header(letter, DeadLetters.KEY_HEADER), "the lost record is still named");
    }

    @Test
    void aDeadLetterThatCannotBeWrittenIsNotDeadLetteredAgain() {
        ProducerRecord<byte[], byte[]> failed = new ProducerRecord<>(TallyEnvironment.DEFAULT.figuresDlq(), new byte[]{1}, new byte[]{2});
        ProductionExceptionHandler.Response r = handler.handleError(flushContext(), failed, new RecordTooLargeException("too large"));
        assertEquals(ProductionExceptionHandler.Result.RESUME, r.result());
        assertEquals(List.of(), r.deadLetterQueueRecords());
    }

    /**
     * A processor that throws: its input record is dead-lettered whole with the processor, the key
     * it was given and the stack trace, so that a failure says which processor threw and where.
     */
    @Test
    void aRecordAProcessorFailsOnIsDeadLetteredWithTheProcessorItsKeyAndTheStackTrace() {
        handler.configure(Map.of("errors.dead.letter.queue.topic.name", TallyEnvironment.DEFAULT.figuresDlq()));
        ErrorHandlerContext context = new DefaultErrorHandlerContext(null, "figure-updates-by-series-repartition", 0, 41, new RecordHeaders(),
                "estimate", new TaskId(2, 0), 1_700_000_000_000L, "violence|deaths|MX".getBytes(StandardCharsets.UTF_8), new byte[]{7});
        NullPointerException thrown = new NullPointerException("Cannot invoke \"String.length()\" because \"key\" is null");
        ProcessingExceptionHandler.Response r = handler.handleError(context, new Record<>("violence|deaths|MX", "update", 0L), thrown);
        assertEquals(ProcessingExceptionHandler.Result.RESUME, r.result());
        ProducerRecord<byte[], byte[]> letter = r.deadLetterQueueRecords().get(0);
        assertEquals(TallyEnvironment.DEFAULT.figuresDlq(), letter.topic());
        assertEquals(NullPointerException.class.getName(), header(letter, "__streams.errors.exception"));
        assertEquals("estimate", header(letter, DeadLetters.PROCESSOR_HEADER));
        assertEquals("violence|deaths|MX", header(letter, DeadLetters.KEY_HEADER));
        assertNull(letter.headers().lastHeader(DeadLetters.TARGET_HEADER), "nothing was being written");
        assertTrue(header(letter, "__streams.errors.stacktrace").contains("DeadLettersTest"), "the stack trace says where it threw");
        assertEquals("figure-updates-by-series-repartition", header(letter, "__streams.errors.topic"));
        assertEquals("41", header(letter, "__streams.errors.offset"));
        assertArrayEquals(new byte[]{7}, letter.value(), "the input record, whole");
        assertEquals(1_700_000_000_000L, letter.timestamp());
    }

    private static String header(ProducerRecord<byte[], byte[]> r, String name) {
        return new String(r.headers().lastHeader(name).value(), StandardCharsets.UTF_8);
    }
}
