package tally.streams.topology;

import org.apache.kafka.streams.StreamsBuilder;
import org.apache.kafka.streams.kstream.KStream;
import org.apache.kafka.streams.kstream.Named;
import tally.stats.Figure;
import tally.stats.FigureValidation;
import tally.streams.kafka.Topic;

/**
 * Reads {@code tally.figures} and lets through valid figures only, and tombstones: a record with
 * no value under an article id withdraws that article ({@code tally retract}). Records that do not parse
 * fail in the deserializer, figures that parse but are invalid throw {@link InvalidFigureException};
 * Kafka Streams' dead-letter queue (KIP-1034, configured in {@code TallyStreamsConfig}) then
 * writes the original bytes with the reason to {@code tally.figures.dlq} and processing goes on.
 */
public final class ValidationTopology {

    static final String SOURCE = "figures-source";
    static final String VALIDATE = "validate-figures";

    private ValidationTopology() {
    }

    public static KStream<String, Figure> validFigures(StreamsBuilder builder, Topic<String, Figure> figures) {
        return builder.stream(figures.name(), figures.consumed(SOURCE))
                .mapValues(ValidationTopology::requireValid, Named.as(VALIDATE));
    }

    static Figure requireValid(Figure figure) {
        if (figure == null) {
            return null; // a withdrawal, for the current figures to apply
        }
        String problem = FigureValidation.problem(figure);
        if (problem != null) {
            throw new InvalidFigureException(problem);
        }
        return figure;
    }
}
