package tally.app;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.stream.Collectors;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import tally.stats.Figure;
import tally.stats.FigureValidation;
import tally.stats.TallyEnvironment;
import tally.stats.consolidate.Estimate;
import tally.stats.consolidate.Mentions;
import tally.stats.consolidate.SeriesPoint;
import tally.stats.consolidate.Snapshot;
import tally.stats.normalize.Normalization;
import tally.stats.normalize.Population;
import tally.streams.kafka.Topic;
import tally.streams.kafka.TopicReader;
import tally.streams.topology.TallyTopics;

/**
 * What analysts export: the current state of the output topics, or the statistics as they stood
 * at a past publication date or of one dataset alone (recomputed from the figures with the same
 * rules), and the figures that currently count. Columns of the tabular form are documented in the README.
 */
public final class Export {

    /** What can be exported. */
    public enum Kind { ESTIMATES, SERIES, MENTIONS, FIGURES }

    private Export() {
    }

    /** The statistics now (from the output topics), or as of a publication date when {@code asOf} is given. */
    public static Snapshot statistics(Properties client, TallyEnvironment environment, LocalDate asOf) {
        return statistics(client, environment, asOf, null);
    }

    /**
     * The statistics now (from the output topics), or, when {@code asOf} or {@code dataset} is
     * given, recomputed from the figures published by that date, or of that dataset only.
     */
    public static Snapshot statistics(Properties client, TallyEnvironment environment, LocalDate asOf, String dataset) {
        TallyTopics topics = new TallyTopics(environment);
        if (asOf == null && dataset == null) {
            return new Snapshot(TopicReader.latest(client, topics.estimates()),
                    TopicReader.latest(client, topics.seriesYearly()),
                    TopicReader.latest(client, topics.mentionsWeekly()));
        }
        List<Figure> figures = inDataset(validFigures(client, environment), dataset);
        return Snapshot.of(asOf == null ? figures : Snapshot.publishedBy(figures, asOf), new Normalization(Population.shipped()));
    }

    /** The figures that count: valid, one per id, only each article's newest extractor version, published by asOf if given. */
    public static List<Figure> figures(Properties client, TallyEnvironment environment, LocalDate asOf) {
        return figures(client, environment, asOf, null);
    }

    /** The figures that count, published by asOf and of a dataset when they are given. */
    public static List<Figure> figures(Properties client, TallyEnvironment environment, LocalDate asOf, String dataset) {
        List<Figure> current = Snapshot.current(inDataset(validFigures(client, environment), dataset));
        return asOf == null ? current : Snapshot.publishedBy(current, asOf);
    }

    private static List<Figure> inDataset(List<Figure> figures, String dataset) {
        return dataset == null ? figures : figures.stream().filter(f -> f.dataset().equals(dataset)).toList();
    }

    /** The valid figures on the topic, without those of articles withdrawn since (a tombstone under the article id). */
    private static List<Figure> validFigures(Properties client, TallyEnvironment environment) {
        Topic<String, Figure> topic = new TallyTopics(environment).figures();
        Map<String, List<Figure>> byArticle = new LinkedHashMap<>();
        for (ConsumerRecord<String, byte[]> r : TopicReader.all(client, topic.name(), new ByteArrayDeserializer())) {
            if (r.value() == null) {
                byArticle.remove(r.key());
                continue;
            }
            try {
                Figure f = topic.valueSerde().deserializer().deserialize(topic.name(), r.value());
                if (f != null && FigureValidation.problem(f) == null) {
                    byArticle.computeIfAbsent(f.articleId(), k -> new ArrayList<>()).add(f);
                }
            } catch (RuntimeException e) {
                // dead-lettered by the Streams application; not a figure
            }
        }
        return byArticle.values().stream().flatMap(List::stream).toList();
    }

    /** One row of the tabular export of an estimate, series point, mention count or figure. */
    public static Map<String, Object> row(Object record) {
        Map<String, Object> r = new LinkedHashMap<>();
        if (record instanceof Estimate e) {
            r.put("statistic", e.statistic());
            r.put("category", e.category().json());
            r.put("metric", e.metric().json());
            r.put("place", e.place());
            r.put("subdivision", e.subdivision());
            r.put("kind", e.kind().json());
            r.put("definition", e.definition().json());
            r.put("period_from", e.period().from());
            r.put("period_to", e.period().to());
            r.put("basis", e.basis().json());
            r.put("best", e.best());
            r.put("low", e.low());
            r.put("high", e.high());
            r.put("disputed", e.disputed());
            // One cell: the values that disagree, separated by semicolons.
            r.put("values", e.values().stream().map(Export::number).collect(Collectors.joining(";")));
            r.put("per_year", e.perYear());
            r.put("per_100k", e.per100k());
            r.put("sources", e.sources());
            r.put("article_count", e.articleCount());
            r.put("figures", e.figures());
            r.put("first_reported", e.firstReported());
            r.put("last_reported", e.lastReported());
        } else if (record instanceof SeriesPoint p) {
            r.put("category", p.category().json());
            r.put("metric", p.metric().json());
            r.put("place", p.place());
            r.put("subdivision", p.subdivision());
            r.put("kind", p.kind().json());
            r.put("definition", p.definition().json());
            r.put("year", p.year());
            r.put("value", p.value());
            r.put("per_100k", p.per100k());
            r.put("change_percent", p.change());
            r.put("derivation", p.derivation());
            r.put("as_of", p.asOf());
            r.put("since", p.since());
            r.put("derived", p.derived());
            r.put("derived_from", p.derivedFrom());
            r.put("estimates", p.estimates());
            r.put("sources", p.sources());
            r.put("low", p.low());
            r.put("high", p.high());
        } else if (record instanceof Mentions m) {
            r.put("metric", m.metric().json());
            r.put("place", m.place());
            r.put("week_start", m.weekStart());
            r.put("week_end", m.weekEnd());
            r.put("figures", m.figures());
            r.put("articles", m.articles());
        } else if (record instanceof Figure f) {
            r.put("id", f.id());
            r.put("article_id", f.articleId());
            r.put("ref", f.ref());
            r.put("published", f.published());
            r.put("source", f.source());
            r.put("url", f.url());
            r.put("category", f.category().json());
            r.put("metric", f.metric().json());
            r.put("value", f.value());
            r.put("qualifier", f.qualifier().json());
            r.put("place", f.place());
            r.put("subdivision", f.subdivision());
            r.put("period_from", f.period() == null ? null : f.period().from());
            r.put("period_to", f.period() == null ? null : f.period().to());
            r.put("basis", f.basis().json());
            r.put("kind", f.kind().json());
            r.put("definition", f.definition().json());
            r.put("attribution", f.attribution());
            r.put("change_percent", f.change() == null ? null : f.change().percent());
            r.put("extractor", f.extractor());
            r.put("lang", f.lang());
            r.put("quote", f.quote());
            r.put("dataset", f.dataset());
        } else {
            throw new IllegalArgumentException("not an exportable record: " + record);
        }
        return r;
    }

    /** A whole count without a decimal point, as the CSV writes single values. */
    private static String number(double v) {
        return v == Math.rint(v) ? String.valueOf((long) v) : String.valueOf(v);
    }
}
