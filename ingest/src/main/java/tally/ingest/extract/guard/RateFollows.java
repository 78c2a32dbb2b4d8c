package tally.ingest.extract.guard;

import tally.ingest.extract.analysis.SentenceAnalysis;
import tally.ingest.lexicon.Lexicon;
import tally.ingest.text.PhraseTable;

/**
 * A rate follows a count's words, perhaps after an adjective or two: "per 100,000 inhabitants",
 * "18 a day", "20 muertes violentas cada día". Yearly rates are figures with basis per_year.
 */
public final class RateFollows {

    /** How many tokens after the words a rate period ("a day") may start. */
    private static final int REACH = 3;

    private final Lexicon lex;

    public RateFollows(Lexicon lex) {
        this.lex = lex;
    }

    /** Whether a rate starts at token i. */
    public boolean at(SentenceAnalysis s, int i) {
        PhraseTable.Match<Boolean> rate = lex.rates.at(s.tokens(), i);
        if (rate != null && i + rate.length() < s.tokens().size() && s.tokens().get(i + rate.length()).isNumber()) {
            return true;
        }
        for (int k = i; k < Math.min(s.tokens().size(), i + REACH); k++) {
            if (lex.ratePeriods.at(s.tokens(), k) != null) {
                return true;
            }
            if (s.tokens().get(k).isPunct() || lex.stopwords.contains(s.tokens().get(k))) {
                return false;
            }
        }
        return false;
    }
}
