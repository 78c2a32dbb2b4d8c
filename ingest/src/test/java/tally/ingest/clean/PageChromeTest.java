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
 * A text copy of a whole page, written by us, with every kind of chrome that carries numbers (issue 16,
 * point 9): a ticker, photo captions that repeat the story's toll, a "Read more" teaser, related stories,
 * a most-read list. None of them may yield a figure, and every figure of the headline and the body must come.
 */
class PageChromeTest {

    /** The page's chrome lines that hold numbers: no figure may be quoted from them. */
    private static final List<String> CHROME = List.of(
            "Breaking: Flood leaves 230 dead",
            "Traders gather what is left of their goods",
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

    private List<Figure> figures(String resource, String lang) throws IOException {
        try (InputStream in = PageChromeTest.class.getResourceAsStream(resource)) {
            String page = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            return extraction.process(new RawArticle(null, null, "test", null, null, lang, page, false, resource)).figures();
        }
    }
}
