package tally.ingest.extract.guard;

import java.util.List;
import tally.ingest.extract.analysis.SentenceAnalysis;
import tally.ingest.extract.mention.NumberMention;
import tally.ingest.lexicon.Lexicon;
import tally.ingest.text.PhraseTable;
import tally.ingest.text.Token;

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

    /** How many words (a verb, "se suman") may stand between a rate's period before the count and the count. */
    private static final int BEFORE_REACH = 3;
    /** How many words may stand between a rate's base before the count ("por cada 100 mil habitantes") and the count. */
    private static final int BASE_REACH = 8;
    /** The smallest base of a rate before its count: a population ("per 100,000 inhabitants"), not "ocupados por 122". */
    private static final double SMALLEST_BASE = 1000;

    /**
     * Whether a rate's period stands a few words before the count, in its clause ({@code [rate before]}: "llegan cada día
     * unas 1.500 personas", "se suman diariamente unos 5.000 refugiados", "every day 300 people cross"): a daily, weekly
     * or monthly rate, not a count. Yearly rates stay figures.
     */
    public boolean before(SentenceAnalysis s, int mentionStart) {
        List<Token> t = s.tokens();
        if (baseBefore(s, mentionStart)) {
            return true;
        }
        for (int k = mentionStart; k > 0 && k >= mentionStart - BEFORE_REACH; k--) {
            if (lex.rateBefore.endingAt(t, k) != null) {
                return true;
            }
            if (t.get(k - 1).isPunct() || t.get(k - 1).isNumber()) {
                return false;
            }
        }
        return false;
    }

    /**
     * Whether a rate's base stands before the count in its clause ({@code [rate]} and a population: "Por cada 100 mil
     * habitantes se maneja una estadística de 37 personas muertas", "per 100,000 residents the city saw 41 murders"):
     * the count is the rate's value.
     */
    private boolean baseBefore(SentenceAnalysis s, int mentionStart) {
        List<Token> t = s.tokens();
        for (NumberMention m : s.numbers()) {
            if (m.end() > mentionStart || mentionStart - m.end() > BASE_REACH || m.value() < SMALLEST_BASE
                    || lex.rates.endingAt(t, m.start()) == null) {
                continue;
            }
            boolean sameClause = true;
            for (int k = m.end(); k < mentionStart; k++) {
                sameClause &= !t.get(k).isPunct() && lex.conjunctions.at(t, k) == null; // "6,1 por cada 100 mil y 812 asesinatos"
            }
            if (sameClause) {
                return true;
            }
        }
        return false;
    }

    /** Whether a rate starts at token i. */
    public boolean at(SentenceAnalysis s, int i) {
        for (int k = i; k < Math.min(s.tokens().size(), i + REACH); k++) {
            PhraseTable.Match<Boolean> rate = lex.rates.at(s.tokens(), k);
            if (rate != null && k + rate.length() < s.tokens().size() && s.tokens().get(k + rate.length()).isNumber()) {
                return true; // "per 100,000", and past an adjective: "10 muertes violentas por cada 100.000 habitantes"
            }
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
