package tally.streams.topology;

import java.util.Objects;
import org.apache.kafka.common.utils.Bytes;
import org.apache.kafka.streams.StreamsBuilder;
import org.apache.kafka.streams.kstream.KStream;
import org.apache.kafka.streams.kstream.KTable;
import org.apache.kafka.streams.kstream.Materialized;
import org.apache.kafka.streams.kstream.Named;
import org.apache.kafka.streams.kstream.Repartitioned;
import org.apache.kafka.streams.processor.api.Processor;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.Record;
import org.apache.kafka.streams.state.KeyValueStore;
import org.apache.kafka.streams.state.Stores;
import tally.stats.consolidate.Snapshot;
import tally.stats.normalize.NormalizedFigure;

/**
 * The figures that currently count, keyed by figure id. A figure published twice is one row (the
 * key), and of an article's figures only those of the newest extractor version count: when a
 * re-extraction arrives, the older version's figures are deleted (tombstones), so downstream
 * aggregates subtract them and never count two versions of an article.
 */
public final class CurrentFiguresTopology {

    static final String BY_ARTICLE = "key-figures-by-article";
    static final String BY_ARTICLE_TOPIC = "figures-by-article";
    static final String VERSIONS_STORE = "article-versions";
    static final String NEWEST = "keep-newest-extractor-version";
    static final String BY_FIGURE_TOPIC = "current-figures";
    static final String TABLE = "current-figures-table";
    public static final String STORE = "current-figures-store";

    private CurrentFiguresTopology() {
    }

    public static KTable<String, NormalizedFigure> current(StreamsBuilder builder, KStream<String, NormalizedFigure> figures) {
        builder.addStateStore(Stores.keyValueStoreBuilder(Stores.persistentKeyValueStore(VERSIONS_STORE),
                TallySerdes.KEY, TallySerdes.ARTICLE_VERSION));
        return figures
                .selectKey((id, n) -> n.figure().articleId(), Named.as(BY_ARTICLE))
                .repartition(Repartitioned.<String, NormalizedFigure>as(BY_ARTICLE_TOPIC)
                        .withKeySerde(TallySerdes.KEY).withValueSerde(TallySerdes.NORMALIZED))
                .process(NewestVersion::new, Named.as(NEWEST), VERSIONS_STORE)
                .repartition(Repartitioned.<String, NormalizedFigure>as(BY_FIGURE_TOPIC)
                        .withKeySerde(TallySerdes.KEY).withValueSerde(TallySerdes.NORMALIZED))
                .toTable(Named.as(TABLE), Materialized.<String, NormalizedFigure, KeyValueStore<Bytes, byte[]>>as(STORE)
                        .withKeySerde(TallySerdes.KEY).withValueSerde(TallySerdes.NORMALIZED));
    }

    /** Per article: forwards figures of the newest version, deletes those of older ones. */
    static final class NewestVersion implements Processor<String, NormalizedFigure, String, NormalizedFigure> {

        private ProcessorContext<String, NormalizedFigure> context;
        private KeyValueStore<String, ArticleVersion> versions;

        @Override
        public void init(ProcessorContext<String, NormalizedFigure> context) {
            this.context = context;
            this.versions = context.getStateStore(VERSIONS_STORE);
        }

        @Override
        public void process(Record<String, NormalizedFigure> record) {
            NormalizedFigure figure = Objects.requireNonNull(record.value(), "validated figures are never null");
            String articleId = record.key();
            String figureId = figure.figure().id();
            int version = Snapshot.version(figure.figure().extractor());
            ArticleVersion known = versions.get(articleId);
            if (known != null && version < known.version()) {
                return; // an older extraction arriving late: the newer one stands
            }
            if (known != null && version > known.version()) {
                for (String old : known.figureIds()) {
                    context.forward(record.withKey(old).withValue(null));
                }
                known = null;
            }
            ArticleVersion next = (known == null ? new ArticleVersion(version, null) : known).plus(figureId);
            versions.put(articleId, next);
            context.forward(record.withKey(figureId));
        }
    }
}
