package tally.ingest.extract.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import tally.ingest.Articles;
import tally.stats.Figure;

/** People rescued at sea by the arrival coast's services are arrivals; other rescues are people helped, no figure (our own sentences). */
class RescueAtSeaTest {

    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '|', nullValues = "-", value = {
        "en|The Italian coast guard rescued 57 migrants from a dinghy south of Lampedusa on Sunday.|migrants 57 IT",
        "en|In July, 57 people were rescued by the Armed Forces of Malta and brought to Valletta.|migrants 57 MT",
        "es|Salvamento Marítimo rescató el martes a 52 personas que viajaban en una patera al sur de Almería.|migrants 52 ES",
        "es|Un total de 52 migrantes fueron rescatados por Salvamento Marítimo frente a Lanzarote.|migrants 52 ES",
        "en|Firefighters rescued 57 people from the flooded building.|-",
        "en|Fishermen rescued 57 people after their boat capsized off Crete.|-",
        "es|Los bomberos rescataron a 52 personas atrapadas en un edificio en llamas.|-",
        "es|El INM rescató a 52 migrantes hacinados en un tráiler en Veracruz.|-"
    })
    void rescueAtSeaIsArrival(String lang, String text, String expected) {
        List<Figure> figures = Articles.figures(lang, "2024-08-06", text);
        String got = figures.isEmpty() ? null : figures.get(0).metric().json() + " " + (long) figures.get(0).value() + " " + figures.get(0).place();
        assertEquals(expected, got, text);
        assertEquals(expected == null ? 0 : 1, figures.size(), text + " " + figures);
    }
}
