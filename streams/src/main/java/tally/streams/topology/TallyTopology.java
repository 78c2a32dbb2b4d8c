package tally.streams.topology;

import org.apache.kafka.streams.StreamsBuilder;
import org.apache.kafka.streams.Topology;
import org.apache.kafka.streams.kstream.KStream;
import tally.stats.Figure;
import tally.stats.consolidate.Consolidation;
import tally.stats.consolidate.Estimate;
import tally.stats.consolidate.YearlySeries;
import tally.stats.normalize.Normalization;
import tally.stats.normalize.NormalizedFigure;
import tally.stats.normalize.Population;

/**
 * The whole Streams application: validation, normalization, the current figures of each article,
 * their changes routed by series, consolidation, yearly series and weekly mentions, each built by
 * its own class.
 */
public final class TallyTopology {

    private TallyTopology() {
    }

    public static Topology build() {
        return build(Population.shipped());
    }

    public static Topology build(Population population) {
        Normalization normalization = new Normalization(population);
        StreamsBuilder builder = new StreamsBuilder();
        KStream<String, Figure> valid = ValidationTopology.validFigures(builder);
        KStream<String, NormalizedFigure> normalized = NormalizationTopology.normalized(valid, normalization);
        KStream<String, FigureChange> current = CurrentFiguresTopology.changes(builder, normalized);
        KStream<String, SeriesUpdates> bySeries = SeriesRoutingTopology.bySeries(current);
        KStream<String, Estimate> estimates = ConsolidationTopology.estimates(builder, bySeries, new Consolidation(normalization));
        YearlySeriesTopology.series(estimates, new YearlySeries(normalization));
        MentionsTopology.mentions(builder, bySeries);
        return builder.build();
    }
}
