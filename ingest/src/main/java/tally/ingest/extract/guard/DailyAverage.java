package tally.ingest.extract.guard;

import java.util.List;
import tally.ingest.text.Token;

import tally.ingest.extract.analysis.SentenceAnalysis;
import tally.ingest.extract.mention.NumberMention;
import tally.ingest.lexicon.Lexicon;

/**
 * "On an average day in May, agents encountered 4,400 people", "an average of about 40 migrants": a daily rate or an
 * average, not a count; also with the average or rate after the count in its clause ("up to 13,000 refugees are returning
 * every week", "unos 24 balseros salieron como promedio diario").
 */
public final class DailyAverage implements NumberGuard {

    /** How many tokens before the number "an average day" may start. */
    private static final int REACH = 10;

    private final Lexicon lex;

    public DailyAverage(Lexicon lex) {
        this.lex = lex;
    }

    @Override
    public boolean blocks(SentenceAnalysis s, NumberMention n) {
        List<Token> t = s.tokens();
        for (int i = Math.max(0, n.start() - REACH); i < n.start(); i++) {
            if (lex.averageDay.at(t, i) != null) {
                return true;
            }
        }
        for (int i = n.end(); i < t.size() && i <= n.end() + REACH; i++) {
            if (t.get(i).isPunct() || t.get(i).isNumber()) {
                return false; // the clause, or the next count, ends the reach
            }
            if (lex.averageAfter.at(t, i) != null) {
                return true;
            }
        }
        return false;
    }
}
