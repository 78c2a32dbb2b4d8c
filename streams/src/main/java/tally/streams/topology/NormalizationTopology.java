package tally.streams.topology;

import org.apache.kafka.streams.kstream.KStream;
import org.apache.kafka.streams.kstream.Named;
import tally.stats.Figure;
import tally.stats.normalize.Normalization;
import tally.stats.normalize.NormalizedFigure;

/**
 * Adds each figure's yearly rate and rate per 100,000 inhabitants (the arithmetic is {@link Normalization}'s);
 * a withdrawal (no figure) passes as it is.
 */
public final class NormalizationTopology {

    static final String NORMALIZE = "normalize-figures";

    private NormalizationTopology() {
    }

    public static KStream<String, NormalizedFigure> normalized(KStream<String, Figure> figures, Normalization normalization) {
        return figures.mapValues(f -> f == null ? null : normalization.normalize(f), Named.as(NORMALIZE));
    }
}
