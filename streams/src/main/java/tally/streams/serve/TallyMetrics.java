package tally.streams.serve;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.apache.kafka.common.header.Header;
import tally.stats.BuildInfo;
import tally.stats.Metric;
import tally.stats.TallyEnvironment;

/**
 * Tally's own metrics, counted from the topics every instance follows ({@link TopicWatcher}), so
 * they are cluster-wide and count each record once whichever instance processed it:
 * {@code tally_articles_ingested_total} and {@code tally_figures_extracted_total{metric}} (each
 * article and figure once, however often it is ingested again),
 * {@code tally_dlq_records_total{exception}} (at zero from the start for the exceptions the
 * application raises) and {@code tally_end_to_end_lag_seconds}, a histogram of the time
 * from a figure's publication into {@code tally.figures} to the estimate it changed (an output
 * record carries the newest timestamp of the inputs behind it); and {@code tally_build_info{version,commit}}.
 */
final class TallyMetrics implements TopicWatcher.Listener {

    static final String ARTICLES = "tally.articles.ingested";
    static final String FIGURES = "tally.figures.extracted";
    static final String DLQ = "tally.dlq.records";
    static final String LAG = "tally.end.to.end.lag";
    static final String BUILD_INFO = "tally.build.info";
    private static final String DLQ_EXCEPTION_HEADER = "__streams.errors.exception";
    /** Label values are bounded: anyone can write headers to the DLQ topic. */
    private static final int MAX_EXCEPTIONS = 32;
    private static final JsonFactory JSON = new JsonFactory();
    /** The exceptions the application itself dead-letters with: an input that is not a figure, or an output it cannot write. */
    static final List<String> DLQ_EXCEPTIONS = List.of("SerializationException", "InvalidFigureException", "RecordTooLargeException");
    /** Upper bounds of the lag histogram's buckets, from a commit interval's worth to a stalled application. */
    private static final Duration[] LAG_BUCKETS = Stream.of(50, 100, 250, 500, 1_000, 2_500, 5_000, 10_000, 30_000, 60_000, 300_000)
            .map(Duration::ofMillis).toArray(Duration[]::new);

    private final MeterRegistry registry;
    private final TallyEnvironment environment;
    private final Counter articles;
    private final DistinctKeys articleIds = new DistinctKeys();
    private final DistinctKeys figureIds = new DistinctKeys();
    private final Timer lag;
    private final Map<String, Counter> figures = new ConcurrentHashMap<>();
    private final Map<String, Counter> dead = new ConcurrentHashMap<>();

    TallyMetrics(MeterRegistry registry, TallyEnvironment environment) {
        this.registry = registry;
        this.environment = environment;
        this.articles = Counter.builder(ARTICLES).description("Distinct articles published to " + environment.articles()).register(registry);
        // A histogram, not client-side percentiles: buckets add up across instances and over time windows.
        this.lag = Timer.builder(LAG)
                .description("From a figure's publication into 0 +  to the estimate update it caused")
                .serviceLevelObjectives(LAG_BUCKETS)
                .register(registry);
        for (Metric m : Metric.values()) {
            figures(m.json()); // every metric shows, also at zero
        }
        for (String e : DLQ_EXCEPTIONS) {
            dead(e); // so that an alert on its rate sees a series from the start
        }
        BuildInfo build = BuildInfo.current();
        Gauge.builder(BUILD_INFO, () -> 1).tags("version", build.version(), "commit", build.commit())
                .description("Always 1: the version and commit of this Tally, as labels").register(registry);
    }

    @Override
    public void onRecords(ConsumerRecords<byte[], byte[]> records) {
        long now = System.currentTimeMillis();
        for (ConsumerRecord<byte[], byte[]> r : records) {
            String topic = r.topic();
            if (topic.equals(environment.articles())) {
                // An article ingested again is the same record again (its key is a content hash).
                if (articleIds.add(r.key() == null ? null : new String(r.key(), java.nio.charset.StandardCharsets.UTF_8))) {
                    articles.increment();
                }
            } else if (topic.equals(environment.figures()) && r.value() != null) { // no value: a withdrawal (retract), not a figure
                // A figure ingested again is the same id again (derived from its article and mention);
                // a record that is not a figure has no id and counts each time, as "invalid".
                Published figure = published(r.value());
                if (figure.id() == null || figureIds.add(figure.id())) {
                    figures(figure.metric()).increment();
                }
            } else if (topic.equals(environment.figuresDlq())) {
                dead(dead.size() < MAX_EXCEPTIONS ? exception(r) : "other").increment();
            } else if (topic.equals(environment.estimates())) {
                lag.record(Duration.ofMillis(Math.max(0, now - r.timestamp())));
            }
            // other topics are followed for live updates only
        }
    }

    private Counter dead(String exception) {
        return dead.computeIfAbsent(exception, e -> Counter.builder(DLQ)
                .description("Records set aside in 0 + , by the exception that rejected them")
                .tag("exception", e).register(registry));
    }

    private Counter figures(String metric) {
        return figures.computeIfAbsent(metric, m -> Counter.builder(FIGURES)
                .description("Figures published to 0 + , by metric").tag("metric", m).register(registry));
    }

    /** What a record on {@code tally.figures} says it is: its id (null when it is not a figure) and metric. */
    record Published(String id, String metric) {
        static final Published INVALID = new Published(null, "invalid");
    }

    /** The figure's id and metric, or {@link Published#INVALID} (a bounded label set whatever producers write). */
    static Published published(byte[] value) {
        if (value == null) {
            return Published.INVALID;
        }
        String id = null;
        String metric = null;
        try (JsonParser p = JSON.createParser(value)) {
            if (p.nextToken() != JsonToken.START_OBJECT) {
                return Published.INVALID;
            }
            while (p.nextToken() == JsonToken.FIELD_NAME && (id == null || metric == null)) {
                String field = p.currentName();
                JsonToken t = p.nextToken();
                if (field.equals("id") && t == JsonToken.VALUE_STRING) {
                    id = p.getText();
                } else if (field.equals("metric") && t == JsonToken.VALUE_STRING) {
                    metric = Metric.parse(p.getText()).map(Metric::json).orElse(null);
                    if (metric == null) {
                        return Published.INVALID;
                    }
                } else {
                    p.skipChildren();
                }
            }
        } catch (IOException e) {
            return Published.INVALID;
        }
        return id == null || metric == null ? Published.INVALID : new Published(id, metric);
    }

    private static String exception(ConsumerRecord<byte[], byte[]> r) {
        Header h = r.headers().lastHeader(DLQ_EXCEPTION_HEADER);
        if (h == null || h.value() == null) {
            return "unknown";
        }
        String name = new String(h.value(), java.nio.charset.StandardCharsets.UTF_8);
        return name.substring(name.lastIndexOf('.') + 1);
    }
}
