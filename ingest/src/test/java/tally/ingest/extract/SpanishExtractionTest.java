package tally.ingest.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import tally.ingest.Extraction;
import tally.ingest.extract.mention.NumberMention;
import tally.ingest.extract.mention.NumberReader;
import tally.ingest.lexicon.Lexicon;
import tally.ingest.read.RawArticle;
import tally.stats.Figure;
import tally.stats.Metric;
import tally.stats.Period;
import tally.stats.Qualifier;
import tally.ingest.text.Tokenizer;

/** The Spanish lexicon: the same engine, Spanish number forms, periods, places and negatives. */
class SpanishExtractionTest {

    private static final Extraction EXTRACTION = new Extraction();
    private final Lexicon es = Lexicon.forLanguage("es");
    private final NumberReader numbers = new NumberReader(es);

    private static List<Figure> figures(String published, String text) {
        return EXTRACTION.process(new RawArticle(null, LocalDate.parse(published), "t", null, null, "es", text, false, "t")).figures();
    }

    private List<Double> values(String text) {
        return numbers.read(text, Tokenizer.tokenize(text)).stream().map(NumberMention::value).toList();
    }

    @Test
    void agesInAListOrRangeAreNoCounts() {
        // every member of a list closed by "años" is an age, and the age range between commas does not cut the count from its verb
        List<Figure> listed = figures("2023-09-20", "Tres niños de 7, 10 y 13 años fueron asesinados en Cúcuta.");
        assertEquals(List.of(3L), listed.stream().map(f -> (long) f.value()).toList());
        List<Figure> ranged = figures("2024-03-11", "Cuatro jóvenes, de entre 16 y 19 años, fueron asesinados en Apodaca.");
        assertEquals(List.of(4L), ranged.stream().map(f -> (long) f.value()).toList());
        // a comma alone joins no count to a duration
        List<Figure> comma = figures("2023-09-20", "La policía detuvo a 12, 3 días después del ataque en Cúcuta.");
        assertEquals(List.of(12L), comma.stream().map(f -> (long) f.value()).toList());
    }

    @Test
    void spanishNumberForms() {
        assertEquals(List.of(15273.0), values("15 mil 273 personas"));
        assertEquals(List.of(35000.0), values("35.000 vidas"));
        assertEquals(List.of(35000.0), values("35 000 vidas"));
        assertEquals(List.of(1_200_000.0), values("1,2 millones de migrantes"));
        assertEquals(List.of(3500.0), values("3 mil 500 desaparecidos"));
        assertEquals(List.of(15273.0), values("15,273 muertos"));
        assertEquals(List.of(1_200_000.0), values("1.200.000 personas"));
        assertEquals(List.of(15000.0), values("quince mil muertos"));
        assertEquals(List.of(43.0), values("cuarenta y tres estudiantes"));
        assertEquals(List.of(100.0), values("cien lesionados"));
        assertEquals(List.of(2.0), values("dos hermanos"));
        assertEquals(List.of(1229.0), values("retornaron mil 229 connacionales"));
        assertEquals(List.of(2500.0), values("dos mil 500 personas"));
        assertEquals(List.of(10094.0), values("asciende a 10, 094"));
        assertEquals(List.of(10.0, 120.0, 130.0), values("10, 120 y 130 personas")); // a list: no zero opens the group
        assertEquals(List.of(1223.0), values("septiembre 1.223 personas"));
        assertEquals(List.of(4_810_443.0), values("4 millones 810 mil 443 personas"));
        assertEquals(List.of(2_400_000.0), values("2 millones 400 mil desplazados"));
    }

    /** [leave country]: people who leave a country's name emigrated; leaving a city, or things leaving a country, is no figure. */
    @Test
    void leavingACountryIsEmigrating() {
        List<Figure> left = figures("2024-05-10", "Unas 5.000 personas dejaron Nicaragua en marzo.");
        assertEquals(1, left.size());
        assertEquals(Metric.MIGRANTS, left.get(0).metric());
        assertEquals(5000.0, left.get(0).value());
        assertNull(left.get(0).place(), "the country left is not where they arrive");
        assertEquals(List.of(), figures("2024-05-10", "Unas 500 personas abandonaron Managua en marzo."));
        assertEquals(List.of(), figures("2024-05-10", "Unas 20 empresas abandonaron Venezuela en 2019."));
    }

    @Test
    void aRateBaseBeforeTheCountMakesItARate() {
        // the count in the base's clause is the rate's value; past "y" (or a comma) a count is its own
        assertEquals(List.of(), figures("2024-03-04", "Por cada 100 mil habitantes se maneja una estadística de 41 personas muertas."));
        assertEquals(List.of(812.0), figures("2024-03-04", "El informe contó 6,1 homicidios por cada 100 mil habitantes y 812 asesinatos en todo el año pasado.")
                .stream().map(Figure::value).toList());
    }

