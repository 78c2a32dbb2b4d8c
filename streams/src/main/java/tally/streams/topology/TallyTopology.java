package tally.streams.topology;

import org.apache.kafka.streams.StreamsBuilder;
import org.apache.kafka.streams.Topology;
import org.apache.kafka.streams.kstream.KStream;
import tally.stats.Figure;
import tally.stats.TallyEnvironment;
import tally.stats.consolidate.Consolidation;
import tally.stats.consolidate.Estimate;
import tally.stats.consolidate.YearlySeries;
import tally.stats.normalize.Normalization;
import tally.stats.normalize.NormalizedFigure;
import tally.stats.normalize.Population;

/**
 * The whole Streams application: extraction of raw articles, validation, normalization, the current figures of each article,
 * their changes routed by series, consolidation, yearly series and weekly mentions, each built by
 * its own class.
 */
public final class TallyTopology {

    private TallyTopology() {
    }

    public static Topology build(TallyEnvironment environment) {
        return build(environment, Population.shipped());
    }

    public static Topology build(TallyEnvironment environment, Population population) {
        TallyTopics topics = new TallyTopics(environment);
        Normalization normalization = new Normalization(population);
        StreamsBuilder builder = new StreamsBuilder();
        RawArticlesTopology.extract(builder, topics.articlesRaw(), topics.articles(), topics.figures());
        KStream<String, Figure> valid = ValidationTopology.validFigures(builder, topics.figures());
        KStream<String, NormalizedFigure> normalized = NormalizationTopology.normalized(valid, normalization);
        KStream<String, FigureChange> current = CurrentFiguresTopology.changes(builder, normalized);
        KStream<String, SeriesUpdates> bySeries = SeriesRoutingTopology.bySeries(current);
        KStream<String, Estimate> estimates = ConsolidationTopology.estimates(builder, bySeries, new Consolidation(normalization), topics.estimates());
        YearlySeriesTopology.series(estimates, new YearlySeries(normalization), topics.seriesYearly());
        MentionsTopology.mentions(builder, bySeries, topics.mentionsWeekly());
        return builder.build();
    }
}
