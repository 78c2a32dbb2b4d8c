package tally.ingest.extract.link;

import java.util.BitSet;
import java.util.List;
import tally.ingest.lexicon.Lexicon;
import tally.ingest.text.Token;
import tally.stats.Metric;

/**
 * A migrant noun with no verb that says more: "some 150,000 unauthorized immigrants"; dead ones
 * ({@code [death adjective]}: "13 dead immigrants", "the bodies of 20 drowned migrants") died migrating.
 */
final class MigrantNoun implements LinkRule {

    private final Grammar g;

    MigrantNoun(Grammar g) {
        this.g = g;
    }

    @Override
    public Link link(LinkQuery q) {
        if (!q.np().headIs(Lexicon.Noun.Kind.MIGRANT)) {
            return null;
        }
        List<Token> t = q.s().tokens();
        for (int i = q.n().end(); i < q.np().end() && i < t.size(); i++) {
            if (g.lex.deathAdjectives.contains(t.get(i))) {
                return new Link(Metric.MIGRANT_DEATHS, q.np().end(), false, q.np().demonym());
            }
        }
        return new Link(Metric.MIGRANTS, q.np().end(), false, q.np().demonym());
    }

    @Override
    public BitSet keyWords(Lexicon lex) {
        return lex.nouns.keyWords(n -> n.kind() == Lexicon.Noun.Kind.MIGRANT);
    }
}
