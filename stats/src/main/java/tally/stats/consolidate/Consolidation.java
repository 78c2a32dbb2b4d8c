package tally.stats.consolidate;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import tally.stats.normalize.Normalization;

/**
 * One estimate from many reports of a statistic.
 *
 * <p>Each outlet counts once: its point reports (exact, approximately) give its value (their
 * median), its "more than" and "fewer than" reports give bounds. {@code best} is the median of
 * the outlets' values, kept within the bounds when they agree with each other; with no point
 * report at all, it is the largest lower bound (or the smallest upper bound). {@code low} is
 * the smallest point or lower bound, {@code high} the largest point or upper bound, each moved to
 * {@code best} when a bound moved best past it, so that low &lt;= best &lt;= high.
 */
public final class Consolidation {

    public static final int MAX_ARTICLES = 20;

    private final Normalization normalization;

    public Consolidation(Normalization normalization) {
        this.normalization = normalization;
    }

    /** The estimate of all the reports of a statistic (one per figure id). */
    public Estimate estimate(StatisticKey key, Collection<Report> reports) {
        return estimate(StatisticReports.of(key, reports));
    }

    /** The estimate of a statistic's reports as summarised ({@link StatisticReports}). */
    public Estimate estimate(StatisticReports reports) {
        Double maxLower = reports.lowers().maxValue();
        Double minUpper = reports.uppers().minValue();
        Double low = min(reports.points().minValue(), reports.lowers().minValue());
        Double high = max(reports.points().maxValue(), reports.uppers().maxValue());
        Double firstDay = reports.dates().minValue();
        Double lastDay = reports.dates().maxValue();
        LocalDate first = firstDay == null ? null : LocalDate.ofEpochDay(firstDay.longValue());
        LocalDate last = lastDay == null ? null : LocalDate.ofEpochDay(lastDay.longValue());
        double best;
        if (reports.points().count() > 0) {
            best = reports.points().median();
            boolean boundsAgree = maxLower == null || minUpper == null || maxLower <= minUpper;
            if (boundsAgree && maxLower != null && best < maxLower) {
                best = maxLower;
            }
            if (boundsAgree && minUpper != null && best > minUpper) {
                best = minUpper;
            }
        } else {
            best = maxLower != null ? maxLower : Objects.requireNonNull(minUpper, "a report has a qualifier");
        }
        // As UCDP's low and high, the range holds the best value: when a bound moved best past the
        // points ("more than 1.64 million" over a point of 1.6 million), that end moves with it.
        if (low != null && low > best) {
            low = best;
        }
        if (high != null && high < best) {
            high = best;
        }
        StatisticKey key = reports.statistic();
        Double perYear = Normalization.perYear(best, key.basis(), key.period());
        Double per100k = perYear == null ? null : normalization.per100k(perYear, key.place(), Normalization.middleYear(key.period()));
        return new Estimate(Estimate.SCHEMA, key.encode(), key.metric().category(), key.metric(), key.place(), key.period(),
                key.basis(), best, low, high, round(perYear), round(per100k), reports.sources(), reports.articleCount(), reports.figures(),
                first, last, reports.firstArticles());
    }

    /** The smaller of two values, either of which may be absent (null). */
    static Double min(Double a, Double b) {
        if (a == null || b == null) {
            return a == null ? b : a;
        }
        return Math.min(a, b);
    }

    /** The larger of two values, either of which may be absent (null). */
    static Double max(Double a, Double b) {
        if (a == null || b == null) {
            return a == null ? b : a;
        }
        return Math.max(a, b);
    }

    /** The median; of an even count, the mean of the middle two, rounded to a whole count. */
    static double median(List<Double> values) {
        List<Double> sorted = values.stream().sorted().toList();
        int n = sorted.size();
        return n % 2 == 1 ? sorted.get(n / 2) : Math.rint((sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2);
    }

    private static Double round(Double v) {
        return v == null ? null : Math.round(v * 100) / 100.0;
    }
}
