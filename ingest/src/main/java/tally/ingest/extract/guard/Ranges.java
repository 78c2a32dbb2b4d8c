package tally.ingest.extract.guard;

import java.util.List;
import tally.ingest.extract.analysis.SentenceAnalysis;
import tally.ingest.extract.mention.NumberMention;
import tally.ingest.lexicon.Lexicon;
import tally.ingest.text.Token;

/**
 * Ranges, "between 30 and 40" or "30 to 40": one figure, read at its high end ({@link #low} gives
 * the extractor the start of the mention), so the low end is blocked. "from 30 to 40" is a change.
 */
public final class Ranges implements NumberGuard {

    private final Lexicon lex;

    public Ranges(Lexicon lex) {
        this.lex = lex;
    }

    /** The low end of a range, which the high end stands for. */
    @Override
    public boolean blocks(SentenceAnalysis s, NumberMention n) {
        List<Token> t = s.tokens();
        if (n.end() >= t.size() || !lex.rangeJoin.contains(t.get(n.end()))) {
            return false;
        }
        NumberMention high = s.numberAt(n.end() + 1);
        return high != null && !high.yearLike() && !n.yearLike() && low(s, high) == n;
    }

    @Override
    public String name() {
        return "RangeStart";
    }

    /** The low end of the range that n closes, or null. */
    public NumberMention low(SentenceAnalysis s, NumberMention n) {
        List<Token> t = s.tokens();
        if (n.start() < 2 || !lex.rangeJoin.contains(t.get(n.start() - 1))) {
            return null;
        }
        NumberMention low = null;
        for (NumberMention m : s.numbers()) {
            if (m.end() == n.start() - 1) {
                low = m;
            }
        }
        if (low == null || low.yearLike() || n.yearLike() || low.value() >= n.value()) {
            return null;
        }
        // "and"/"y" joins a range only after "between"/"entre" ("los 24.634 y 24.657 de enero y febrero" are two
        // counts); "or", "to" and a dash join one anyway.
        int join = n.start() - 1;
        boolean and = lex.conjunctions.at(t, join) != null && lex.disjunctions.at(t, join) == null;
        boolean opened = low.start() > 0 && lex.rangeOpen.contains(t.get(low.start() - 1));
        boolean afterFrom = low.start() > 0 && lex.origin.contains(t.get(low.start() - 1));
        return (opened || !and) && !afterFrom && !changeFrom(lex, t, low.start()) ? low : null;
    }

    /**
     * Whether the number at {@code start} is the value a verb of change started from ("pasaron de 38 a 166",
     * "subió de 11 a 75"): a change, two counts, where "de 30 a 40 personas" alone is a range.
     */
    public static boolean changeFrom(Lexicon lex, List<Token> t, int start) {
        if (start < 2 || !lex.changeFrom.contains(t.get(start - 1))) {
            return false;
        }
        tally.ingest.text.PhraseTable.Match<Boolean> verb = totalLinkEndingAt(lex, t, start);
        return verb != null && verb.length() >= 2;
    }

    /** A linking phrase of a total that ends at {@code start}, also past a percent change ("increased about 7% from"). */
    public static tally.ingest.text.PhraseTable.Match<Boolean> totalLinkEndingAt(Lexicon lex, List<Token> t, int start) {
        tally.ingest.text.PhraseTable.Match<Boolean> link = lex.totalLinks.endingAt(t, start);
        return link != null ? link : PercentAside.endingAt(lex, lex.totalLinks, t, start);
    }
}
