package tally.stats.consolidate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import tally.stats.Definition;
import tally.stats.Kind;
import tally.stats.Metric;

/** Series, point and week keys: the text forms the topics, stores and API share. */
class SeriesKeyTest {

    private static final SeriesKey MX = new SeriesKey(Metric.DEATHS, "MX", null, Kind.FLOW, Definition.ORGANIZED_CRIME);

    @Test
    void encodesAsTheTopicsCarryThem() {
        assertEquals("violence|deaths|MX|flow|organized_crime", MX.encode());
        assertEquals("violence|deaths|MX", MX.route());
        assertEquals("migration|migrant_deaths|-|unknown|unspecified",
                new SeriesKey(Metric.MIGRANT_DEATHS, null, null, Kind.UNKNOWN, Definition.UNSPECIFIED).encode());
        assertEquals("migration|migrants|US-TX|stock|irregular",
                new SeriesKey(Metric.MIGRANTS, "US", "US-TX", Kind.STOCK, Definition.IRREGULAR).encode());
        assertEquals("violence|deaths|MX|flow|organized_crime|2010", new PointKey(MX, 2010).encode());
        assertEquals("deaths|-|2012-09-17", new MentionKey(Metric.DEATHS, null, LocalDate.of(2012, 9, 17)).encode());
    }

    @Test
    void parsesWhatItEncodes() {
        for (SeriesKey s : new SeriesKey[] {new SeriesKey(Metric.ASYLUM_CLAIMS, "DE", null, Kind.FLOW, Definition.REFUGEES),
            new SeriesKey(Metric.ARRESTS, null, null, Kind.UNKNOWN, Definition.UNSPECIFIED),
            new SeriesKey(Metric.DEATHS, "MX", "MX-CHH", Kind.CUMULATIVE, Definition.UNSPECIFIED)}) {
            assertEquals(s, SeriesKey.parse(s.encode()));
            PointKey p = new PointKey(s, 1999);
            assertEquals(p, PointKey.parse(p.encode()));
            MentionKey m = new MentionKey(s.metric(), s.place(), LocalDate.of(2011, 1, 10));
            assertEquals(m, MentionKey.parse(m.encode()));
            assertEquals(s.route(), m.route(), "a week is in the partition of its country's series");
        }
    }

    @Test
    void seriesSaysWhatIsWrong() {
        assertTrue(message(() -> SeriesKey.parse("violence|deaths|MX")).contains("category|metric|area|kind|definition"));
        assertTrue(message(() -> SeriesKey.parse("violence|deaths|MX|flow|unspecified|2010")).contains("category|metric|area|kind|definition"));
        assertTrue(message(() -> SeriesKey.parse("violence|bodies|MX|flow|unspecified")).contains("unknown metric"));
        assertTrue(message(() -> SeriesKey.parse("migration|deaths|MX|flow|unspecified")).contains("in category violence"));
        assertTrue(message(() -> SeriesKey.parse("violence|deaths||flow|unspecified")).contains("area"));
        assertTrue(message(() -> SeriesKey.parse("violence|deaths|MX|flow|returnees")).contains("does not apply"));
    }

    @Test
    void pointSaysWhatIsWrong() {
        assertTrue(message(() -> PointKey.parse("violence|deaths|MX|2010")).contains("category|metric|area|kind|definition|year"));
        assertTrue(message(() -> PointKey.parse("violence|deaths|MX|flow|unspecified|last")).contains("year"));
        assertTrue(message(() -> PointKey.parse("crime|deaths|MX|flow|unspecified|2010")).contains("not 'crime'"));
    }

    @Test
    void weekSaysWhatIsWrong() {
        assertTrue(message(() -> MentionKey.parse("deaths|MX")).contains("metric|place|weekStart"));
        assertTrue(message(() -> MentionKey.parse("deaths|MX|week 3")).contains("YYYY-MM-DD"));
        assertTrue(message(() -> MentionKey.parse("bodies|MX|2012-09-17")).contains("unknown metric"));
    }

    private static String message(org.junit.jupiter.api.function.Executable parse) {
        return assertThrows(IllegalArgumentException.class, parse).getMessage();
    }
}
