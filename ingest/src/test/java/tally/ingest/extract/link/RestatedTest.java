package tally.ingest.extract.link;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Without a determiner, {@link Restated} takes a count for one said before only when its value is too precise to
 * recur by chance: three significant digits or more, 100 and up.
 */
class RestatedTest {

    @ParameterizedTest
    @CsvSource({"448, true", "3188, true", "12393, true", "2715000, true", "100641, true",
            "99, false", "500, false", "2000, false", "2700000, false", "1000, false", "12.5, false"})
    void aValueIsPreciseWithThreeSignificantDigits(double value, boolean precise) {
        assertEquals(precise, Restated.precise(value));
    }
}
