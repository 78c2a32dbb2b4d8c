package tally.ingest.extract.guard;

import java.util.List;
import java.util.Set;
import tally.ingest.extract.analysis.Candidate;
import tally.ingest.extract.analysis.RescueAtSea;
import tally.ingest.extract.analysis.SentenceAnalysis;
import tally.ingest.extract.link.Link;
import tally.ingest.lexicon.Lexicon;
import tally.ingest.text.PhraseTable;
import tally.ingest.text.Token;

/**
 * People assisted, rescued or surviving are no figure (realnews/README.md, "What is not a figure"):
 * "assistance to 799 Afghans deported from Iran", "(467 individuals) assisted", "13,500 refugees
 * benefitted from legal aid", "41 people surviving", and the breakdown of such a count that follows
 * in its sentence (a count with no word of its own, or after a list lead: "including 79 unaccompanied children"). Words: {@code [helped before]}, {@code [helped after]}.
 * A rescue at sea ({@link RescueAtSea}) is how people arrive, not help.
 */
public final class PeopleHelped {

    /** The rules that give a count the metric of the statistic before it, for want of a word of its own. */
    private static final Set<String> WORDLESS = Set.of("Elliptical", "Continuation", "RecordOfCurrent");
    /** How many closing brackets, commas and auxiliaries may stand between the counted and the verb after them. */
    private static final int AFTER_REACH = 3;

    private final Lexicon lex;
    private final RescueAtSea rescueAtSea;

    public PeopleHelped(Lexicon lex) {
        this.lex = lex;
        this.rescueAtSea = new RescueAtSea(lex);
    }

    /** @param npEnd where the counted people's noun phrase ends */
    public boolean blocks(SentenceAnalysis s, int npEnd, Link link, int mentionStart, List<Candidate> earlier) {
        return helped(s, npEnd, link, mentionStart, earlier) && !rescueAtSea.in(s); // people brought ashore: arrivals
    }

    private boolean helped(SentenceAnalysis s, int npEnd, Link link, int mentionStart, List<Candidate> earlier) {
        List<Token> t = s.tokens();
        if (lex.helpedBefore.endingAt(t, mentionStart) != null) {
            return true;
        }
        int i = npEnd;
        for (int skipped = 0; i < t.size() && skipped < AFTER_REACH; skipped++) {
            Token tok = t.get(i);
            if (!(tok.is(")") || tok.is(",") || lex.passive.contains(tok) || lex.perfect.contains(tok))) {
                break;
            }
            i++;
        }
        if (lex.helpedAfter.at(t, i) != null) {
            return true;
        }
        if (link.end() > npEnd && lex.helpedAfter.endingAt(t, link.end()) != null) {
            return true; // the verb that links a count farther on ("three of the kidnapped travellers were rescued")
        }
        if (!WORDLESS.contains(link.rule()) && lex.listLeads.endingAt(t, mentionStart) == null) {
            return false;
        }
        int from = earlier.isEmpty() ? 0 : earlier.get(earlier.size() - 1).mentionEnd();
        for (int k = from + 1; k <= mentionStart; k++) {
            PhraseTable.Match<Boolean> helped = lex.helpedBefore.endingAt(t, k);
            if (helped != null && k - helped.length() >= from) {
                return true;
            }
        }
        return false;
    }
}
