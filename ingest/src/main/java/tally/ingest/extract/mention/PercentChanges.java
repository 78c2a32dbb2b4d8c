package tally.ingest.extract.mention;

import java.util.ArrayList;
import java.util.List;
import tally.ingest.lexicon.Lexicon;
import tally.ingest.text.PhraseTable;
import tally.ingest.text.Token;

/** Percent changes in a sentence ("a 70 percent drop", "down 12%"). */
public final class PercentChanges {

    /** How long an aside between a change's words and its baseline may be ("un 469 % más (10.215 más) que en 2023"). */
    private static final int ASIDE_REACH = 6;

    private final Lexicon lex;

    public PercentChanges(Lexicon lex) {
        this.lex = lex;
    }

    public List<ChangeMention> changes(List<Token> t, List<NumberMention> numbers) {
        List<ChangeMention> found = new ArrayList<>();
        for (NumberMention n : numbers) {
            PhraseTable.Match<Boolean> pct = lex.percent.at(t, n.end());
            if (pct == null) {
                continue;
            }
            int after = n.end() + pct.length();
            if (after < t.size() && t.get(after).is("-")) {
                after++;
            }
            PhraseTable.Match<Integer> sign = lex.changeSign.at(t, after);
            int start = n.start();
            int end = sign == null ? after : after + sign.length();
            if (sign == null) {
                // "fell 70 percent", "down by 12%"
                int k = n.start();
                if (k > 0 && lex.changeBy.contains(t.get(k - 1))) {
                    k--; // "down by 12%", "a decline of 53 percent"
                }
                sign = lex.changeSign.endingAt(t, k);
                if (sign == null) {
                    continue;
                }
                start = k - sign.length();
            }
            // The change ends after its words, or, when its baseline follows ("from the rates of
            // 2000-2005"), at the end of the clause, so the baseline's dates do not date the figure.
            int baseline = afterAside(t, end);
            if (baseline < t.size() && lex.changeBaseline.contains(t.get(baseline))) {
                end = baseline;
                while (end < t.size() && !t.get(end).is(";") && !t.get(end).is(",")) {
                    end++;
                }
            }
            found.add(new ChangeMention(sign.value() * n.value(), start, end));
        }
        return found;
    }

    /**
     * The token after a parenthesized aside that starts at i ("un 469 % más (10.215 más) que en el mismo periodo"), so
     * the baseline after it is still the change's; i itself when no short aside starts there.
     */
    private static int afterAside(List<Token> t, int i) {
        if (i >= t.size() || !t.get(i).is("(")) {
            return i;
        }
        for (int k = i + 1; k < t.size() && k <= i + ASIDE_REACH; k++) {
            if (t.get(k).is(")")) {
                return k + 1;
            }
        }
        return i;
    }
}
