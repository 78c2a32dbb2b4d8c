package tally.stats.consolidate;

import java.util.Collection;
import java.util.function.DoubleBinaryOperator;
import tally.stats.Basis;
import tally.stats.Period;
import tally.stats.normalize.Normalization;

/**
 * The uncertainty of a value, as UCDP gives it: the lowest and the highest figure it could be.
 * An end is null when nothing bounds it there ({@code high} after only "more than" reports,
 * {@code low} after only "fewer than"). A series point's range comes from the estimates behind
 * it, with the same arithmetic as its value.
 */
public record ValueRange(Double low, Double high) {

    /** An estimate's range as reported. */
    public static ValueRange of(SeriesEntry e) {
        return new ValueRange(e.low(), e.high());
    }

    /** An estimate's range per year of its period, as its {@code perYear} is its best per year. */
    public static ValueRange perYear(SeriesEntry e) {
        return new ValueRange(perYear(e.low(), e.basis(), e.period()), perYear(e.high(), e.basis(), e.period()));
    }

    /**
     * The range of a value taken among several (a median, the latest): from the lowest low to the
     * highest high; an end is open (null) when any of them is open there.
     */
    public static ValueRange span(Collection<ValueRange> ranges) {
        return new ValueRange(combine(ranges, true, Math::min), combine(ranges, false, Math::max));
    }

    /** The range of a sum (of incidents): the sum of the lows and of the highs; an end is open when any part's is. */
    public static ValueRange sum(Collection<ValueRange> ranges) {
        return new ValueRange(combine(ranges, true, Double::sum), combine(ranges, false, Double::sum));
    }

    /** One end (low or high) of several ranges folded with {@code op}; null when any is null or there are none. */
    private static Double combine(Collection<ValueRange> ranges, boolean low, DoubleBinaryOperator op) {
        Double result = null;
        for (ValueRange r : ranges) {
            Double end = low ? r.low : r.high;
            if (end == null) {
                return null;
            }
            result = result == null ? end : op.applyAsDouble(result, end);
        }
        return result;
    }

    private static Double perYear(Double value, Basis basis, Period period) {
        Double rate = value == null ? null : Normalization.perYear(value, basis, period);
        return rate == null ? null : Math.round(rate * 100) / 100.0;
    }
}
