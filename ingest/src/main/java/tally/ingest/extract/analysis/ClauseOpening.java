package tally.ingest.extract.analysis;

import java.util.List;
import tally.ingest.extract.mention.PlaceMention;
import tally.ingest.extract.mention.TimeMention;
import tally.ingest.lexicon.Lexicon;
import tally.ingest.text.Token;

/**
 * Whether a word opens its clause, as the subject a total names does ("Los homicidios en Colombia ...", "En 2023 las
 * llegadas ...", "in Uruguay, homicides fell from"): only times, places and a word or two of the lexicon's stopwords
 * stand before it in its clause, which the sentence or a comma, semicolon, colon or bracket opens; not "There were
 * more migrant arrivals", "masterminds” of illegal immigration rackets".
 */
public final class ClauseOpening {

    private final Lexicon lex;
    /** How many short words (articles, a preposition) may stand before the word, or before a time or place. */
    private final int openingWords;

    public ClauseOpening(Lexicon lex, int openingWords) {
        this.lex = lex;
        this.openingWords = openingWords;
    }

    /** Whether token i opens its clause. */
    public boolean at(SentenceAnalysis s, int i) {
        List<Token> t = s.tokens();
        int k = i;
        int words = 0;
        while (k > 0 && !t.get(k - 1).isPunct()) {
            TimeMention time = s.timeEndingAt(k);
            PlaceMention place = time == null ? s.placeEndingAt(k) : null;
            if (time != null) {
                k = time.start();
                words = 0;
            } else if (place != null) {
                k = place.start();
                words = 0;
            } else if (lex.stopwords.contains(t.get(k - 1)) && ++words <= openingWords) {
                k--;
            } else {
                return false;
            }
        }
        return k == 0 || t.get(k - 1).is(",") || t.get(k - 1).is(";") || t.get(k - 1).is(":") || t.get(k - 1).is("(");
    }
}
