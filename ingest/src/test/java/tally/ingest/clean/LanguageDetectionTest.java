package tally.ingest.clean;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import tally.ingest.Extraction;
import tally.ingest.read.RawArticle;

class LanguageDetectionTest {

    private final LanguageDetection detection = new LanguageDetection(Set.of("en", "es"), "en");

    @Test
    void detectsEnglishAndSpanishFromTheVisibleText() {
        assertEquals("es", detection.detect("En 2010 murieron miles de personas en hechos atribuidos al crimen organizado en México, "
                + "según las cifras oficiales presentadas por el gobierno federal.", false).lang());
        assertEquals("en", detection.detect("Violence in Mexico has claimed more than 35,000 lives since the president came into "
                + "office, officials said on Monday.", false).lang());
        assertEquals("es", detection.detect("<html><head><script>var a = 'the quick brown fox jumps';</script></head><body><p>"
                + "La Patrulla Fronteriza detuvo a miles de migrantes en la frontera suroeste durante el año fiscal pasado, informó "
                + "la agencia.</p></body></html>", true).lang());
    }

    @Test
    void anUnsupportedLanguageIsSaidNotGuessed() {
        LanguageDetection.Decision d = detection.detect("La police a arrêté quarante personnes samedi soir dans le centre de la ville, "
                + "selon le ministère de l'Intérieur, après des heurts avec les manifestants.", false);
        assertEquals("fr", d.lang());
        assertFalse(d.supported());
        Extraction.Result r = new Extraction().process(new RawArticle(null, null, null, null, null, null,
                "La police a arrêté quarante personnes samedi soir dans le centre de la ville, selon le ministère.", false, "t"));
        assertTrue(r.problem().startsWith("detected language 'fr' is not supported"), r.problem());
        assertEquals(List.of(), r.figures());
    }

    @Test
    void shortTextsFallBack() {
        assertTrue(detection.detect("12 killed.", false).supported());
        assertEquals("en", detection.detect("12 killed.", false).lang());
    }
}
