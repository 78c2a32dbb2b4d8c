package tally.ingest.lexicon;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;
import tally.stats.Metric;
import tally.ingest.text.Tokenizer;

/** The generated person nouns (person-nouns-{en,es}.tsv, from WordNet) widen [noun] without overriding it. */
class PersonNounsTest {

    private static final Lexicon EN = Lexicon.forLanguage("en");
    private static final Lexicon ES = Lexicon.forLanguage("es");

    private static Lexicon.Noun noun(Lexicon lex, String phrase) {
        var match = lex.nouns.at(Tokenizer.tokenize(phrase), 0);
        return match == null ? null : match.value();
    }

    @Test
    void nounsOfPeopleTheHandWrittenEntriesLackArePeople() {
        for (String p : new String[] {"firefighters", "villagers", "schoolteachers", "herdsmen", "pilgrim"}) {
            assertEquals(Lexicon.Noun.Kind.PERSON, noun(EN, p).kind(), p);
        }
    }

    @Test
    void handWrittenEntriesKeepTheirMeaning() {
        // both are WordNet person nouns too: "refugees" stays a count of migrants, "immigrants" a migrant noun
        assertEquals(Metric.MIGRANTS, noun(EN, "refugees").metric());
        assertEquals(Lexicon.Noun.Kind.MIGRANT, noun(EN, "immigrants").kind());
    }

    @Test
    void wordsOfOtherUseAndCountsTheGuideRulesOutAreNoPeople() {
        // "have" is a WordNet person noun ("the haves"), "domestic" a servant: both are far more often verb and adjective.
        assertNull(noun(EN, "have"));
        assertNull(noun(EN, "domestic"));
        assertNull(noun(EN, "casualties"));
        // kin are left to the hand-written lexicon: "a grandmother who lost two grandsons" is one family's loss
        assertNull(noun(EN, "grandsons"));
        assertNull(noun(ES, "nietos"));
    }

    @Test
    void spanishNounsOfPeopleComeThroughTheEnglishSpanishDictionary() {
        for (String p : new String[] {"bomberos", "pastores", "ganaderas", "francotiradores", "reclusos", "pistoleros", "cristianos", "musulmanas"}) {
            assertEquals(Lexicon.Noun.Kind.PERSON, noun(ES, p).kind(), p);
        }
        assertEquals(Lexicon.Noun.Kind.MIGRANT, noun(ES, "migrantes").kind());
        // a printer is a person in WordNet's first sense; "impresoras" and "presas" (dams) are left out by hand
        assertNull(noun(ES, "impresoras"));
        assertNull(noun(ES, "presas"));
        // a people's members are demonyms, the place table's: "vascos" and "nepaleses" are no entries here
        assertNull(noun(ES, "vascos"));
        assertNull(noun(ES, "nepaleses"));
    }
}
