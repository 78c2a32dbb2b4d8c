package tally.streams.topology;

import java.time.LocalDate;
import java.util.List;
import tally.stats.Basis;
import tally.stats.Figure;
import tally.stats.Metric;
import tally.stats.Period;
import tally.stats.Qualifier;

/** Figures for topology tests, built field by field. */
final class FigureFixtures {

    private FigureFixtures() {
    }

    static Figure figure(String id, String article, String source, Metric metric, double value, Qualifier q, String place,
                         Period period, String published, int version) {
        return new Figure(id, article, null, published == null ? null : LocalDate.parse(published), source, metric, value, q,
                place, period, Basis.TOTAL, "quote", new tally.stats.Span(0, 5), "tally-extract/" + version + "/en",
                new tally.stats.Span(0, 2), null, "en", null, List.of());
    }

    static Figure deaths(String id, String article, String source, double value, Qualifier q, int year, String published) {
        return figure(id, article, source, Metric.DEATHS, value, q, "MX", Period.year(year), published, 1);
    }
}
