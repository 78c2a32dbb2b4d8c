package tally.ingest.clean;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import tally.ingest.Extraction;
import tally.ingest.read.RawArticle;
import tally.stats.Figure;

/**
 * Text copies of whole pages, written by us, with every kind of chrome that carries numbers (issue 16,
 * point 9): a ticker, photo captions that repeat the story's toll (credited "Photo: Reuters", "(AFP)",
 * "REUTERS/Name", "EFE/ Name"), a lede cut short as a teaser ("[...]"), a headline shown twice, "Read
 * more" and "Lee también" teasers, related stories, a most-read list. None of them may yield a figure,
 * and every figure of the headline and the body must come, the headline's once.
 */
class PageChromeTest {

    /** The page's chrome lines that hold numbers: no figure may be quoted from them. */
    private static final List<String> CHROME = List.of(
            "Breaking: Flood leaves 230 dead",
            "Traders gather what is left of their goods",
            "Relatives of the 14 traders",
            "A soldier stands guard at a checkpoint",
            "Read more: Heavy rains force 3,000 families",
            "Bomb kills 8 soldiers", "Police arrest 40 people", "Boat with 75 migrants",
            "Truck crash kills 19 migrants", "52 kidnapped students");

    private final Extraction extraction = new Extraction();

    @Test
    void chromeYieldsNoFigureAndTheHeadlineAndBodyYieldAll() throws IOException {
        List<Figure> figures = figures("/pages/en-chrome.txt", "en");
        for (Figure f : figures) {
            assertTrue(CHROME.stream().noneMatch(f.quote()::contains), "a figure from chrome: " + f.quote());
        }
        // Each figure, and how the sentence it is quoted from begins.
        List<String[]> expected = List.of(
                new String[] {"deaths 14", "Gunmen kill 14 traders at a cattle market in northern Benin"},
                new String[] {"deaths 14", "Gunmen on motorbikes killed 14 traders"},
                new String[] {"injuries 9", "Gunmen on motorbikes killed 14 traders"},
                new String[] {"kidnappings 6", "The attackers also abducted six herders"},
                new String[] {"deaths 112", "Since January, at least 112 people have been killed"},
                new String[] {"arrests 27", "Police said on Tuesday that 27 suspects"});
        assertEquals(expected.stream().map(e -> e[0]).toList(),
                figures.stream().map(f -> f.metric().json() + " " + (long) f.value()).toList());
        for (int i = 0; i < expected.size(); i++) {
            assertTrue(figures.get(i).quote().startsWith(expected.get(i)[1]), figures.get(i).quote());
        }
    }

    @Test
    void aSpanishPageGivesItsHeadlineOnceAndNoFigureFromItsChrome() throws IOException {
        List<String> chrome = List.of("Sismo deja 12 heridos", "Rescatan a 48 migrantes", "Agentes custodian la v\u00eda",
                "informó la [...]", "5 soldados heridos", "2.300 familias", "30 integrantes", "Hallan 7 cuerpos",
                "22 migrantes desaparecidos", "15 secuestrados");
        List<Figure> figures = figures("/pages/es-chrome.txt", "es");
        for (Figure f : figures) {
            assertTrue(chrome.stream().noneMatch(f.quote()::contains), "a figure from chrome: " + f.quote());
        }
        List<String[]> expected = List.of(
                new String[] {"deaths 9", "Emboscada deja 9 polic\u00edas muertos en el sur de Tolima"},
                new String[] {"deaths 9", "Hombres armados emboscaron el lunes"},
                new String[] {"injuries 4", "Otros cuatro agentes resultaron heridos"},
                new String[] {"deaths 63", "Seg\u00fan la Fiscal\u00eda, en lo que va del a\u00f1o 63 personas"},
                new String[] {"arrests 11", "Las autoridades informaron que 11 sospechosos"});
        assertEquals(expected.stream().map(e -> e[0]).toList(),
                figures.stream().map(f -> f.metric().json() + " " + (long) f.value()).toList());
        for (int i = 0; i < expected.size(); i++) {
            assertTrue(figures.get(i).quote().startsWith(expected.get(i)[1]), figures.get(i).quote());
        }
        // The headline stands on its own, not run into the byline of its second copy.
        assertEquals("Emboscada deja 9 polic\u00edas muertos en el sur de Tolima", figures.get(0).quote());
    }

    /**
     * A report's bulleted summary of long sentences is its body, while the related content below it, a list of
     * short headlines, is not.
     */
    @Test
    void aBulletedSummaryOfSentencesIsTheBodyAndRelatedContentIsNot() throws IOException {
        List<Figure> figures = figures("/pages/en-summary.txt", "en");
        for (Figure f : figures) {
            assertTrue(List.of("62 people on board", "140 migrants", "4,300 arrivals in 2020").stream().noneMatch(f.quote()::contains),
                    "a figure from related content: " + f.quote());
        }
        assertEquals(List.of("migrants 9410", "migrants 6270", "migrants 2880", "migrants 18655"),
                figures.stream().map(f -> f.metric().json() + " " + (long) f.value()).toList());
    }

    private List<Figure> figures(String resource, String lang) throws IOException {
        try (InputStream in = PageChromeTest.class.getResourceAsStream(resource)) {
            String page = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            return extraction.process(new RawArticle(null, null, "test", null, null, lang, page, false, resource)).figures();
        }
    }
}
