package tally.streams.topology;

import org.apache.kafka.streams.StreamsBuilder;
import org.apache.kafka.streams.kstream.KStream;
import org.apache.kafka.streams.kstream.Named;
import org.apache.kafka.streams.kstream.Repartitioned;
import org.apache.kafka.streams.processor.api.Processor;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.Record;
import org.apache.kafka.streams.state.KeyValueStore;
import tally.stats.ExtractorVersion;
import tally.stats.normalize.NormalizedFigure;
import tally.streams.kafka.StoreDef;

/**
 * The figures that currently count: a figure published twice is one entry (its id), and of an
 * article's figures only those of the newest extractor version count. Emits a
 * {@link FigureChange} per figure: when a re-extraction arrives, the older version's figures are
 * withdrawn, so downstream aggregates subtract them and never count two versions of an article.
 * The withdrawn figures are kept until the article's next re-extraction, and withdrawn again
 * whenever the figure that withdrew them is processed again: under at_least_once, a crash inside
 * a commit's writes could otherwise keep the newer version recorded and lose the withdrawals, and
 * the older version would count for good (issue 21). A withdrawal of the article (a tombstone
 * under its id, {@code tally retract}) withdraws all its figures the same way and keeps nothing of
 * it; the article counts again if it is published again.
 *
 * <p>Ingest publishes figures keyed by article id, so they arrive partitioned by article and need
 * no repartition; a record keyed otherwise (an older producer) is re-keyed through
 * {@value #BY_ARTICLE_TOPIC} first. Both use the default partitioner, so an article's figures
 * meet in the same task either way. Per article, a small record of its version and figure ids;
 * the figures themselves are stored one by one (by figure id, in the partition of their article),
 * so that a figure is written once, not again with each later figure of its article.
 */
public final class CurrentFiguresTopology {

    static final String KEYED_BY_ARTICLE = "keyed-by-article";
    static final String KEYED_OTHERWISE = "keyed-otherwise";
    static final String BY_ARTICLE = "key-figures-by-article";
    static final String BY_ARTICLE_TOPIC = "figures-by-article";
    static final String ALL_BY_ARTICLE = "all-figures-by-article";
    static final String NEWEST = "keep-newest-extractor-version";
    /** Per article, the extractor version that counts and its figure ids. */
    static final StoreDef<String, ArticleVersion> VERSIONS_STORE = new StoreDef<>("article-versions",
            TallySerdes.KEY, TallySerdes.ARTICLE_VERSION, ArticleVersion.class);
    /** The figures of the version each article's newest replaced, by figure id: what to withdraw again after a crash. */
    static final StoreDef<String, NormalizedFigure> WITHDRAWN_STORE = new StoreDef<>("withdrawn-figures",
            TallySerdes.KEY, TallySerdes.NORMALIZED, NormalizedFigure.class);
    /** The current figures by figure id, partitioned by article id. */
    public static final StoreDef<String, NormalizedFigure> STORE = new StoreDef<>("current-figures",
            TallySerdes.KEY, TallySerdes.NORMALIZED, NormalizedFigure.class);

    private CurrentFiguresTopology() {
    }

    public static KStream<String, FigureChange> changes(StreamsBuilder builder, KStream<String, NormalizedFigure> figures) {
        builder.addStateStore(VERSIONS_STORE.builder());
        builder.addStateStore(STORE.builder());
        builder.addStateStore(WITHDRAWN_STORE.builder());
        KStream<String, NormalizedFigure> byArticle = figures
                .filter((key, n) -> n == null || n.figure().articleId().equals(key), Named.as(KEYED_BY_ARTICLE));
        KStream<String, NormalizedFigure> rekeyed = figures
                .filterNot((key, n) -> n == null || n.figure().articleId().equals(key), Named.as(KEYED_OTHERWISE))
                .selectKey((key, n) -> n.figure().articleId(), Named.as(BY_ARTICLE))
                .repartition(Repartitioned.<String, NormalizedFigure>as(BY_ARTICLE_TOPIC)
                        .withKeySerde(TallySerdes.KEY).withValueSerde(TallySerdes.NORMALIZED));
        return byArticle.merge(rekeyed, Named.as(ALL_BY_ARTICLE))
                .process(NewestVersion::new, Named.as(NEWEST), VERSIONS_STORE.name(), STORE.name(), WITHDRAWN_STORE.name());
    }

