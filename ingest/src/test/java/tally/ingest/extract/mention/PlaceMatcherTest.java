package tally.ingest.extract.mention;

import tally.ingest.text.Tokenizer;
import static org.junit.jupiter.api.Assertions.assertEquals;

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
}
