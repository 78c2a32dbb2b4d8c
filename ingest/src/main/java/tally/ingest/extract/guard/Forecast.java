package tally.ingest.extract.guard;

import java.util.List;
import tally.ingest.extract.analysis.SentenceAnalysis;
import tally.ingest.lexicon.Lexicon;
import tally.ingest.text.Token;

/** "could displace 1 million", "plans to deport 400,000": a forecast or plan, not a count ({@code [forecast]}). */
public final class Forecast {

    /** How many tokens before the mention, within its clause, a forecast word may stand. */
    private static final int LOOKBACK = 8;

    private final Lexicon lex;

    public Forecast(Lexicon lex) {
        this.lex = lex;
    }

    /** Whether the clause of the mention [mentionStart, linkEnd], or the word right after it, forecasts it. */
    public boolean blocks(SentenceAnalysis s, int mentionStart, int linkEnd) {
        List<Token> t = s.tokens();
        int from = mentionStart;
        while (from > 0 && from > mentionStart - LOOKBACK && !t.get(from - 1).is(";") && !t.get(from - 1).is(":")) {
            from--;
        }
        // through the word right after the link: "another 100,000 could follow" ends its link at the number
        for (int i = from; i <= linkEnd && i < t.size(); i++) {
            if (lex.forecasts.at(t, i) != null) {
                return true;
            }
        }
        return false;
    }
}
