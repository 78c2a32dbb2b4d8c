package tally.stats.consolidate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import tally.stats.Basis;
import tally.stats.Category;
import tally.stats.Definition;
import tally.stats.Kind;
import tally.stats.Metric;
import tally.stats.Period;
import tally.stats.normalize.Normalization;
import tally.stats.normalize.Population;

/** Each kind's series: flows by year, stocks and tallies by their latest value, incidents summed. */
class YearlySeriesTest {

    private final YearlySeries yearly = new YearlySeries(new Normalization(Population.shipped()));

    private static SeriesEntry entry(Metric metric, String place, Kind kind, Definition definition, Period period, double best) {
        return new SeriesEntry(metric.json() + "|" + period, metric.category(), metric, place, null, kind, definition, period, Basis.TOTAL,
                best, best, best, null, 1);
    }

    private static Period since(LocalDate from, LocalDate to) {
        return new Period(from, to);
    }

    @Test
    void aStockSeriesTakesTheLatestValueOfEachYearWithItsDateCarriedBetweenThem() {
        List<SeriesPoint> points = yearly.points(List.of(
                entry(Metric.MIGRANTS, "US", Kind.STOCK, Definition.IRREGULAR, Period.day(LocalDate.of(2007, 3, 1)), 12_000_000),
                entry(Metric.MIGRANTS, "US", Kind.STOCK, Definition.IRREGULAR, Period.day(LocalDate.of(2007, 1, 1)), 11_800_000),
                entry(Metric.MIGRANTS, "US", Kind.STOCK, Definition.IRREGULAR, Period.day(LocalDate.of(2010, 3, 1)), 11_100_000)));
        assertEquals(List.of(2007, 2008, 2009, 2010), points.stream().map(SeriesPoint::year).toList(), "nothing after the last stock");
        assertEquals(12_000_000, points.get(0).value());
        assertEquals(LocalDate.of(2007, 3, 1), points.get(0).asOf());
        assertEquals(SeriesPoint.LATEST, points.get(0).derivation());
        for (SeriesPoint carried : points.subList(1, 3)) {
            assertEquals(12_000_000, carried.value(), "the latest value at or before " + carried.year() + "'s end");
            assertEquals(SeriesPoint.CARRIED, carried.derivation());
            assertEquals(LocalDate.of(2007, 3, 1), carried.asOf(), "the date of the value carried");
            assertEquals(0.0, carried.change());
        }
        assertEquals(SeriesPoint.LATEST, points.get(3).derivation());
        assertEquals(-7.5, points.get(3).change(), "against 2009's carried value");
        double rate = new Normalization(Population.shipped()).per100k(12_000_000, "US", 2008);
        assertEquals(Math.round(rate * 100) / 100.0, points.get(1).per100k(), "per 100,000 of the year it is carried into");
        assertNotEquals(points.get(0).per100k(), points.get(1).per100k());
    }

    @Test
    void onlyStocksAreCarried() {
        List<SeriesPoint> points = yearly.points(List.of(
                entry(Metric.DEATHS, "MX", Kind.CUMULATIVE, Definition.ORGANIZED_CRIME, since(LocalDate.of(2006, 12, 1), LocalDate.of(2008, 1, 1)), 5_000),
                entry(Metric.DEATHS, "MX", Kind.CUMULATIVE, Definition.ORGANIZED_CRIME, since(LocalDate.of(2006, 12, 1), LocalDate.of(2010, 1, 1)), 20_000)));
        assertEquals(List.of(2008, 2010), points.stream().map(SeriesPoint::year).toList());
        assertNull(points.get(1).change(), "2009 has no point: no change across a gap");
    }

    @Test
    void aTallyIsNeverSpreadAndTwoTalliesOfOneStartGiveADerivedYear() {
        LocalDate start = LocalDate.of(2006, 12, 1);
        List<SeriesPoint> points = yearly.points(List.of(
                entry(Metric.DEATHS, "MX", Kind.CUMULATIVE, Definition.ORGANIZED_CRIME, since(start, LocalDate.of(2010, 12, 31)), 34_612),
                entry(Metric.DEATHS, "MX", Kind.CUMULATIVE, Definition.ORGANIZED_CRIME, since(start, LocalDate.of(2011, 9, 30)), 47_515),
                entry(Metric.DEATHS, "MX", Kind.CUMULATIVE, Definition.ORGANIZED_CRIME,
                        since(LocalDate.of(2006, 10, 1), LocalDate.of(2012, 8, 1)), 60_000)));
        assertEquals(List.of(2010, 2011, 2012), points.stream().map(SeriesPoint::year).toList(), "only the years the tallies are dated in");
        assertNull(points.get(0).derived());
        assertEquals(12_903, points.get(1).derived(), "47,515 - 34,612: same start");
        assertEquals(LocalDate.of(2010, 12, 31), points.get(1).derivedFrom());
        assertEquals(start, points.get(1).since());
        assertNull(points.get(2).derived(), "another start: nothing derived");
    }

