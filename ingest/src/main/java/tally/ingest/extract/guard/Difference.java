package tally.ingest.extract.guard;

import java.util.List;
import tally.ingest.extract.analysis.SentenceAnalysis;
import tally.ingest.extract.mention.NumberMention;
import tally.ingest.lexicon.Lexicon;
import tally.ingest.text.PhraseTable;
import tally.stats.Qualifier;
import tally.ingest.text.Token;

/**
 * The difference between two counts, not a count: "703 casos menos", "10.136 más que en 2019",
 * "una reducción de 117 muertos", "se superan en 13 casos" ({@code [difference before]} ending at
 * the number, {@code [difference after]} a few words after it), and "29,000 more arrests last year
 * than in 2011", "240 fewer deaths than" ({@code [difference]} right after the number with
 * {@code [difference end]} later in the sentence, or a closing bracket right after it: "(10.215 más)"), and the
 * amount of a change ({@code [change up]}, {@code [change down]}) joined by {@code [difference by]}: "higher by 4,076
 * reports", "increased by more than 300", "se disminuyó en 82 casos", "fell by between 40 and 60", and the second amount
 * coordinated with one ("subieron en 44 y 45 asesinatos").
 */
public final class Difference implements NumberGuard {

    /** How many words of the counted may stand between the number and the word that makes it a difference. */
    private static final int AFTER_REACH = 3;
    /** How far after the number the second term of a comparison may stand. */
    private static final int COMPARISON_REACH = 12;

    private final Lexicon lex;

    public Difference(Lexicon lex) {
        this.lex = lex;
    }

    @Override
    public boolean blocks(SentenceAnalysis s, NumberMention n) {
        List<Token> t = s.tokens();
        return amount(t, n) || differenceAfter(t, n) || comparison(t, n) || coordinated(s, n);
    }

    /** The amount of a change, by the words before it. */
    private boolean amount(List<Token> t, NumberMention n) {
        return lex.differenceBefore.endingAt(t, n.start()) != null || changedBy(t, n);
    }

    /**
     * The second amount of a change coordinated with the first ("subieron en 44 y 45 asesinatos respectivamente",
     * "fell by 12 and 9", "al reducirse entre 70 y 50 asesinatos"): the number before the conjunction is an amount.
     */
    private boolean coordinated(SentenceAnalysis s, NumberMention n) {
        List<Token> t = s.tokens();
        PhraseTable.Match<Boolean> and = lex.conjunctions.endingAt(t, n.start());
        int join = and == null ? -1 : n.start() - and.length(); // not "rose by 12 to 150": the total it rose to
        if (join < 1) {
            return false;
        }
        NumberMention m = s.numberEndingAt(join);
        return m != null && amount(t, m);
    }

    /** "higher by 4,076", "rose by about 300", "aumentó en casi 500": the number is how much a count changed. */
    private boolean changedBy(List<Token> t, NumberMention n) {
        PhraseTable.Match<Qualifier> q = lex.qualifiers.endingAt(t, n.start());
        int by = (q == null ? n.start() : n.start() - q.length()) - 1;
        if (by > 0 && lex.rangeOpen.contains(t.get(by))) {
            if (lex.changeSign.endingAt(t, by) != null) {
                return true; // "al reducirse entre 70 y 50 asesinatos"
            }
            by--; // "fell by between 40 and 60"
        }
        return by > 0 && lex.differenceBy.contains(t.get(by)) && lex.changeSign.endingAt(t, by) != null;
    }

    private boolean differenceAfter(List<Token> t, NumberMention n) {
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

    private boolean comparison(List<Token> t, NumberMention n) {
        if (n.end() >= t.size() || !lex.differences.contains(t.get(n.end()))) {
            return false;
        }
        if (lex.differencesAlone.contains(t.get(n.end()))) {
            return true; // "with 194 less murders": no second term needed
        }
        if (n.end() + 1 < t.size() && t.get(n.end() + 1).is(")")) {
            return true; // "un 469% más (10.215 más) que en el mismo periodo", "(+139 more)": the bracket holds the difference
        }
        for (int i = n.end() + 1; i < t.size() && i <= n.end() + COMPARISON_REACH; i++) {
            if (lex.differenceEnds.contains(t.get(i))) {
                return true;
            }
        }
        return false;
    }
}
