package tally.ingest.extract.guard;

import java.util.List;
import tally.ingest.extract.analysis.SentenceAnalysis;
import tally.ingest.extract.mention.NumberMention;
import tally.ingest.lexicon.Lexicon;
import tally.ingest.text.Token;

/** "Page 2", "No. 5", "Highway 15", "MS-13", "aged 8, 12 and 15": a number that names rather than counts ({@code [label]}). */
final class Label implements NumberGuard {

    private final Lexicon lex;

    Label(Lexicon lex) {
        this.lex = lex;
    }

    @Override
    public boolean blocks(SentenceAnalysis s, NumberMention n) {
        List<Token> t = s.tokens();
        int a = n.start();
        return labelled(t, a) || laterMember(s, n);
    }

    private boolean labelled(List<Token> t, int a) {
        return lex.labels.endingAt(t, a) != null
                || a > 0 && (t.get(a - 1).is(".") || t.get(a - 1).is("-")) && lex.labels.endingAt(t, a - 1) != null;
    }

    /** How many numbers a labelled list may hold. */
    private static final int MAX_MEMBERS = 6;

    /**
     * A later member of a list or range of numbers whose first one bears the label ("aged 8, 12 and 15", "ages 20 to 30"):
     * a label too. The list needs a word that joins its last member ("and", "to"), before or after this one: a comma alone
     * joins no count to a label ("Gate 5, 300 crossed"); and a conjunction alone joins no count either ("in District 9 and
     * 12 were hurt"), a range word does ("aged 15 to 18").
     */
    private boolean laterMember(SentenceAnalysis s, NumberMention n) {
        List<Token> t = s.tokens();
        boolean joined = false;
        boolean listed = false; // a comma or a range word joins a member
        int a = n.start();
        for (int member = 0; member < MAX_MEMBERS && a > 1; member++) {
            Token sep = t.get(a - 1);
            if (!sep.is(",") && !lex.rangeJoin.contains(sep)) {
                return false;
            }
            joined |= !sep.is(",");
            listed |= sep.is(",") || lex.conjunctions.at(t, a - 1) == null;
            NumberMention before = s.numberEndingAt(a - 1);
            if (before == null) {
                return false;
            }
            if (labelled(t, before.start())) {
                return listed && (joined || joinedAfter(s, n));
            }
            a = before.start();
        }
        return false;
    }

    /** The list goes on after n with commas and ends with a joining word and a number. */
    private boolean joinedAfter(SentenceAnalysis s, NumberMention n) {
        List<Token> t = s.tokens();
        int k = n.end();
        for (int member = 0; member < MAX_MEMBERS && k + 1 < t.size(); member++) {
            boolean comma = t.get(k).is(",");
            if (!comma && !lex.rangeJoin.contains(t.get(k))) {
                return false;
            }
            NumberMention next = t.get(k + 1).isNumber() ? s.numberAt(k + 1) : null;
            if (next == null) {
                return false;
            }
            if (!comma) {
                return true;
            }
            k = next.end();
        }
        return false;
    }
}