    @Test
    void aFigureWithItsQualifierPlaceAndPeriod() {
        Figure f = figures("2012-09-17", "La violencia en México ha cobrado más de 35.000 vidas desde finales de 2006.").get(0);
        assertEquals(Metric.DEATHS, f.metric());
        assertEquals(35000, f.value());
        assertEquals(Qualifier.AT_LEAST, f.qualifier());
        assertEquals("MX", f.place());
        assertEquals(new Period(LocalDate.of(2006, 10, 1), LocalDate.of(2012, 9, 17)), f.period());
        Figure g = figures("2012-09-17", "El año pasado, 15 mil 273 mexicanos fueron asesinados.").get(0);
        assertEquals(15273, g.value());
        assertEquals("MX", g.place());
        assertEquals(Period.year(2011), g.period());
    }

    @Test
    void verbBeforeSubjectAndThePersonalA() {
        assertEquals(15273, figures("2011-01-14", "En 2010 murieron 15 mil 273 personas en México.").get(0).value());
        Figure f = figures("2011-10-07", "La Policía Federal detuvo el domingo a 38 personas en Veracruz.").get(0);
        assertEquals(Metric.ARRESTS, f.metric());
        assertEquals(38, f.value());
    }

    @Test
    void migrationInSpanish() {
        Figure f = figures("2012-01-01", "Unos 1,2 millones de migrantes cruzan la frontera con EU cada año, una baja de 70 por ciento.").get(0);
        assertEquals(Metric.MIGRANTS, f.metric());
        assertEquals(Qualifier.APPROXIMATELY, f.qualifier());
        assertEquals("US", f.place());
        assertEquals(-70.0, f.change().percent());
        assertEquals(Metric.MIGRANT_DEATHS, figures("2016-01-01", "Más de 2.500 migrantes se ahogaron en el Mediterráneo en lo que va del año.").get(0).metric());
        assertEquals(Metric.DEATHS, figures("2010-08-27", "72 migrantes fueron asesinados en un rancho de San Fernando, Tamaulipas.").get(0).metric());
    }

    @Test
    void recordsNamedByAMetricNounAfterThem() {
        // the records count the metric named after them, past "de" and an article
        List<Figure> cases = figures("2024-10-05", "Hasta septiembre sumaron 512 casos de muertes violentas en Panamá.");
        assertEquals(1, cases.size());
        assertEquals(Metric.DEATHS, cases.get(0).metric());
        // a relative clause that counts what they left makes them events: the victims are the count of people
        List<Figure> events = figures("2024-01-10", "En 2023 se registraron 3.210 casos de homicidios, los que dejaron 4.150 víctimas en total.");
        assertEquals(List.of(), events.stream().filter(f -> f.value() == 3210).toList());
    }

    @Test
    void cumulativeCountsStayOpen() {
        Figure f = figures("2022-05-17", "El registro ya suma más de 100 mil personas desaparecidas en México.").get(0);
        assertNull(f.period());
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "La recompensa es de 5 millones de pesos.",
        "Un hombre de 25 años fue detenido el 1 de diciembre.",
        "Seis de cada 10 mexicanos creen que el crimen organizado va ganando.",
        "Miles de familias buscan a sus desaparecidos.",
        "Decenas de migrantes esperan en la frontera.",
        "La tasa fue de 24 homicidios por cada 100 mil habitantes.",
        "En promedio, 18 personas fueron asesinadas al día.",
        "Los soldados aseguraron 20 mil armas y cinco camionetas.",
        "El candidato prometió que deportará a 11 millones de indocumentados si gana.",
        "Dos países firmaron el acuerdo y tres funcionarios viajaron a la capital.",
        "Fue condenado a 20 años de prisión."
    })
    void notFigures(String text) {
        assertEquals(List.of(), figures("2012-09-17", text));
    }

    /** "un"/"una" count one only as an item of a list by nationality or origin, right after a separator that closes a count's item. */
    @Test
    void anArticleCountsOneOnlyInAListByNationality() {
        List<Double> byNationality = figures("2024-03-12", "Agentes migratorios detuvieron a 30 migrantes en Chiapas: 21 guatemaltecos, 8 ecuatorianos y un peruano.")
                .stream().map(Figure::value).toList();
        assertEquals(List.of(30.0, 21.0, 8.0, 1.0), byNationality);
        List<Double> byOrigin = figures("2024-03-12", "El INM detuvo a 17 migrantes en Reynosa. 15 eran de Honduras; una de Cuba y una de Haití.")
                .stream().map(Figure::value).toList();
        assertEquals(List.of(17.0, 15.0, 1.0, 1.0), byOrigin);
        List<Double> notAnItem = figures("2024-03-12", "Hubo 3 muertos y un herido en el ataque en Sinaloa; 111 mayores de edad y un menor fueron deportados.")
                .stream().map(Figure::value).filter(v -> v == 1.0).toList();
        assertEquals(List.of(), notAnItem); // "un herido", "un menor": the article, no demonym or origin after it
    }
}
