package tally.stats.consolidate;

import java.util.Map;
import java.util.TreeMap;

/**
 * The reports of one statistic, by figure id: the aggregate that Kafka Streams keeps per
 * statistic. Keyed by figure id, so a figure published twice is one report.
 */
public record Reports(StatisticKey statistic, Map<String, Report> byFigure) {

    public Reports {
        byFigure = byFigure == null ? Map.of() : Map.copyOf(byFigure);
    }

    public static Reports empty() {
        return new Reports(null, Map.of());
    }

    public Reports with(StatisticKey key, Report r) {
        Map<String, Report> next = new TreeMap<>(byFigure);
        next.put(r.figureId(), r);
        return new Reports(key, next);
    }

    public Reports without(String figureId) {
        Map<String, Report> next = new TreeMap<>(byFigure);
        next.remove(figureId);
        return new Reports(statistic, next);
    }

    public boolean isEmpty() {
        return byFigure.isEmpty();
    }
}