    @Test
    void incidentsAreSummedInTheirOwnSeries() {
        List<SeriesPoint> points = yearly.points(List.of(
                entry(Metric.DEATHS, "MX", Kind.INCIDENT, Definition.UNSPECIFIED, since(LocalDate.of(2010, 8, 25), LocalDate.of(2010, 8, 28)), 72),
                entry(Metric.DEATHS, "MX", Kind.INCIDENT, Definition.UNSPECIFIED, Period.day(LocalDate.of(2010, 12, 31)), 14),
                entry(Metric.DEATHS, "MX", Kind.INCIDENT, Definition.UNSPECIFIED, since(LocalDate.of(2011, 1, 1), LocalDate.of(2011, 1, 2)), 5)));
        assertEquals(86, points.get(0).value());
        assertEquals(SeriesPoint.INCIDENTS, points.get(0).derivation());
        assertEquals(5, points.get(1).value());
        assertEquals(Category.VIOLENCE, points.get(1).category());
    }

    @Test
    void flowsAreDirectOrAnnualized() {
        List<SeriesPoint> points = yearly.points(List.of(
                entry(Metric.DEATHS, "MX", Kind.FLOW, Definition.HOMICIDE, Period.year(2010), 25_757),
                new SeriesEntry("x", Category.VIOLENCE, Metric.DEATHS, "MX", null, Kind.FLOW, Definition.HOMICIDE, Period.years(2010, 2011),
                        Basis.TOTAL, 50_000, 50_000.0, 50_000.0, 25_000.0, 1)));
        assertEquals(SeriesPoint.DIRECT, points.get(0).derivation());
        assertEquals(25_757, points.get(0).value());
        assertEquals(SeriesPoint.ANNUALIZED, points.get(1).derivation());
        assertEquals(25_000, points.get(1).value());
    }

    private static SeriesEntry ranged(String statistic, Kind kind, Period period, Basis basis, double best, Double low, Double high,
                                      Double perYear) {
        return new SeriesEntry(statistic, Category.VIOLENCE, Metric.DEATHS, "MX", null, kind, Definition.HOMICIDE, period, basis,
                best, low, high, perYear, 2);
    }

    @Test
    void aDirectYearTakesTheRangeOfItsTotal() {
        SeriesPoint p = yearly.points(List.of(
                ranged("total", Kind.FLOW, Period.year(2010), Basis.TOTAL, 25_757, 24_000.0, 27_000.0, 25_757.0),
                ranged("rate", Kind.FLOW, Period.year(2010), Basis.PER_YEAR, 20_000, 10_000.0, 40_000.0, 20_000.0))).get(0);
        assertEquals(25_757, p.value());
        assertEquals(new ValueRange(24_000.0, 27_000.0), p.range(), "the total's range, not the rate's");
    }

    @Test
    void anAnnualizedYearSpansTheYearlyRangesOfItsEstimates() {
        List<SeriesPoint> points = yearly.points(List.of(
                ranged("two-years", Kind.FLOW, Period.years(2010, 2011), Basis.TOTAL, 50_000, 40_000.0, 60_000.0, 25_000.0),
                ranged("three-years", Kind.FLOW, Period.years(2009, 2011), Basis.TOTAL, 60_000, 57_000.0, null, 20_000.0)));
        SeriesPoint y2009 = points.get(0);
        assertEquals(2009, y2009.year());
        assertEquals(20_000, y2009.value());
        assertEquals(19_000.0, y2009.low(), "57,000 over three years");
        assertNull(y2009.high(), "open above: only lower bounds");
        SeriesPoint y2010 = points.get(1);
        assertEquals(22_500, y2010.value(), "the median of 25,000 and 20,000 a year");
        assertEquals(19_000.0, y2010.low(), "the lower of 20,000 (40,000 over two years) and 19,000");
        assertNull(y2010.high(), "one of them is open above");
    }

    @Test
    void incidentsSumTheirRangesAndStocksCarryTheirs() {
        SeriesPoint incidents = yearly.points(List.of(
                ranged("a", Kind.INCIDENT, Period.day(LocalDate.of(2010, 3, 1)), Basis.TOTAL, 14, 12.0, 15.0, null),
                ranged("b", Kind.INCIDENT, Period.day(LocalDate.of(2010, 5, 1)), Basis.TOTAL, 72, 70.0, 80.0, null))).get(0);
        assertEquals(new ValueRange(82.0, 95.0), incidents.range());
        List<SeriesPoint> stocks = yearly.points(List.of(
                ranged("s1", Kind.STOCK, Period.day(LocalDate.of(2007, 3, 1)), Basis.TOTAL, 12e6, 11e6, 13e6, null),
                ranged("s2", Kind.STOCK, Period.day(LocalDate.of(2009, 3, 1)), Basis.TOTAL, 11e6, 10e6, null, null)));
        assertEquals(new ValueRange(11e6, 13e6), stocks.get(1).range(), "2008 carries 2007's value and range");
        assertEquals(new ValueRange(10e6, null), stocks.get(2).range());
    }
}
