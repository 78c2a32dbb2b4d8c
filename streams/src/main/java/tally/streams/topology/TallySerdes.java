package tally.streams.topology;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.deser.DeserializationProblemHandler;
import java.io.IOException;
import org.apache.kafka.common.errors.SerializationException;
import org.apache.kafka.common.serialization.Deserializer;
import org.apache.kafka.common.serialization.Serde;
import org.apache.kafka.common.serialization.Serdes;
import tally.stats.Figure;
import tally.stats.consolidate.Estimate;
import tally.stats.consolidate.IncidentReport;
import tally.stats.consolidate.MentionCounts;
import tally.stats.consolidate.Mentions;
import tally.stats.consolidate.Report;
import tally.stats.consolidate.ReporterSummary;
import tally.stats.consolidate.SeriesEntry;
import tally.stats.consolidate.SeriesPoint;
import tally.stats.consolidate.StatisticReports;
import tally.stats.json.Json;
import tally.stats.json.JsonSerde;
import tally.stats.normalize.NormalizedFigure;

/**
 * Every serde of the topologies, defined once: JSON for the public topics (documented, with
 * schemas), Smile (binary JSON, the same bindings) for internal topics and state stores.
 */
public final class TallySerdes {

    public static final Serde<String> KEY = Serdes.String();
    /** Figures as written by ingest; refuses an unknown schema version. */
    public static final Serde<Figure> FIGURE = Serdes.serdeFrom(JsonSerde.of(Figure.class).serializer(), figureDeserializer());
    /** Cleaned articles, as ingest writes them. */
    public static final Serde<tally.ingest.clean.CleanArticle> CLEAN_ARTICLE = JsonSerde.of(tally.ingest.clean.CleanArticle.class);
    public static final Serde<NormalizedFigure> NORMALIZED = JsonSerde.binary(NormalizedFigure.class);
    public static final Serde<ArticleVersion> ARTICLE_VERSION = JsonSerde.binary(ArticleVersion.class);
    public static final Serde<SeriesUpdates> SERIES_UPDATES = JsonSerde.binary(SeriesUpdates.class);
    public static final Serde<Report> REPORT = JsonSerde.binary(Report.class);
    public static final Serde<ReporterSummary> REPORTER_SUMMARY = JsonSerde.binary(ReporterSummary.class);
    public static final Serde<StatisticReports> STATISTIC_REPORTS = JsonSerde.binary(StatisticReports.class);
    public static final Serde<Estimate> ESTIMATE = JsonSerde.of(Estimate.class);
    public static final Serde<Estimate> STORED_ESTIMATE = JsonSerde.binary(Estimate.class);
    public static final Serde<IncidentReport> INCIDENT_REPORT = JsonSerde.binary(IncidentReport.class);
    public static final Serde<SeriesEntry> SERIES_ENTRY = JsonSerde.binary(SeriesEntry.class);
    public static final Serde<SeriesPoint> SERIES_POINT = JsonSerde.of(SeriesPoint.class);
    public static final Serde<SeriesPoint> PUBLISHED_POINT = JsonSerde.binary(SeriesPoint.class);
    public static final Serde<MentionCounts> MENTION_COUNTS = JsonSerde.binary(MentionCounts.class);
    public static final Serde<Mentions> MENTIONS = JsonSerde.of(Mentions.class);

    private TallySerdes() {
    }

    /** Figures in one pass: the schema version is checked as the parser meets it (it comes first). */
    private static Deserializer<Figure> figureDeserializer() {
        ObjectReader reader = Json.MAPPER.readerFor(Figure.class).withHandler(new DeserializationProblemHandler() {
            @Override
            public boolean handleUnknownProperty(DeserializationContext context, JsonParser parser, JsonDeserializer<?> deserializer,
                                                 Object beanOrClass, String name) throws IOException {
                if (!"schema".equals(name) || deserializer.handledType() != Figure.class) {
                    return false; // ignored, as any field a newer producer adds
                }
                // Schema 1 is read too (kind unknown, definition unspecified), so replay over old topics works.
                if (parser.currentToken() != JsonToken.VALUE_NUMBER_INT || parser.getIntValue() < 1 || parser.getIntValue() > Figure.SCHEMA) {
                    throw new UnknownSchema(parser.getText());
                }
                return true;
            }
        });
        return (topic, bytes) -> {
            if (bytes == null) {
                return null;
            }
            if (bytes.length > Figure.MAX_BYTES) {
                throw new SerializationException("a figure of " + bytes.length + " bytes is larger than the limit of " + Figure.MAX_BYTES);
            }
            try {
                return reader.readValue(bytes);
            } catch (Exception e) {
                for (Throwable t = e; t != null; t = t.getCause()) {
                    if (t instanceof UnknownSchema unknown) {
                        throw new SerializationException("unknown schema version " + unknown.getMessage());
                    }
                }
                throw new SerializationException("not a valid figure: " + String.valueOf(e.getMessage()).lines().findFirst().orElse(""), e);
            }
        };
    }

    private static final class UnknownSchema extends IOException {
        UnknownSchema(String version) {
            super(version);
        }
    }
}
