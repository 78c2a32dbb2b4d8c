package tally.ingest.extract.link;

import java.util.BitSet;
import tally.ingest.lexicon.Lexicon;
import tally.stats.Metric;

/** A migrant noun with no verb that says more: "some 150,000 unauthorized immigrants". */
final class MigrantNoun implements LinkRule {

    @Override
    public Link link(LinkQuery q) {
        return q.np().headIs(Lexicon.Noun.Kind.MIGRANT) ? new Link(Metric.MIGRANTS, q.np().end(), false, q.np().demonym()) : null;
    }

    @Override
    public BitSet keyWords(Lexicon lex) {
        return lex.nouns.keyWords(n -> n.kind() == Lexicon.Noun.Kind.MIGRANT);
    }
}
