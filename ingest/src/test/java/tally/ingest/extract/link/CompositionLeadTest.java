package tally.ingest.extract.link;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Arrays;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import tally.ingest.Articles;

/**
 * A group's composition ("the group consists of", "el grupo, conformado por") lists the parts of the people just counted,
 * and never of a count of the dead said since (our own sentences).
 */
class CompositionLeadTest {

    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '|', value = {
        "en|About 160 migrants landed on Crete on 6 May. The group consists of 90 men, 40 women and 30 children.|migrants:160;migrants:90;migrants:40;migrants:30",
        "en|Gunmen abducted 25 oil workers in Nigeria on 6 May. The group was made up of 15 engineers and 10 drivers.|kidnappings:25;kidnappings:15;kidnappings:10",
        "es|Unos 120 migrantes llegaron a Lampedusa el 6 de mayo. El grupo está integrado por 70 hombres, 30 mujeres y 20 niños.|migrants:120;migrants:70;migrants:30;migrants:20",
        // the dead counted in between are no group of the living: the composition is not theirs, and is left unread
        "en|About 160 migrants landed on Crete on 6 May. Some 20 others had drowned at sea. The group consists of 90 men and 70 women.|migrants:160;migrant_deaths:20",
        "es|Unos 120 migrantes llegaron a Lampedusa el 6 de mayo. Otros 20 murieron ahogados. El grupo está integrado por 70 hombres y 50 mujeres.|migrants:120;migrant_deaths:20"
    })
    void partsOfTheGroup(String lang, String text, String expected) {
        assertEquals(Arrays.asList(expected.split(";")), Articles.metricValues(lang, "2024-05-08", text), text);
    }
}
