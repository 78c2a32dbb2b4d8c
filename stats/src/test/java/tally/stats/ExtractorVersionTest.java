package tally.stats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** The extractor field of the figure record: written by ingest, read back by the Streams application. */
class ExtractorVersionTest {

    @Test
    void encodesAsFiguresCarryIt() {
        assertEquals("tally-extract/1/en", new ExtractorVersion(1, "en").encode());
        assertEquals(new ExtractorVersion(12, "es"), ExtractorVersion.parse("tally-extract/12/es"));
    }

    @Test
    void parsesWhatItEncodes() {
        ExtractorVersion v = new ExtractorVersion(3, "es");
        assertEquals(v, ExtractorVersion.parse(v.encode()));
    }

    @Test
    void saysWhatIsWrong() {
        assertTrue(assertThrows(IllegalArgumentException.class, () -> ExtractorVersion.parse("other/1/en"))
                .getMessage().contains("tally-extract/NUMBER/LANG"));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> ExtractorVersion.parse("tally-extract/1"))
                .getMessage().contains("language"));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> ExtractorVersion.parse("tally-extract/one/en"))
                .getMessage().contains("whole number"));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> ExtractorVersion.parse("tally-extract/1/"))
                .getMessage().contains("language"));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> ExtractorVersion.parse("tally-extract/-1/en"))
                .getMessage().contains("not negative"));
    }

    @Test
    void figuresWithoutTallysVersionCountAsVersionZero() {
        assertEquals(2, ExtractorVersion.numberOf("tally-extract/2/en"));
        assertEquals(0, ExtractorVersion.numberOf(null));
        assertEquals(0, ExtractorVersion.numberOf("someone-else's"));
    }
}
