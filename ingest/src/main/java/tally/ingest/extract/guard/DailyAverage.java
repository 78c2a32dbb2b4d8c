package tally.ingest.extract.guard;

import tally.ingest.extract.analysis.SentenceAnalysis;
import tally.ingest.extract.mention.NumberMention;
import tally.ingest.lexicon.Lexicon;

/** "On an average day in May, agents encountered 4,400 people": a daily rate, not a count. */
public final class DailyAverage implements NumberGuard {

    /** How many tokens before the number "an average day" may start. */
    private static final int REACH = 10;

    private final Lexicon lex;

    public DailyAverage(Lexicon lex) {
        this.lex = lex;
    }

    @Override
    public boolean blocks(SentenceAnalysis s, NumberMention n) {
        for (int i = Math.max(0, n.start() - REACH); i < n.start(); i++) {
            if (lex.averageDay.at(s.tokens(), i) != null) {
                return true;
            }
        }
        return false;
    }
}
