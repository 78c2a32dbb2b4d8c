package tally.ingest.extract.mention;

import tally.ingest.generate.SyntheticNews;
import tally.ingest.text.Token;
import tally.ingest.text.Tokenizer;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class PlaceMatcherTest {

    private static List<String> countries(String text) {
        return PlaceMatcher.forLanguage("en").find(Tokenizer.tokenize(text)).stream()
                .map(p -> p.country() == null ? "-" : p.country()).toList();
    }

    @Test
    void namesAbbreviationsDemonymsAndRegions() {
        assertEquals(List.of("US"), countries("come to the U.S. each year"));
        assertEquals(List.of("MX"), countries("15,273 Mexicans were killed"));
        assertEquals(List.of("AF"), countries("four Afghan civilians"));
        assertEquals(List.of("MX"), countries("in Mexico's north"));
        assertEquals(List.of("MX"), countries("in Ciudad Juarez"));
        assertEquals(List.of("CD"), countries("in the Democratic Republic of the Congo"));
    }

    private static List<String> subdivisions(String lang, String text) {
        return PlaceMatcher.forLanguage(lang).find(Tokenizer.tokenize(text)).stream()
                .map(p -> p.country() + (p.subdivision() == null ? "" : " " + p.subdivision())).toList();
    }

    @Test
    void provincesOfLatinAmericaAndConflictCountriesNameTheirCountryAndSubdivision() {
        assertEquals(List.of("EC EC-G"), subdivisions("en", "the province of Guayas"));
        assertEquals(List.of("EC EC-O"), subdivisions("es", "en El Oro (97)"));
        assertEquals(List.of("NG NG-NI"), subdivisions("en", "villagers in Niger State"));
        assertEquals(List.of("VE VE-R"), subdivisions("es", "en el estado Sucre"));
        assertEquals(List.of("HN HN-CR"), subdivisions("es", "el departamento de Cortés"));
        // excluded alone: a surname, and a capital that keeps its country
        assertEquals(List.of(), subdivisions("es", "dijo Juan Cortés"));
        assertEquals(List.of("BO"), subdivisions("es", "en Sucre"));
        assertEquals(List.of("NE"), subdivisions("en", "in Niger"));
    }

    @Test
    void theLongestNameWins() {
        assertEquals(List.of("US"), countries("in New Mexico"));
        assertEquals(List.of("MX"), countries("in Mexico City"));
        assertEquals(List.of("-"), countries("migrants from Central America"));
        assertEquals(List.of("-"), countries("Central Americans"));
    }

    @Test
    void matchingIsCaseSensitive() {
        assertEquals(List.of(), countries("let us go"));
        assertEquals(List.of("US"), countries("the US border"));
    }

    @Test
    void anAllCapitalDatelineMatchesItsTitleCase() {
        assertEquals(List.of("SV"), countries("SAN SALVADOR — Police said"));
        assertEquals(List.of("GT"), countries("GUATEMALA CITY — Police said"));
        assertEquals(List.of("MX"), countries("CIUDAD JUÁREZ — Police said"));
        assertEquals(List.of(), countries("SAN NOWHERE — Police said"));
    }

    /**
     * mayStartAt tells a caller asking about one token that no place starts there without finding the
     * sentence's places: every place found must start where it says one may, and it must say no to most words.
     */
    @Test
    void everyPlaceStartsWhereOneMayStart() {
        List<String> texts = new ArrayList<>(List.of("SAN SALVADOR — 15,273 Mexicans and four Afghan civilians in Ciudad Juarez",
                "CIUDAD JUÁREZ — migrantes venezolanos en la República Dominicana y en EE.UU.", "İSTANBUL — in the U.S. and the US",
                "GUATEMALA CITY — NEW MEXICO, New Mexico, MEXICO CITY, Central Americans"));
        SyntheticNews news = new SyntheticNews(7);
        for (int i = 0; i < 300; i++) {
            texts.add(news.next().text());
        }
        int places = 0;
        int words = 0;
        int mayStart = 0;
        for (String lang : List.of("en", "es")) {
            PlaceMatcher matcher = PlaceMatcher.forLanguage(lang);
            for (String text : texts) {
                List<Token> tokens = Tokenizer.tokenize(text);
                for (PlaceMention p : matcher.find(tokens)) {
                    assertTrue(matcher.mayStartAt(tokens, p.start()), () -> "a place starts at " + tokens.get(p.start()) + " in " + text);
                    places++;
                }
                for (int k = 0; k < tokens.size(); k++) {
                    words++;
                    mayStart += matcher.mayStartAt(tokens, k) ? 1 : 0;
                }
                assertFalse(matcher.mayStartAt(tokens, tokens.size()));
                assertFalse(matcher.mayStartAt(tokens, -1));
            }
        }
        assertTrue(places > 1_000, "places found: " + places);
        assertTrue(mayStart < words / 5, mayStart + " of " + words + " words may start a place");
    }
}
