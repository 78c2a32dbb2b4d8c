package tally.bench;

import java.util.Arrays;
import java.util.List;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.common.utils.Bytes;
import org.apache.kafka.streams.KeyValue;
import org.apache.kafka.streams.StreamsBuilder;
import org.apache.kafka.streams.Topology;
import org.apache.kafka.streams.kstream.Consumed;
import org.apache.kafka.streams.kstream.Grouped;
import org.apache.kafka.streams.kstream.KStream;
import org.apache.kafka.streams.kstream.Materialized;
import org.apache.kafka.streams.kstream.Named;
import org.apache.kafka.streams.kstream.Produced;
import org.apache.kafka.streams.kstream.Repartitioned;
import org.apache.kafka.streams.processor.api.Processor;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.Record;
import org.apache.kafka.streams.state.KeyValueStore;
import org.apache.kafka.streams.state.Stores;
import tally.stats.TallyEnvironment;

/**
 * Topologies that do no Tally work, measured like the pipeline on the same figures, to tell what
 * Kafka Streams itself costs here from what Tally's code adds:
 * <ul>
 * <li>{@link #count()}: a count per key of {@code tally.figures}, no repartition: the "single
 *     count()" reference of the benchmark issue;</li>
 * <li>{@link #sameShape()}: the pipeline's shape with the values left as bytes: one store write per
 *     figure where it arrives, one repartition, then five store writes and three output records per
 *     figure, as the pipeline does (current figures; an outlet's reports, the statistic's summary,
 *     series entries, published points and mentions; estimates, series points and mentions).</li>
 * </ul>
 */
final class ReferenceTopologies {

    static final String COUNTS = "tally.bench.counts";
    private static final String[] STORES = {"bench-reports", "bench-summaries", "bench-entries", "bench-published", "bench-mentions"};
    private static final String[] OUTPUTS = {"tally.bench.estimates", "tally.bench.series", "tally.bench.mentions"};

    /** A reference topology and the output topics it needs created. */
    record Reference(String name, Topology topology, List<String> outputs) {
    }

    private ReferenceTopologies() {
    }

    static List<Reference> all() {
        return List.of(new Reference("a count per key, no repartition", count(), List.of(COUNTS)),
                new Reference("the pipeline's shape, values as bytes", sameShape(), List.of(OUTPUTS)));
    }

    static Topology count() {
        StreamsBuilder builder = new StreamsBuilder();
        builder.stream(TallyEnvironment.DEFAULT.figures(), Consumed.with(Serdes.String(), Serdes.ByteArray()).withName("bench-source"))
                .groupByKey(Grouped.as("bench-by-key"))
                .count(Named.as("bench-count"), Materialized.<String, Long, KeyValueStore<Bytes, byte[]>>as("bench-counts")
                        .withKeySerde(Serdes.String()).withValueSerde(Serdes.Long()))
                .toStream(Named.as("bench-count-changes"))
                .to(COUNTS, Produced.with(Serdes.String(), Serdes.Long()).withName("bench-count-sink"));
        return builder.build();
    }

    static Topology sameShape() {
        StreamsBuilder builder = new StreamsBuilder();
        builder.addStateStore(Stores.keyValueStoreBuilder(Stores.persistentKeyValueStore("bench-figures"),
                Serdes.String(), Serdes.ByteArray()).withCachingEnabled());
        for (String store : STORES) {
            builder.addStateStore(Stores.keyValueStoreBuilder(Stores.persistentKeyValueStore(store),
                    Serdes.String(), Serdes.ByteArray()).withCachingEnabled());
        }
        KStream<String, byte[]> updates = builder.stream(TallyEnvironment.DEFAULT.figures(), Consumed.with(Serdes.String(), Serdes.ByteArray())
                        .withName("bench-source"))
                .process(KeepFigure::new, Named.as("bench-keep"), "bench-figures")
                // About as many series as the generated figures have (400): a hash of the figure stands for it.
                .map((id, value) -> KeyValue.pair("series-" + (Arrays.hashCode(value) & 511), value), Named.as("bench-by-series"))
                .repartition(Repartitioned.<String, byte[]>as("bench-updates-by-series")
                        .withKeySerde(Serdes.String()).withValueSerde(Serdes.ByteArray()));
        KStream<String, byte[]> outputs = updates.process(UpdateSeries::new, Named.as("bench-update"), STORES);
        for (int i = 0; i < OUTPUTS.length; i++) {
            String topic = OUTPUTS[i];
            outputs.filter((key, value) -> key.startsWith(topic), Named.as("bench-to-" + i))
                    .to(topic, Produced.with(Serdes.String(), Serdes.ByteArray()).withName("bench-sink-" + i));
        }
        return builder.build();
    }

    /** One store write per figure, keyed by the figure's position in its partition. */
    private static final class KeepFigure implements Processor<String, byte[], String, byte[]> {

        private ProcessorContext<String, byte[]> context;
        private KeyValueStore<String, byte[]> figures;

        @Override
        public void init(ProcessorContext<String, byte[]> context) {
            this.context = context;
            this.figures = context.getStateStore("bench-figures");
        }

        @Override
        public void process(Record<String, byte[]> record) {
            String id = record.key() + "-" + context.recordMetadata().map(m -> m.offset()).orElse(0L);
            figures.put(id, record.value());
            context.forward(record.withKey(id));
        }
    }

    /** Five small store writes and three output records per figure. */
    private static final class UpdateSeries implements Processor<String, byte[], String, byte[]> {

        private ProcessorContext<String, byte[]> context;
        private final KeyValueStore<String, byte[]>[] stores = newStores();

        @SuppressWarnings("unchecked")
        private static KeyValueStore<String, byte[]>[] newStores() {
            return new KeyValueStore[STORES.length];
        }

        @Override
        public void init(ProcessorContext<String, byte[]> context) {
            this.context = context;
            for (int i = 0; i < STORES.length; i++) {
                stores[i] = context.getStateStore(STORES[i]);
            }
        }

        @Override
        public void process(Record<String, byte[]> record) {
            String id = record.key() + "|" + Arrays.hashCode(record.value());
            byte[] small = Arrays.copyOf(record.value(), 64);
            for (KeyValueStore<String, byte[]> store : stores) {
                store.get(id);
                store.put(id, small);
            }
            for (String topic : OUTPUTS) {
                context.forward(record.withKey(topic + "|" + id).withValue(small));
            }
        }
    }
}
