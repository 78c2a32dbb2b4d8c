package tally.ingest.extract.resolve;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import tally.ingest.Articles;
import tally.stats.Figure;

/** The state, province or department a figure is placed in, beside its country (our own sentences); people displaced from a state are placed there. */
class SubdivisionTest {

    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '|', nullValues = "-", value = {
        "en|Gunmen killed 12 people at a party in Ciudad Juárez on Saturday.|MX|MX-CHH",
        "en|Last year, 2,800 people were killed in Guerrero, more than in any other state.|MX|MX-GRO",
        "en|Some 30,000 people are displaced in Antioquia.|CO|CO-ANT",
        "en|Border agents apprehended 4,100 migrants near El Paso last week.|US|US-TX",
        "en|Mexico recorded 24,000 homicides in 2019, the governor of Sonora said.|MX|-",
        "en|About 2,000 migrants from Chiapas crossed into the United States in May.|US|-",
        "en|In 2019, 1,200 people were killed in Sinaloa and Sonora.|MX|-",
        "en|CULIACAN, Sinaloa — The government said 24,000 people were killed in drug violence in Mexico in 2019.|MX|-",
        "es|En 2019 fueron asesinadas 3.400 personas en Guanajuato, según el Secretariado Ejecutivo.|MX|MX-GUA",
        "es|Unos 5.000 desplazados huyeron de Nuevo Leon en 2018.|MX|MX-NLE"
    })
    void subdivision(String lang, String text, String place, String subdivision) {
        List<Figure> figures = Articles.figures(lang, "2020-01-15", text);
        assertEquals(1, figures.size(), text + " " + figures);
        assertEquals(place, figures.get(0).place(), "place of " + text);
        assertEquals(subdivision, figures.get(0).subdivision(), "subdivision of " + text);
    }
}
