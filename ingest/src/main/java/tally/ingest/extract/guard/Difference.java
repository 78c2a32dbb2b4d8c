package tally.ingest.extract.guard;

import java.util.List;
import tally.ingest.extract.analysis.SentenceAnalysis;
import tally.ingest.extract.mention.NumberMention;
import tally.ingest.lexicon.Lexicon;
import tally.ingest.text.Token;

/**
 * "703 casos menos", "10.136 más que en 2019", "una reducción de 117 muertos", "se superan en 13 casos",
 * "29,000 fewer arrests": the difference between two counts, not a count ({@code [difference before]},
 * {@code [difference after]}).
 */
public final class Difference implements NumberGuard {

    /** How many words of the counted may stand between the number and the word that makes it a difference. */
    private static final int AFTER_REACH = 3;

    private final Lexicon lex;

    public Difference(Lexicon lex) {
        this.lex = lex;
    }

    @Override
    public boolean blocks(SentenceAnalysis s, NumberMention n) {
        List<Token> t = s.tokens();
        if (lex.differenceBefore.endingAt(t, n.start()) != null) {
            return true;
        }
        for (int i = n.end(); i < t.size() && i <= n.end() + AFTER_REACH; i++) {
            if (lex.differenceAfter.at(t, i) != null) {
                return true;
            }
            if (t.get(i).isPunct() || t.get(i).isNumber()) {
                return false;
            }
        }
        return false;
    }
}
