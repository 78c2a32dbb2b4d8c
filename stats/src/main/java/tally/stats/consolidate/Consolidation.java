package tally.stats.consolidate;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.TreeSet;
import java.util.stream.Stream;
import tally.stats.Kind;
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
 *
 * <p>The statistic is {@linkplain #disputed disputed} when the outlets disagree beyond their own
 * bounds; {@code best} is then still the median of their values (not the most conservative one,
 * which {@code low} shows), and the estimate lists the values that disagree.
 */
public final class Consolidation {

    public static final int MAX_ARTICLES = 20;
    /** How far apart two outlets' values may be (relative to the smaller) and still agree: rounding, "about". */
    static final double TOLERANCE = 0.10;

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
        Double minPoint = reports.points().minValue();
        Double maxPoint = reports.points().maxValue();
        boolean disputed = disputed(minPoint, maxPoint, maxLower, minUpper);
        List<Double> values = disputed ? new TreeSet<>(Stream.of(minPoint, reports.points().median(), maxPoint, maxLower, minUpper)
                .filter(Objects::nonNull).toList()).stream().toList() : List.of();
        // A rate per year is a flow's; a stock's rate per 100,000 is the share of the population at its date.
        boolean flow = key.kind() == Kind.FLOW || key.kind() == Kind.UNKNOWN;
        Double perYear = flow ? Normalization.perYear(best, key.basis(), key.period()) : null;
        Double per100k = perYear != null ? normalization.per100k(perYear, key.area(), Normalization.middleYear(key.period()))
                : key.kind() == Kind.STOCK ? normalization.per100k(best, key.area(), key.period().to().getYear()) : null;
        return new Estimate(Estimate.SCHEMA, key.encode(), key.metric().category(), key.metric(), key.place(), key.subdivision(),
                key.kind(), key.definition(), key.period(), key.basis(), best, low, high, disputed, values, round(perYear), round(per100k),
                reports.sources(), reports.articleCount(), reports.figures(), first, last, reports.firstArticles());
    }

    /**
     * Whether outlets disagree beyond their own bounds: their values (each outlet's median) differ
     * by more than {@link #TOLERANCE}, a "more than" exceeds a "fewer than", or a value lies beyond a
     * bound by more than the tolerance.
     */
    static boolean disputed(Double minPoint, Double maxPoint, Double maxLower, Double minUpper) {
        return minPoint != null && maxPoint > minPoint * (1 + TOLERANCE)
                || maxLower != null && minUpper != null && maxLower > minUpper
                || minPoint != null && maxLower != null && minPoint * (1 + TOLERANCE) < maxLower
                || maxPoint != null && minUpper != null && maxPoint > minUpper * (1 + TOLERANCE);
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
