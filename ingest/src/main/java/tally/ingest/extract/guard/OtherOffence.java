package tally.ingest.extract.guard;

import java.util.List;
import java.util.Set;
import tally.ingest.extract.analysis.Candidate;
import tally.ingest.extract.analysis.SentenceAnalysis;
import tally.ingest.extract.link.Link;
import tally.ingest.extract.link.NounPhrase;
import tally.ingest.lexicon.Lexicon;
import tally.ingest.text.Token;

/**
 * "Shootings are down 13 per cent with 312 cases compared to 360", "robos: 4.100 denuncias": a count
 * with no word of its own for what it counts, after the name of another offence, counts that offence,
 * not the statistic the article is counting ({@code [other offence]}). Crime reports list several.
 */
public final class OtherOffence {

    /** The rules that give a count the metric of the statistic before it, for want of a word of its own. */
    private static final Set<String> WORDLESS = Set.of("Elliptical", "Continuation", "RecordOfCurrent");

    private final Lexicon lex;

    public OtherOffence(Lexicon lex) {
        this.lex = lex;
    }

    /**
     * Whether a count linked with no word of its own (a bare number or a record: "312 cases") follows
     * another offence's name, after the last figure found in its sentence.
     */
    public boolean blocks(SentenceAnalysis s, NounPhrase np, Link link, int mentionStart, List<Candidate> earlier) {
        if (!WORDLESS.contains(link.rule())
                || !(np.head() == null || np.headIs(Lexicon.Noun.Kind.RECORD))) {
            return false;
        }
        List<Token> t = s.tokens();
        if (np.headIs(Lexicon.Noun.Kind.RECORD) && namedAfter(t, np.end())) {
            return true;
        }
        int from = earlier.isEmpty() ? 0 : earlier.get(earlier.size() - 1).mentionEnd();
        for (int i = from; i < mentionStart; i++) {
            if (lex.otherOffences.contains(t.get(i))) {
                return true;
            }
        }
        return false;
    }

    /** How many words after a record ("945 cases of shootings", "304 casos de robo") its offence may stand. */
    private static final int RECORD_REACH = 3;

    /**
     * Records whose offence is named right after them, past "of" ("945 cases of shootings", "304 casos de violación"):
     * they count that offence, not a metric of ours ("cases of homicide" is a noun of the lexicon, read before).
     */
    private boolean namedAfter(List<Token> t, int end) {
        for (int i = end; i < Math.min(t.size(), end + RECORD_REACH); i++) {
            if (lex.otherOffences.contains(t.get(i))) {
                return i + 1 >= t.size() || lex.nouns.at(t, i + 1) == null; // not "cases of shooting deaths"
            }
            if (t.get(i).isPunct() || t.get(i).isNumber()) {
                return false;
            }
        }
        return false;
    }
}
