package tally.streams.topology;

import org.apache.kafka.streams.StreamsBuilder;
import org.apache.kafka.streams.Topology;
import org.apache.kafka.streams.kstream.KStream;
import org.apache.kafka.streams.kstream.KTable;
import tally.stats.Figure;
import tally.stats.consolidate.Consolidation;
import tally.stats.consolidate.Estimate;
import tally.stats.consolidate.YearlySeries;
import tally.stats.normalize.Normalization;
import tally.stats.normalize.NormalizedFigure;
import tally.stats.normalize.Population;

/**
 * The whole Streams application: validation, normalization, the table of current figures,
 * consolidation, yearly series and weekly mentions, each built by its own class.
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
        KTable<String, NormalizedFigure> current = CurrentFiguresTopology.current(builder, normalized);
        KTable<String, Estimate> estimates = ConsolidationTopology.estimates(current, new Consolidation(normalization));
        YearlySeriesTopology.series(estimates, new YearlySeries(normalization));
        MentionsTopology.mentions(current);
        return builder.build();
    }
}
