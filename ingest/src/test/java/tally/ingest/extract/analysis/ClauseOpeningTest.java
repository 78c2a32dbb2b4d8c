package tally.ingest.extract.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import tally.ingest.extract.guard.NotACount;
import tally.ingest.extract.link.Linker;
import tally.ingest.lexicon.Lexicon;
import tally.ingest.text.ArticleText;
import tally.ingest.text.Token;
import tally.stats.Span;

/** {@link ClauseOpening}: a total that opens its clause names the statistic; one in passing does not. */
class ClauseOpeningTest {

    private static final LocalDate PUBLISHED = LocalDate.of(2024, 2, 10);

    /** Whether the word {@code word} of the sentence opens its clause, with {@code words} short words allowed. */
    private static boolean opens(String lang, int words, String sentence, String word) {
        Lexicon lex = Lexicon.forLanguage(lang);
        SentenceReader reader = new SentenceReader(lex, new LinkWords(new Linker(lex, new NotACount(lex)).keyWords()));
        ArticleText text = new ArticleText(sentence);
        SentenceAnalysis s = reader.read(text, new Span(0, sentence.length()), PUBLISHED);
        List<Token> t = s.tokens();
        int i = 0;
        while (!t.get(i).lower().equals(word)) {
            i++;
        }
        return new ClauseOpening(lex, words).at(s, i);
    }

    @Test
    void aSubjectAfterTimesPlacesAndArticlesOpensItsClause() {
        assertEquals(true, opens("es", 1, "En Uruguay los homicidios bajaron de 140 a 118.", "homicidios"));
        assertEquals(true, opens("es", 1, "En 2023, los homicidios bajaron.", "homicidios"));
        assertEquals(true, opens("en", 1, "Last year, homicides fell from 900 to 850.", "homicides"));
    }

    @Test
    void aWordInPassingDoesNot() {
        assertEquals(false, opens("en", 2, "There were more migrant arrivals than in 2022.", "arrivals"));
        assertEquals(false, opens("en", 2, "Police said the masterminds” of illegal immigration rackets fled.", "immigration"));
    }

    @Test
    void theShortWordsAllowedAreCountedFromTheLastTimeOrPlace() {
        assertEquals(false, opens("en", 1, "Among these deportees were 1,200 children.", "deportees"));
        assertEquals(true, opens("en", 2, "Among these deportees were 1,200 children.", "deportees"));
    }
}
