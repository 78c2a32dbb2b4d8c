package tally.stats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class PeriodTest {

    @Test
    void lengthInYearsCountsLeapDays() {
        assertEquals(1.0, Period.year(2012).years(), 1e-12);
        assertEquals(1.0, Period.year(2011).years(), 1e-12);
        assertEquals(3.0, Period.years(2007, 2009).years(), 1e-12);
        assertEquals(273 / 365.0, new Period(LocalDate.of(2011, 1, 1), LocalDate.of(2011, 9, 30)).years(), 1e-12);
        // 92 days of 2006, five whole years, 261 of 366 days of 2012
        assertEquals(92 / 365.0 + 5 + 261 / 366.0, new Period(LocalDate.of(2006, 10, 1), LocalDate.of(2012, 9, 17)).years(), 1e-12);
    }

    @Test
    void calendarYearsAndBadPeriods() {
        assertTrue(Period.year(2010).isCalendarYear());
        assertFalse(Period.years(2010, 2011).isCalendarYear());
        assertFalse(Period.day(LocalDate.of(2010, 1, 1)).isCalendarYear());
        assertEquals(1, Period.day(LocalDate.of(2010, 1, 1)).days());
        assertThrows(IllegalArgumentException.class, () -> new Period(LocalDate.of(2011, 1, 2), LocalDate.of(2011, 1, 1)));
    }
}
