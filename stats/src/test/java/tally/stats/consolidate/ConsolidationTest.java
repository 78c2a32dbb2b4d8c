package tally.stats.consolidate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import tally.stats.Basis;
import tally.stats.Metric;
import tally.stats.Period;
import tally.stats.Qualifier;
import tally.stats.normalize.Normalization;
import tally.stats.normalize.Population;

class ConsolidationTest {

    private final Consolidation consolidation = new Consolidation(new Normalization(Population.shipped()));
    private static final StatisticKey KEY = new StatisticKey(Metric.DEATHS, "MX", Period.year(2010), Basis.TOTAL);
    private int n;

    private Report r(String source, double value, Qualifier q) {
        n++;
        return new Report("f" + n, "a" + n, source, value, q, LocalDate.of(2011, 1, n));
    }

    @Test
    void eachOutletCountsOnceAndBestIsTheMedianOfOutlets() {
        Estimate e = consolidation.estimate(KEY, List.of(r("A", 100, Qualifier.EXACT), r("A", 100, Qualifier.EXACT),
                r("A", 100, Qualifier.EXACT), r("B", 130, Qualifier.APPROXIMATELY), r("C", 200, Qualifier.EXACT)));
        assertEquals(130, e.best(), "median of A 100, B 130, C 200, not of five reports");
        assertEquals(100, e.low());
        assertEquals(200, e.high());
        assertEquals(3, e.sources());
        assertEquals(5, e.figures());
        assertEquals(LocalDate.of(2011, 1, 1), e.firstReported());
        assertEquals(LocalDate.of(2011, 1, 5), e.lastReported());
    }

    @Test
    void agreeingBoundsKeepBestInside() {
        Estimate e = consolidation.estimate(KEY, List.of(r("A", 100, Qualifier.EXACT), r("B", 150, Qualifier.AT_LEAST)));
        assertEquals(150, e.best(), "'more than 150' lifts a point of 100");
        assertEquals(100, e.low());
        assertEquals(150, e.high(), "the range holds best: the lower bound that lifted it lifts high");
        Estimate capped = consolidation.estimate(KEY, List.of(r("A", 300, Qualifier.EXACT), r("B", 200, Qualifier.AT_MOST)));
        assertEquals(200, capped.best(), "'up to 200' caps a point of 300");
        assertEquals(200, capped.low(), "the range holds best: the upper bound that capped it lowers low");
        assertEquals(300, capped.high());
    }

    @Test
    void withoutPointsBestIsTheTightestBound() {
        Estimate lower = consolidation.estimate(KEY, List.of(r("A", 35000, Qualifier.AT_LEAST), r("B", 34000, Qualifier.AT_LEAST)));
        assertEquals(35000, lower.best());
        assertEquals(34000, lower.low());
        assertNull(lower.high(), "only lower bounds: open above");
        Estimate upper = consolidation.estimate(KEY, List.of(r("A", 40, Qualifier.AT_MOST)));
        assertEquals(40, upper.best());
        assertNull(upper.low());
        assertEquals(40, upper.high());
    }

    @Test
    void anEvenNumberOfOutletsTakesTheMiddleTwo() {
        assertEquals(15286, Consolidation.median(List.of(15273.0, 15300.0)));
        assertEquals(2, Consolidation.median(List.of(3.0, 1.0, 2.0)));
    }

    @Test
    void ratesComeFromTheBestValue() {
        Estimate e = consolidation.estimate(KEY, List.of(r("A", 15273, Qualifier.EXACT)));
        assertEquals(15273, e.perYear());
        long mexicans2010 = Population.shipped().of("MX", 2010).orElseThrow();
        assertEquals(Math.round(15273 * 100_000.0 / mexicans2010 * 100) / 100.0, e.per100k());
    }
}
