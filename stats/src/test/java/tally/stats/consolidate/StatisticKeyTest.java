package tally.stats.consolidate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import tally.stats.Basis;
import tally.stats.Definition;
import tally.stats.Kind;
import tally.stats.Metric;
import tally.stats.Period;

class StatisticKeyTest {

    private static final Period Y2010 = Period.year(2010);

    @Test
    void parsesWhatKeyWrites() {
        for (StatisticKey k : new StatisticKey[] {
            new StatisticKey(Metric.ASYLUM_CLAIMS, "DE", null, new Period(LocalDate.of(2015, 1, 1), LocalDate.of(2015, 12, 31)), Basis.PER_YEAR,
                    Kind.FLOW, Definition.REFUGEES, null),
            new StatisticKey(Metric.DEATHS, "MX", "MX-CHH", Y2010, Basis.TOTAL, Kind.UNKNOWN, Definition.UNSPECIFIED, null),
            new StatisticKey(Metric.DEATHS, "MX", "MX-TAM", Period.day(LocalDate.of(2010, 8, 25)), Basis.TOTAL, Kind.INCIDENT,
                    Definition.UNSPECIFIED, "2f0c9e1d00aa11bb")}) {
            assertEquals(k, StatisticKey.parse(k.encode()));
        }
    }

    @Test
    void theKindDefinitionAndAreaAreInTheKey() {
        StatisticKey crime = new StatisticKey(Metric.DEATHS, "MX", null, Y2010, Basis.TOTAL, Kind.FLOW, Definition.ORGANIZED_CRIME, null);
        assertEquals("deaths|MX|2010-01-01|2010-12-31|total|flow|organized_crime", crime.encode());
        StatisticKey homicides = new StatisticKey(Metric.DEATHS, "MX", null, Y2010, Basis.TOTAL, Kind.FLOW, Definition.HOMICIDE, null);
        StatisticKey state = new StatisticKey(Metric.DEATHS, "MX", "MX-CHH", Y2010, Basis.TOTAL, Kind.FLOW, Definition.ORGANIZED_CRIME, null);
        assertEquals("deaths|MX-CHH|2010-01-01|2010-12-31|total|flow|organized_crime", state.encode());
        assertEquals("MX", StatisticKey.parse(state.encode()).place(), "a subdivision's country is its code's first part");
        assertNotEquals(crime.encode(), homicides.encode());
        assertNotEquals(crime.series(), state.series(), "a subdivision's series is not its country's");
        assertEquals(crime.series().route(), state.series().route(), "but is in the same partition");
        assertEquals("violence|deaths|MX-CHH|flow|organized_crime", state.series().encode());
    }

    @Test
    void saysWhatIsWrong() {
        assertTrue(message("deaths|MX").contains("metric|area|from|to|basis|kind|definition"));
        assertTrue(message("deaths|MX|2010-01-01|2010-12-31|total").contains("metric|area|from|to|basis|kind|definition"),
                "a schema-1 key, without kind and definition");
        assertTrue(message("deaths|MX|2010|2010-12-31|total|flow|unspecified").contains("YYYY-MM-DD"));
        assertTrue(message("deaths|MX|2011-01-01|2010-12-31|total|flow|unspecified").contains("ends before"));
        assertTrue(message("bodies|MX|2010-01-01|2010-12-31|total|flow|unspecified").contains("unknown metric"));
        assertTrue(message("deaths|MX|2010-01-01|2010-12-31|daily|flow|unspecified").contains("unknown basis"));
        assertTrue(message("deaths|MX|2010-01-01|2010-12-31|total|rate|unspecified").contains("unknown kind"));
        assertTrue(message("deaths|MX|2010-01-01|2010-12-31|total|flow|refugees").contains("does not apply"));
        assertTrue(message("deaths|MX|2010-01-01|2010-12-31|total|flow|unspecified|abc").contains("only an incident"));
        assertTrue(message("deaths|-|2010-01-01|2010-12-31|total|flow|unspecified").contains("place"));
    }

    private static String message(String key) {
        return assertThrows(IllegalArgumentException.class, () -> StatisticKey.parse(key)).getMessage();
    }
}
