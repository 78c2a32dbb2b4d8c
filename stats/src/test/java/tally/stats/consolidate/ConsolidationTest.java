package tally.stats.consolidate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import tally.stats.Basis;
import tally.stats.Definition;
import tally.stats.Kind;
import tally.stats.Metric;
import tally.stats.Period;
import tally.stats.Qualifier;
import tally.stats.normalize.Normalization;
import tally.stats.normalize.Population;

class ConsolidationTest {

    private final Consolidation consolidation = new Consolidation(new Normalization(Population.shipped()));
    private static final StatisticKey KEY = new StatisticKey(Metric.DEATHS, "MX", null, Period.year(2010), Basis.TOTAL, Kind.FLOW, Definition.UNSPECIFIED, null);
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

    @Test
    void outletsThatDisagreeBeyondTheirBoundsMakeADisputedEstimate() {
        Estimate e = consolidation.estimate(KEY, List.of(r("A", 15273, Qualifier.EXACT), r("B", 25757, Qualifier.EXACT),
                r("C", 15300, Qualifier.APPROXIMATELY)));
        assertTrue(e.disputed(), "15,273 against 25,757 is more than rounding");
        assertEquals(15300, e.best(), "best stays the median of the outlets' values");
        assertEquals(List.of(15273.0, 15300.0, 25757.0), e.values());
        Estimate agreeing = consolidation.estimate(KEY, List.of(r("A", 15273, Qualifier.EXACT), r("B", 15000, Qualifier.APPROXIMATELY)));
        assertFalse(agreeing.disputed(), "within 10 %: the same count, rounded");
        assertEquals(List.of(), agreeing.values());
        assertTrue(consolidation.estimate(KEY, List.of(r("A", 100, Qualifier.AT_LEAST), r("B", 50, Qualifier.AT_MOST))).disputed(),
                "'more than 100' and 'fewer than 50' cannot both hold");
        assertTrue(consolidation.estimate(KEY, List.of(r("A", 30000, Qualifier.EXACT), r("B", 47000, Qualifier.AT_LEAST))).disputed(),
                "a value far below another outlet's lower bound");
        assertFalse(consolidation.estimate(KEY, List.of(r("A", 47500, Qualifier.EXACT), r("B", 47000, Qualifier.AT_LEAST))).disputed());
    }

    @Test
    void stocksTalliesAndSubdivisionsHaveNoYearlyRate() {
        Period period = new Period(LocalDate.of(2006, 10, 1), LocalDate.of(2011, 9, 30));
        Estimate tally = consolidation.estimate(new StatisticKey(Metric.DEATHS, "MX", null, period, Basis.TOTAL, Kind.CUMULATIVE,
                Definition.ORGANIZED_CRIME, null), List.of(r("A", 47515, Qualifier.EXACT)));
        assertNull(tally.perYear(), "a running tally is not a rate");
        assertNull(tally.per100k());
        Estimate stock = consolidation.estimate(new StatisticKey(Metric.MIGRANTS, "US", null, Period.year(2009), Basis.TOTAL, Kind.STOCK,
                Definition.IRREGULAR, null), List.of(r("A", 11_100_000, Qualifier.APPROXIMATELY)));
        assertNull(stock.perYear());
        long americans = Population.shipped().of("US", 2009).orElseThrow();
        assertEquals(Math.round(11_100_000 * 100_000.0 / americans * 100) / 100.0, stock.per100k(), "a stock per 100,000 is a share");
        Estimate state = consolidation.estimate(new StatisticKey(Metric.DEATHS, "MX", "MX-CHH", Period.year(2010), Basis.TOTAL, Kind.FLOW,
                Definition.UNSPECIFIED, null), List.of(r("A", 3000, Qualifier.EXACT)));
        assertEquals(3000, state.perYear());
        assertNull(state.per100k(), "the country's population is not the state's");
        assertEquals("MX-CHH", state.subdivision());
        assertEquals("deaths|MX-CHH|2010-01-01|2010-12-31|total|flow|unspecified", state.statistic());
    }
}
