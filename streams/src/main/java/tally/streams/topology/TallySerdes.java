package tally.streams.topology;

import com.fasterxml.jackson.databind.JsonNode;
import org.apache.kafka.common.errors.SerializationException;
import org.apache.kafka.common.serialization.Deserializer;
import org.apache.kafka.common.serialization.Serde;
import org.apache.kafka.common.serialization.Serdes;
import tally.stats.Figure;
import tally.stats.consolidate.Estimate;
import tally.stats.consolidate.EstimatesOfSeries;
import tally.stats.consolidate.FigureRef;
import tally.stats.consolidate.MentionCounts;
import tally.stats.consolidate.Mentions;
import tally.stats.consolidate.Report;
import tally.stats.consolidate.Reports;
import tally.stats.consolidate.SeriesEntry;
import tally.stats.consolidate.SeriesPoint;
import tally.stats.consolidate.SeriesPoints;
import tally.stats.json.Json;
import tally.stats.json.JsonSerde;
import tally.stats.normalize.NormalizedFigure;

/** Every serde of the topologies, defined once. */
public final class TallySerdes {

    public static final Serde<String> KEY = Serdes.String();
    /** Figures as written by ingest; refuses an unknown schema version before binding. */
    public static final Serde<Figure> FIGURE = Serdes.serdeFrom(JsonSerde.of(Figure.class).serializer(), figureDeserializer());
    public static final Serde<NormalizedFigure> NORMALIZED = JsonSerde.of(NormalizedFigure.class);
    public static final Serde<ArticleVersion> ARTICLE_VERSION = JsonSerde.of(ArticleVersion.class);
    public static final Serde<Reports> REPORTS = JsonSerde.of(Reports.class);
    public static final Serde<Report> REPORT = JsonSerde.of(Report.class);
    public static final Serde<Estimate> ESTIMATE = JsonSerde.of(Estimate.class);
    public static final Serde<EstimatesOfSeries> ESTIMATES_OF_SERIES = JsonSerde.of(EstimatesOfSeries.class);
    public static final Serde<SeriesPoint> SERIES_POINT = JsonSerde.of(SeriesPoint.class);
    public static final Serde<SeriesPoints> SERIES_POINTS = JsonSerde.of(SeriesPoints.class);
    public static final Serde<SeriesEntry> SERIES_ENTRY = JsonSerde.of(SeriesEntry.class);
    public static final Serde<MentionCounts> MENTION_COUNTS = JsonSerde.of(MentionCounts.class);
    public static final Serde<FigureRef> FIGURE_REF = JsonSerde.of(FigureRef.class);
    public static final Serde<Mentions> MENTIONS = JsonSerde.of(Mentions.class);

    private TallySerdes() {
    }

    private static Deserializer<Figure> figureDeserializer() {
        return (topic, bytes) -> {
            if (bytes == null) {
                return null;
            }
            try {
                JsonNode tree = Json.MAPPER.readTree(bytes);
                if (tree == null || !tree.isObject()) {
                    throw new SerializationException("not a JSON object");
                }
                JsonNode schema = tree.get("schema");
                if (schema != null && schema.asInt(-1) != Figure.SCHEMA) {
                    throw new SerializationException("unknown schema version " + schema.asText());
                }
                return Json.MAPPER.treeToValue(tree, Figure.class);
            } catch (SerializationException e) {
                throw e;
            } catch (Exception e) {
                throw new SerializationException("not a valid figure: " + String.valueOf(e.getMessage()).lines().findFirst().orElse(""), e);
            }
        };
    }
}
