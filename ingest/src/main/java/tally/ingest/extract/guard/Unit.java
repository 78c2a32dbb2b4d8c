package tally.ingest.extract.guard;

import java.util.List;
import tally.ingest.extract.analysis.SentenceAnalysis;
import tally.ingest.extract.mention.NumberMention;
import tally.ingest.lexicon.Lexicon;
import tally.ingest.text.Token;

/**
 * "20 kilometers", "5-year": a measure, money or duration ({@code [unit]}); also every member of a list or range of
 * numbers whose last member bears the unit ("de 10, 14 y 17 años", "de entre 13 y 17 años", "20 and 30 years old"): those
 * are ages too, not counts.
 */
final class Unit implements NumberGuard {

    /** How many numbers such a list may hold before its last. */
    private static final int MAX_MEMBERS = 6;

    private final Lexicon lex;

    Unit(Lexicon lex) {
        this.lex = lex;
    }

    @Override
    public boolean blocks(SentenceAnalysis s, NumberMention n) {
        List<Token> t = s.tokens();
        return unitAt(t, n.end()) || unitClosesList(s, n.end());
    }

    private boolean unitAt(List<Token> t, int b) {
        return lex.units.at(t, b) != null || b < t.size() && t.get(b).is("-") && lex.units.at(t, b + 1) != null;
    }

    /**
     * Numbers follow from b, each right after a comma or a word that joins a list or range, the last after "and" or "to"
     * and before a unit. A comma alone joins no last member ("43, 10 años después" is a count and a duration).
     */
    private boolean unitClosesList(SentenceAnalysis s, int b) {
        List<Token> t = s.tokens();
        int k = b;
        for (int member = 0; member < MAX_MEMBERS && k < t.size(); member++) {
            boolean joined = false;
            if (t.get(k).is(",")) {
                k++;
            } else if (k < t.size() && lex.rangeJoin.contains(t.get(k))) {
                k++;
                joined = true;
            } else {
                return false;
            }
            NumberMention next = k < t.size() && t.get(k).isNumber() ? s.numberAt(k) : null;
            if (next == null) {
                return false;
            }
            if (unitAt(t, next.end())) {
                return joined;
            }
            k = next.end();
        }
        return false;
    }
}
