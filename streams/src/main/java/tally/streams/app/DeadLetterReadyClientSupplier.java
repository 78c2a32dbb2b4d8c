package tally.streams.app;

import java.util.Map;
import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.common.KafkaException;
import org.apache.kafka.streams.processor.internals.DefaultKafkaClientSupplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Streams' clients, whose producers learn the dead-letter topic's partitions as soon as they are made.
 *
 * <p>Kafka Streams writes the dead letter of a record the broker refused from that record's send
 * callback, on the producer's network thread. A producer that has never written to the dead-letter
 * topic must first fetch its metadata, which only that same network thread can do: it stalls for
 * {@code max.block.ms} (60 s), every other write of the task times out behind it ("not present in
 * metadata after 60000 ms") and the task is re-initialised and replayed. Asking for the partitions
 * when the producer is made (on a thread of its own, so that a missing topic does not hold up the
 * start) puts the topic in the producer's metadata before any record can be refused, and
 * {@link TallyStreamsConfig} keeps it there however long no letter is written.
 */
final class DeadLetterReadyClientSupplier extends DefaultKafkaClientSupplier {

    private static final Logger LOG = LoggerFactory.getLogger(DeadLetterReadyClientSupplier.class);

    private final String deadLetterTopic;

    DeadLetterReadyClientSupplier(String deadLetterTopic) {
        this.deadLetterTopic = deadLetterTopic;
    }

    @Override
    public Producer<byte[], byte[]> getProducer(Map<String, Object> config) {
        Producer<byte[], byte[]> producer = super.getProducer(config);
        Thread lookup = new Thread(() -> {
            try {
                producer.partitionsFor(deadLetterTopic);
            } catch (KafkaException e) {
                LOG.warn("the dead-letter topic {} is not known to the broker yet ({}): the first dead letter will wait for it",
                        deadLetterTopic, e.toString());
            }
        }, "tally-dead-letter-topic-lookup");
        lookup.setDaemon(true);
        lookup.start();
        return producer;
    }
}