    /** Per article: what changes when a figure arrives, given the article's figures that count so far. */
    static final class NewestVersion implements Processor<String, NormalizedFigure, String, FigureChange> {

        private ProcessorContext<String, FigureChange> context;
        private KeyValueStore<String, ArticleVersion> versions;
        private KeyValueStore<String, NormalizedFigure> figures;
        private KeyValueStore<String, NormalizedFigure> withdrawnFigures;

        @Override
        public void init(ProcessorContext<String, FigureChange> context) {
            this.context = context;
            this.versions = VERSIONS_STORE.in(context);
            this.figures = STORE.in(context);
            this.withdrawnFigures = WITHDRAWN_STORE.in(context);
        }

        @Override
        public void process(Record<String, NormalizedFigure> record) {
            String articleId = record.key();
            if (record.value() == null) {
                withdraw(record, articleId);
                return;
            }
            NormalizedFigure figure = record.value();
            String figureId = figure.figure().id();
            int version = ExtractorVersion.numberOf(figure.figure().extractor());
            ArticleVersion known = versions.get(articleId);
            if (known != null && version < known.version()) {
                return; // an older extraction arriving late: the newer one stands
            }
            if (known != null && version > known.version()) {
                withdrawFigures(record, known, true);
                versions.put(articleId, ArticleVersion.replacing(known, version, figureId));
                figures.put(figureId, figure);
                context.forward(record.withKey(figureId).withValue(new FigureChange(null, figure)));
                return;
            }
            if (known != null && figureId.equals(known.withdrawnBy())) {
                // The figure that withdrew the older version, processed again: after a crash under
                // at_least_once its withdrawals may be lost while the new version was recorded. Sent
                // again, they change nothing where they had arrived. An id the newer version uses
                // too is its figure's own to send.
                for (String oldId : known.withdrawn()) {
                    NormalizedFigure old = known.figureIds().contains(oldId) ? null : withdrawnFigures.get(oldId);
                    if (old != null) {
                        context.forward(record.withKey(oldId).withValue(new FigureChange(old, null)));
                    }
                }
            }
            boolean seen = known != null && known.figureIds().contains(figureId);
            // A figure the article does not list yet has nothing stored: no lookup for it.
            NormalizedFigure before = seen ? figures.get(figureId) : null;
            if (!seen) {
                versions.put(articleId, known == null ? ArticleVersion.of(version, figureId) : known.plus(figureId));
            }
            figures.put(figureId, figure);
            // Forwarded even when nothing changed: downstream applies it idempotently, and after a
            // crash under at_least_once the store may hold a figure whose downstream records were lost.
            context.forward(record.withKey(figureId).withValue(new FigureChange(before, figure)));
        }

        /** The article withdrawn: none of its figures count any more, and none is kept for a re-send. */
        private void withdraw(Record<String, NormalizedFigure> record, String articleId) {
            ArticleVersion known = articleId == null ? null : versions.delete(articleId);
            if (known != null) {
                withdrawFigures(record, known, false);
            }
        }

        /**
         * Withdraws the figures of the version known, forgetting those it had withdrawn itself (two
         * versions back: no longer needed); {@code keep} keeps them to send again (a re-extraction).
         */
        private void withdrawFigures(Record<String, NormalizedFigure> record, ArticleVersion known, boolean keep) {
            known.withdrawn().forEach(withdrawnFigures::delete);
            for (String oldId : known.figureIds()) {
                NormalizedFigure old = figures.delete(oldId);
                if (old != null) {
                    if (keep) {
                        withdrawnFigures.put(oldId, old);
                    }
                    context.forward(record.withKey(oldId).withValue(new FigureChange(old, null)));
                }
            }
        }
    }
}
