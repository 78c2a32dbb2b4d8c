package tally.ingest.extract.guard;

import java.util.List;
import tally.ingest.extract.analysis.SentenceAnalysis;
import tally.ingest.extract.mention.NumberMention;
import tally.ingest.lexicon.Lexicon;
import tally.ingest.text.Token;

/**
 * "29,000 more arrests last year than in 2011", "240 fewer deaths than": a difference between two
 * counts, not a count ({@code [difference]} right after the number, {@code [difference end]} later in the sentence).
 */
final class Difference implements NumberGuard {

    /** How far after the number the second term of the comparison may stand. */
    private static final int REACH = 12;

    private final Lexicon lex;

    Difference(Lexicon lex) {
        this.lex = lex;
    }

    @Override
    public boolean blocks(SentenceAnalysis s, NumberMention n) {
        List<Token> t = s.tokens();
        if (n.end() >= t.size() || !lex.differences.contains(t.get(n.end()))) {
            return false;
        }
        for (int i = n.end() + 1; i < t.size() && i <= n.end() + REACH; i++) {
            if (lex.differenceEnds.contains(t.get(i))) {
                return true;
            }
        }
        return false;
    }
}
