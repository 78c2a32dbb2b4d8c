package tally.stats.consolidate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import tally.stats.Basis;
import tally.stats.Metric;
import tally.stats.Period;

class StatisticKeyTest {

    @Test
    void parsesWhatKeyWrites() {
        StatisticKey k = new StatisticKey(Metric.ASYLUM_CLAIMS, "DE", new Period(LocalDate.of(2015, 1, 1), LocalDate.of(2015, 12, 31)), Basis.PER_YEAR);
        assertEquals(k, StatisticKey.parse(k.encode()));
    }

    @Test
    void saysWhatIsWrong() {
        assertTrue(assertThrows(IllegalArgumentException.class, () -> StatisticKey.parse("deaths|MX"))
                .getMessage().contains("metric|place|from|to|basis"));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> StatisticKey.parse("deaths|MX|2010|2010-12-31|total"))
                .getMessage().contains("YYYY-MM-DD"));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> StatisticKey.parse("deaths|MX|2011-01-01|2010-12-31|total"))
                .getMessage().contains("ends before"));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> StatisticKey.parse("bodies|MX|2010-01-01|2010-12-31|total"))
                .getMessage().contains("unknown metric"));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> StatisticKey.parse("deaths|MX|2010-01-01|2010-12-31|daily"))
                .getMessage().contains("unknown basis"));
    }
}
