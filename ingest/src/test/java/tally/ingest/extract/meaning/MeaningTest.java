package tally.ingest.extract.meaning;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import tally.ingest.Articles;
import tally.stats.Definition;
import tally.stats.Figure;
import tally.stats.Kind;

/** The kind, definition and source the extractor reads for one figure, in both languages (our own sentences). */
class MeaningTest {

    private static Figure only(String lang, String text) {
        List<Figure> figures = Articles.figures(lang, "2019-11-20", text);
        assertEquals(1, figures.size(), "one figure in: " + text + " got " + figures);
        return figures.get(0);
    }

    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '|', value = {
        "en|Last year, 14,020 Hondurans were killed in drug-related violence.|FLOW|ORGANIZED_CRIME",
        "en|About 90,000 undocumented migrants arrive in the country each year.|FLOW|IRREGULAR",
        "en|Some 4 million unauthorized immigrants lived in Texas in 2016.|STOCK|IRREGULAR",
        "en|Jordan hosts 650,000 refugees from Syria.|STOCK|REFUGEES",
        "en|More than 61,000 people have disappeared in Mexico since 2006.|CUMULATIVE|UNSPECIFIED",
        "en|So far this year, 1,200 people have been killed in gang violence in Honduras.|CUMULATIVE|ORGANIZED_CRIME",
        "en|The civil war has killed more than 300,000 people in Syria.|CUMULATIVE|ARMED_CONFLICT",
        "en|Gunmen killed 14 people at a wedding party in Guerrero on Saturday.|INCIDENT|UNSPECIFIED",
        "en|The death toll from the bombing in Kabul rose to 40.|INCIDENT|UNSPECIFIED",
        "en|The statistics office counted 31,000 homicides in Brazil in 2018.|FLOW|HOMICIDE",
        "en|More than 52,000 migrants and refugees reached Italy in 2016.|FLOW|UNSPECIFIED",
        "en|Some 2,000 people crossed from Venezuela into Colombia in 2018, the U.N. refugee agency said.|FLOW|UNSPECIFIED",
        "en|An estimated 9,000 people disappeared in Peru during the internal conflict.|FLOW|ARMED_CONFLICT",
        "en|Germany received 140,000 asylum applications in 2019.|FLOW|REFUGEES",
        "en|Guatemala's government has raised its official count of gang-related deaths to more than 9,000.|CUMULATIVE|ORGANIZED_CRIME",
        "en|Her brother was among the 49 people killed in May 2012 at a ranch outside Cadereyta.|INCIDENT|UNSPECIFIED",
        "en|More than 9,000 people have been killed in violence linked to drug cartels during the governor's term.|CUMULATIVE|ORGANIZED_CRIME",
        "en|Some 30,000 people have been kidnapped in Colombia over the past decade.|FLOW|UNSPECIFIED",
        // refugees who go back are returnees when their own clause says so; a return in another clause leaves them refugees
        "en|More than 5,000 Somali refugees have returned home from Kenya since 2014.|CUMULATIVE|RETURNEES",
        "en|About 3,000 refugees arrived in Chad in May, while others returned to Sudan.|FLOW|REFUGEES",
        "es|Desde 2014, más de 5.000 refugiados somalíes han regresado al país desde Kenia.|CUMULATIVE|RETURNEES",
        "es|En lo que va del año suman 1.245 homicidios dolosos en Guanajuato.|CUMULATIVE|HOMICIDE",
        "es|Hombres armados asesinaron a 11 personas en un ataque a un bar de Michoacán el domingo.|INCIDENT|HOMICIDE",
        "es|Colombia alberga a 1,8 millones de migrantes venezolanos.|STOCK|UNSPECIFIED",
        "es|Durante 2017 se registraron 3.200 muertes vinculadas al crimen organizado en Colombia.|FLOW|ORGANIZED_CRIME",
        "es|Unas 40.000 personas permanecen desplazadas en Chocó por los combates.|STOCK|INTERNALLY_DISPLACED",
        "es|En 2018 fueron deportados 25.000 guatemaltecos desde México.|FLOW|UNSPECIFIED",
        // murders tied to organized crime next to the count are organized crime's; a cartel far off in the clause is the setting
        "en|In 2018, 2,300 murders attributed to organized crime were recorded in Tamaulipas.|FLOW|ORGANIZED_CRIME",
        "es|En 2018 se registraron 2.300 homicidios atribuidos al narco en Tamaulipas.|FLOW|ORGANIZED_CRIME",
        "es|Un año después de la ruptura del cártel, en 2018 el estado registró 2.300 homicidios dolosos.|FLOW|HOMICIDE",
        // the displaced or refugees named by their noun alone, with no time and no verb of a move, are a stock; a participle
        // after a noun of people ("personas desplazadas") or a tally word ("suma") leaves the count as it was
        "en|The crisis has worsened in Ituri, with more than 240,000 internally displaced people.|STOCK|INTERNALLY_DISPLACED",
        "es|La crisis se agravó en Ituri, con más de 240.000 desplazados internos.|STOCK|INTERNALLY_DISPLACED",
        "es|Colombia suma más de 8 millones de desplazados internos por el conflicto armado.|CUMULATIVE|INTERNALLY_DISPLACED"
    })
    void kindAndDefinition(String lang, String text, Kind kind, Definition definition) {
        Figure f = only(lang, text);
        assertEquals(kind, f.kind(), "kind of " + text);
        assertEquals(definition, f.definition(), "definition of " + text);
    }

    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '|', value = {
        "en|Nearly 8,000 people were displaced in Ituri last month, according to the UN agency for refugees.|UN agency for refugees",
        "en|Some 40,000 people are displaced in Kasai, the UN agency said.|UN agency",
        "en|Police said 14 people were killed in Juarez on Sunday.|Police",
        "en|Gunmen killed 14 people in Juarez on Sunday, said Maria Lopez, a police spokeswoman.|Maria Lopez",
        "es|Unas 1.245 personas fueron asesinadas en Guanajuato en 2019, según el Secretariado Ejecutivo.|Secretariado Ejecutivo",
        "es|En 2018 fueron deportados 25.000 guatemaltecos desde México, informó el Instituto Guatemalteco de Migración.|Instituto Guatemalteco de Migración"
    })
    void source(String lang, String text, String source) {
        assertEquals(source, only(lang, text).attribution());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "en|He said 14 people were killed in Juarez on Sunday.",
        "en|They told reporters that 14 people were killed in Juarez on Sunday."
    })
    void aPronounCreditsNoOne(String lang, String text) {
        assertNull(only(lang, text).attribution());
    }
}
