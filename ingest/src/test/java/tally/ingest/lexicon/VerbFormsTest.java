package tally.ingest.lexicon;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import tally.ingest.text.Tokenizer;
import tally.stats.Metric;

/** The generated Spanish verb forms (verb-forms-es.tsv, from Apertium) widen their sections without overriding them. */
class VerbFormsTest {

    private static final Lexicon ES = Lexicon.forLanguage("es");

    private static Lexicon.Verb verb(String phrase) {
        var match = ES.verbs.at(Tokenizer.tokenize(phrase), 0);
        return match == null ? null : match.value();
    }

    @Test
    void formsTheHandEntriesLackAreRead() {
        // es.lex has "asesinan", "asesinaron", "asesinó", not the imperfect; "secuestran", not "secuestraba"
        assertEquals(Metric.DEATHS, verb("asesinaban").forPeople());
        assertEquals(Metric.KIDNAPPINGS, verb("secuestraba").forPeople());
        assertEquals(Metric.DEATHS, verb("matadas").forPeople());
    }

    @Test
    void verbsOfMovementAndApprehensionKeepTheirHandForms() {
        // what "detectadas" counts depends on the coast; "llegados" would make any sentence one about migration
        assertEquals(null, verb("detectadas"));
        assertEquals(null, verb("llegados"));
    }

    @Test
    void everyGeneratedFormComesFromAHandEntryOfItsSectionWithItsValue() throws Exception {
        // a stale table (an entry changed or removed in es.lex since tools/build-verb-forms-tsv.py ran) fails here
        Set<String> hand = new HashSet<>();
        String section = null;
        try (var in = new BufferedReader(new InputStreamReader(Lexicon.class.getResourceAsStream("/tally/lexicon/es.lex"), StandardCharsets.UTF_8))) {
            for (String line : in.lines().toList()) {
                String t = line.strip();
                if (t.startsWith("[") && t.endsWith("]")) {
                    section = t.substring(1, t.length() - 1);
                } else if (!t.isEmpty() && !t.startsWith("#")) {
                    int arrow = t.indexOf(" -> ");
                    hand.add(section + "\t" + (arrow < 0 ? t + "\t" : t.substring(0, arrow).strip() + "\t" + t.substring(arrow + 4).strip()));
                }
            }
        }
        List<Lexicon.VerbForm> forms = Lexicon.verbForms("es");
        assertFalse(forms.isEmpty());
        for (Lexicon.VerbForm f : forms) {
            assertTrue(hand.contains(f.section() + "\t" + f.source() + "\t" + f.value()), "no hand entry [" + f.section() + "] " + f.source() + " -> " + f.value());
            assertFalse(hand.stream().anyMatch(h -> h.startsWith(f.section() + "\t" + f.phrase() + "\t")), "already by hand: " + f.phrase());
        }
        assertNotNull(verb("asesinaron"));
        assertTrue(Lexicon.verbForms("en").isEmpty(), "English verbs are written in every form by hand");
    }
}
