package tally.streams.topology;

import com.fasterxml.jackson.databind.JsonNode;
import org.apache.kafka.common.errors.SerializationException;
import org.apache.kafka.common.serialization.Deserializer;
import org.apache.kafka.common.serialization.Serde;
import org.apache.kafka.common.serialization.Serdes;
import tally.stats.Figure;
import tally.stats.consolidate.Estimate;
import tally.stats.consolidate.MentionCounts;
import tally.stats.consolidate.Mentions;
import tally.stats.consolidate.Reports;
import tally.stats.consolidate.SeriesEntry;
import tally.stats.consolidate.SeriesPoint;
import tally.stats.json.Json;
import tally.stats.json.JsonSerde;
import tally.stats.normalize.NormalizedFigure;

/**
 * Every serde of the topologies, defined once: JSON for the public topics (documented, with
 * schemas), Smile (binary JSON, the same bindings) for internal topics and state stores.
 */
public final class TallySerdes {

    public static final Serde<String> KEY = Serdes.String();
    /** Figures as written by ingest; refuses an unknown schema version before binding. */
    public static final Serde<Figure> FIGURE = Serdes.serdeFrom(JsonSerde.of(Figure.class).serializer(), figureDeserializer());
    public static final Serde<NormalizedFigure> NORMALIZED = JsonSerde.binary(NormalizedFigure.class);
    public static final Serde<ArticleVersion> ARTICLE_VERSION = JsonSerde.binary(ArticleVersion.class);
    public static final Serde<SeriesUpdates> SERIES_UPDATES = JsonSerde.binary(SeriesUpdates.class);
    public static final Serde<Reports> REPORTS = JsonSerde.binary(Reports.class);
    public static final Serde<Estimate> ESTIMATE = JsonSerde.of(Estimate.class);
    public static final Serde<SeriesEntry> SERIES_ENTRY = JsonSerde.binary(SeriesEntry.class);
    public static final Serde<SeriesPoint> SERIES_POINT = JsonSerde.of(SeriesPoint.class);
    public static final Serde<SeriesPoint> PUBLISHED_POINT = JsonSerde.binary(SeriesPoint.class);
    public static final Serde<MentionCounts> MENTION_COUNTS = JsonSerde.binary(MentionCounts.class);
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
