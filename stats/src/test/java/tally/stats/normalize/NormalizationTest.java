package tally.stats.normalize;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.Test;
import tally.stats.Basis;
import tally.stats.Period;

class NormalizationTest {

    private final Normalization n = new Normalization(new Population(Map.of("MX", Map.of(2010, 100_000_000L, 2011, 110_000_000L))));

    @Test
    void totalsOverLongPeriodsBecomeYearlyRates() {
        assertEquals(35000 / new Period(LocalDate.of(2006, 10, 1), LocalDate.of(2012, 9, 17)).years(),
                Normalization.perYear(35000, Basis.TOTAL, new Period(LocalDate.of(2006, 10, 1), LocalDate.of(2012, 9, 17))), 1e-9);
        assertEquals(150000, Normalization.perYear(150000, Basis.PER_YEAR, Period.year(2012)));
        assertNull(Normalization.perYear(72, Basis.TOTAL, Period.day(LocalDate.of(2010, 8, 24))), "an event is not a rate");
        assertNull(Normalization.perYear(72, Basis.TOTAL, Period.months(java.time.YearMonth.of(2010, 8), java.time.YearMonth.of(2010, 8))));
    }

    @Test
    void ratesPer100kUseThePopulationOfTheYearOrTheNearestYear() {
        assertEquals(15.0, n.per100k(15000, "MX", 2010), 1e-9);
        assertEquals(15000 * 100_000.0 / 110_000_000, n.per100k(15000, "MX", 2015), 1e-9);
        assertNull(n.per100k(15000, "HN", 2010));
        assertEquals(2009, Normalization.middleYear(Period.years(2007, 2011)));
    }

    @Test
    void theShippedTableHasThePopulousCountriesForEveryYear() {
        Population shipped = Population.shipped();
        for (String iso : new String[] {"CN", "IN", "US", "MX", "HN", "SV", "GT", "BR", "NG"}) {
            for (int y = 2000; y <= 2025; y++) {
                long people = shipped.of(iso, y).orElseThrow();
                assertTrue(people > 1_000_000, iso + " " + y);
            }
        }
    }
}
