package tally.stats.consolidate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import tally.stats.Metric;

/** Series, point and week keys: the text forms the topics, stores and API share. */
class SeriesKeyTest {

    @Test
    void encodesAsTheTopicsCarryThem() {
        assertEquals("violence|deaths|MX", new SeriesKey(Metric.DEATHS, "MX").encode());
        assertEquals("migration|migrant_deaths|-", new SeriesKey(Metric.MIGRANT_DEATHS, null).encode());
        assertEquals("violence|deaths|MX|2010", new PointKey(new SeriesKey(Metric.DEATHS, "MX"), 2010).encode());
        assertEquals("deaths|-|2012-09-17", new MentionKey(Metric.DEATHS, null, LocalDate.of(2012, 9, 17)).encode());
    }

    @Test
    void parsesWhatItEncodes() {
        for (SeriesKey s : new SeriesKey[] {new SeriesKey(Metric.ASYLUM_CLAIMS, "DE"), new SeriesKey(Metric.ARRESTS, null)}) {
            assertEquals(s, SeriesKey.parse(s.encode()));
            PointKey p = new PointKey(s, 1999);
            assertEquals(p, PointKey.parse(p.encode()));
            MentionKey m = new MentionKey(s.metric(), s.place(), LocalDate.of(2011, 1, 10));
            assertEquals(m, MentionKey.parse(m.encode()));
            assertEquals(s, m.series());
        }
    }

    @Test
    void seriesSaysWhatIsWrong() {
        assertTrue(message(() -> SeriesKey.parse("violence|deaths")).contains("category|metric|place"));
        assertTrue(message(() -> SeriesKey.parse("violence|deaths|MX|2010")).contains("category|metric|place"));
        assertTrue(message(() -> SeriesKey.parse("violence|bodies|MX")).contains("unknown metric"));
        assertTrue(message(() -> SeriesKey.parse("migration|deaths|MX")).contains("in category violence"));
        assertTrue(message(() -> SeriesKey.parse("violence|deaths|")).contains("place"));
    }

    @Test
    void pointSaysWhatIsWrong() {
        assertTrue(message(() -> PointKey.parse("violence|deaths|MX")).contains("category|metric|place|year"));
        assertTrue(message(() -> PointKey.parse("violence|deaths|MX|last")).contains("year"));
        assertTrue(message(() -> PointKey.parse("crime|deaths|MX|2010")).contains("not 'crime'"));
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
