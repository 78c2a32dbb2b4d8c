package tally.ingest.extract.resolve;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import tally.ingest.Articles;
import tally.stats.Figure;

/** A count said of each of several places is one figure per place, each with its own id (our own sentences). */
class CountEachTest {

    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '|', nullValues = "-", value = {
        "en|In 2023 Zacatecas led with 140 murders, followed by Nayarit and Durango with 52 each.|140:MX:-;52:MX:MX-NAY;52:MX:MX-DUR",
        "en|Italy and Greece registered 2,300 asylum applications each in April.|2300:IT:-;2300:GR:-",
        "en|Guatemala and Honduras both deported 300 migrants last week.|300:GT:-;300:HN:-",
        "es|Le siguieron Nayarit y Durango, cada entidad con 52 asesinatos en 2023.|52:MX:MX-NAY;52:MX:MX-DUR",
        "es|En Colima, Morelos y Tabasco se cometieron 6 homicidios dolosos, por estado.|6:MX:MX-COL;6:MX:MX-MOR;6:MX:MX-TAB",
        "es|Chiapas y Oaxaca registraron 18 secuestros de migrantes cada una en 2023.|18:MX:MX-CHP;18:MX:MX-OAX",
        // no word of each, or one that opens a phrase of its own: one figure
        "en|In 2019, 1,200 people were killed in Sinaloa and Sonora.|1200:MX:-",
        "en|Police said 31 people were killed in Chihuahua, Sinaloa and Guerrero each year on average.|31:MX:-",
        "es|En Sonora y Sinaloa fueron asesinadas 40 personas, cada una de ellas con huellas de tortura.|40:MX:-"
    })
    void onePerPlace(String lang, String text, String expected) {
        List<Figure> figures = Articles.figures(lang, "2024-03-18", text);
        List<String> got = figures.stream().map(f -> (long) f.value() + ":" + f.place() + ":" + (f.subdivision() == null ? "-" : f.subdivision())).toList();
        assertEquals(Arrays.asList(expected.split(";")), got, text);
        assertEquals(figures.size(), figures.stream().map(Figure::id).distinct().count(), "distinct ids: " + text);
    }
}
