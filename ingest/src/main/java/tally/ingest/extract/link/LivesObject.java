package tally.ingest.extract.link;

import java.util.BitSet;
import tally.ingest.lexicon.Lexicon;
import tally.ingest.text.PhraseTable;
import tally.stats.Metric;

/** Lives as the object of a verb of lives: "claimed 35,000 lives", "has cost 1,200 lives"; on the crossing, migrant deaths. */
final class LivesObject implements LinkRule {

    private final Grammar g;

    LivesObject(Grammar g) {
        this.g = g;
    }

    @Override
    public Link link(LinkQuery q) {
        if (!q.np().headIs(Lexicon.Noun.Kind.LIVES)) {
            return null;
        }
        PhraseTable.Match<Boolean> lives = g.lex.livesVerbs.endingAt(q.s().tokens(), q.verbEnd());
        if (lives == null) {
            return null;
        }
        boolean perfect = g.perfectBefore(q.s().tokens(), q.verbEnd() - lives.length() - 1);
        return new Link(g.crossingAdjusted(q, Metric.DEATHS, Metric.MIGRANT_DEATHS), q.np().end(), perfect, q.np().demonym());
    }

    @Override
    public BitSet keyWords(Lexicon lex) {
        return lex.livesVerbs.keyWords(v -> true);
    }
}
