package tally.ingest.extract.link;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Arrays;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import tally.ingest.Articles;

/**
 * A share said again as a count ("el 82,6 % de ellos, o sea 1.871", "38%, or 585") counts that part of the statistic;
 * a change said so ("una caída del 12 %, o sea 266") is a difference and is not (our own sentences).
 */
class ShareRestatedTest {

    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '|', value = {
        "es|En 2024 hubo 2.310 homicidios en Guatemala. Escuintla concentra el 41,5 % de ellos, o sea 959.|deaths:2310;deaths:959",
        "es|En 2024 fueron deportados 21.306 salvadoreños; desde México vino el 23,5%, o sea, 5.007.|deportations:21306;deportations:5007",
        "en|In 2023, 1,540 people were murdered in Jamaica; 38%, or 585, in the parish of St. Catherine.|deaths:1540;deaths:585",
        // a change: the count after it is how much it moved
        "es|En 2023 hubo 1.950 homicidios en Paraguay. Es una caída del 12 %, o sea, 266.|deaths:1950",
        "es|En 2023 hubo 1.950 homicidios en Paraguay, un 12 % menos, o sea 266.|deaths:1950"
    })
    void shareAsCount(String lang, String text, String expected) {
        assertEquals(Arrays.asList(expected.split(";")), Articles.metricValues(lang, "2024-05-08", text), text);
    }
}
