package tally.streams.topology;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.kafka.streams.KeyValue;
import org.apache.kafka.streams.kstream.KStream;
import org.apache.kafka.streams.kstream.Named;
import org.apache.kafka.streams.kstream.Repartitioned;
import tally.stats.Figure;
import tally.stats.consolidate.FigureRef;
import tally.stats.consolidate.MentionKey;
import tally.stats.consolidate.Mentions;
import tally.stats.consolidate.Report;
import tally.stats.consolidate.SeriesKey;
import tally.stats.consolidate.StatisticKey;
import tally.stats.normalize.NormalizedFigure;

/**
 * Re-keys the figure changes by the metric and country of their series ({@link SeriesKey#route},
 * {@code violence|deaths|MX}) through one repartition topic, {@value #BY_SERIES_TOPIC}: what a
 * change withdraws from the statistic (and outlet) and week a figure counted in before, and adds
 * to those it counts in now. Every series of a metric and country (each kind, definition and
 * subdivision) and its weeks are in one task, so consolidation, incidents, the yearly series and
 * the weekly mentions all find their state there, one hop after the current figures.
 */
public final class SeriesRoutingTopology {

    static final String UPDATES = "updates-by-series";
    static final String BY_SERIES_TOPIC = "figure-updates-by-series";

    private SeriesRoutingTopology() {
    }

    public static KStream<String, SeriesUpdates> bySeries(KStream<String, FigureChange> changes) {
        return changes
                .flatMap((figureId, change) -> updates(figureId, change), Named.as(UPDATES))
                .repartition(Repartitioned.<String, SeriesUpdates>as(BY_SERIES_TOPIC)
                        .withKeySerde(TallySerdes.KEY).withValueSerde(TallySerdes.SERIES_UPDATES));
    }

    /**
     * The withdrawals (what counted before, where it moved or went) and additions (what counts
     * now) of one figure change, grouped by series. Figures without a place or a period have no
     * statistic; figures without a publication date have no week.
     */
    static List<KeyValue<String, SeriesUpdates>> updates(String figureId, FigureChange change) {
        StatisticKey statisticBefore = statistic(change.before());
        StatisticKey statisticAfter = statistic(change.after());
        Report reportBefore = statisticBefore == null ? null : Report.of(change.before());
        Report reportAfter = statisticAfter == null ? null : Report.of(change.after());
        MentionKey weekBefore = week(change.before());
        MentionKey weekAfter = week(change.after());
        Map<String, List<ReportUpdate>> reports = new TreeMap<>();
        Map<String, List<MentionUpdate>> mentions = new TreeMap<>();
        if (reportBefore != null && !(statisticBefore.equals(statisticAfter) && reportBefore.reporter().equals(reportAfter.reporter()))) {
            reports.computeIfAbsent(statisticBefore.series().route(), k -> new ArrayList<>())
                    .add(new ReportUpdate(statisticBefore.encode(), reportBefore.reporter(), reportBefore.articleId(), figureId, null));
        }
        if (reportAfter != null) {
            reports.computeIfAbsent(statisticAfter.series().route(), k -> new ArrayList<>())
                    .add(new ReportUpdate(statisticAfter.encode(), reportAfter.reporter(), reportAfter.articleId(), figureId, reportAfter));
        }
        if (weekBefore != null && !weekBefore.equals(weekAfter)) {
            mentions.computeIfAbsent(weekBefore.route(), k -> new ArrayList<>())
                    .add(new MentionUpdate(weekBefore.encode(), ref(change.before()), false));
        }
        if (weekAfter != null) {
            mentions.computeIfAbsent(weekAfter.route(), k -> new ArrayList<>())
                    .add(new MentionUpdate(weekAfter.encode(), ref(change.after()), true));
        }
        Map<String, SeriesUpdates> bySeries = new TreeMap<>();
        reports.forEach((series, r) -> bySeries.put(series, new SeriesUpdates(r, mentions.get(series))));
        mentions.forEach((series, m) -> bySeries.putIfAbsent(series, new SeriesUpdates(null, m)));
        List<KeyValue<String, SeriesUpdates>> out = new ArrayList<>(bySeries.size());
        bySeries.forEach((series, u) -> out.add(KeyValue.pair(series, u)));
        return out;
    }

    private static StatisticKey statistic(NormalizedFigure n) {
        return n == null ? null : StatisticKey.of(n.figure());
    }

    private static MentionKey week(NormalizedFigure n) {
        if (n == null || n.figure().published() == null) {
            return null;
        }
        Figure f = n.figure();
        return new MentionKey(f.metric(), f.place(), Mentions.weekStart(f.published()));
    }

    private static FigureRef ref(NormalizedFigure n) {
        return new FigureRef(n.figure().id(), n.figure().articleId());
    }
}
