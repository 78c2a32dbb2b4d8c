package tally.ingest.extract.link;

import java.util.BitSet;
import java.util.List;
import tally.ingest.extract.analysis.Candidate;
import tally.ingest.extract.analysis.SentenceAnalysis;
import tally.ingest.extract.mention.TimeMention;
import tally.ingest.lexicon.Lexicon;
import tally.ingest.text.PhraseTable;
import tally.ingest.text.Token;
import tally.stats.Metric;

/**
 * A count that continues a list or comparison of the figure before it takes that figure's metric:
 * "159 homicides in January, 135 in February and 148 in March", "4,574 last year, up from 4,136 in
 * 2011", "fell from 214 in the first half of 2023 to 197". Not a part of it ("12 people, 3 of them children").
 */
final class Continuation implements LinkRule {

    /** How far after the figure before a coordinated count may stand ("and 73 people"). */
    private static final int COORDINATION_REACH = 15;
    /** How far back, past commas, time expressions and linking words, the figure before may end. */
    private static final int LIST_REACH = 10;

    private final Grammar g;

    Continuation(Grammar g) {
        this.g = g;
    }

    @Override
    public Link link(LinkQuery q) {
        SentenceAnalysis s = q.s();
        List<Token> t = s.tokens();
        NounPhrase np = q.np();
        List<Candidate> earlier = q.earlier();
        if (earlier.isEmpty() || np.headIs(Lexicon.Noun.Kind.LIVES) || np.end() < t.size() && g.lex.partitive.contains(t.get(np.end()))) {
            return null;
        }
        if (g.ownClause(q)) {
            return null;
        }
        Candidate last = earlier.get(earlier.size() - 1);
        Metric own = g.ownVerb(q);
        if (own != null && own != last.metric()) {
            return new Link(own, np.end(), false, np.demonym()); // "six were killed and one other was injured": its own verb says what it counts
        }
        int mentionStart = q.mentionStart();
        int k = g.skipFillers(t, mentionStart);
        // "up from a record 409,849", "nearly double the 72,177": compares with the figure before.
        if (g.lex.comparisons.endingAt(t, k) != null || g.lex.comparisons.endingAt(t, mentionStart) != null) {
            return new Link(last.metric(), np.end(), false, np.demonym());
        }
        // "killed 2,100 Palestinians in Gaza, most of them civilians, and 73 people": the same verb.
        PhraseTable.Match<Boolean> and = g.lex.conjunctions.endingAt(t, k);
        boolean people = np.headIs(Lexicon.Noun.Kind.PERSON) || np.headIs(Lexicon.Noun.Kind.MIGRANT);
        if (and != null && people && k - last.mentionEnd() <= COORDINATION_REACH && g.noCountBetween(s, last.mentionEnd(), k - and.length())) {
            return Link.continuing(last.metric(), np.end(), np.demonym());
        }
        boolean glued = false;
        boolean afterTime = false;
        // past fillers the mention took in as its qualifier: ", for a total of 1,310"
        int p = mentionStart < q.n().start() ? Math.min(mentionStart, g.skipFillers(t, q.n().start())) : mentionStart;
        while (p > Math.max(0, mentionStart - LIST_REACH)) {
            for (Candidate f : earlier) {
                if (f.mentionEnd() == p) {
                    return glued ? Link.continuing(f.metric(), np.end(), np.demonym()) : null;
                }
            }
            TimeMention time = s.timeEndingAt(p);
            Token prev = t.get(p - 1);
            if (time != null) {
                p = time.start();
                afterTime = true;
                continue;
            } else if (prev.is(",") || g.lex.totalLinkWords.contains(prev)) {
                glued = true;
                p--;
            } else if (afterTime && g.lex.stopwords.contains(prev)) {
                p--; // "fell from 214 in the first half of 2023 to 197": the time's preposition
            } else {
                return null;
            }
            afterTime = false;
        }
        return null;
    }

    /** None: it continues a figure of the same sentence, which another rule linked. */
    @Override
    public BitSet keyWords(Lexicon lex) {
        return new BitSet();
    }
}
