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
                best, null, 1);
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
                        Basis.TOTAL, 50_000, 25_000.0, 1)));
        assertEquals(SeriesPoint.DIRECT, points.get(0).derivation());
        assertEquals(25_757, points.get(0).value());
        assertEquals(SeriesPoint.ANNUALIZED, points.get(1).derivation());
        assertEquals(25_000, points.get(1).value());
    }
}
