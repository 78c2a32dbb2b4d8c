package tally.ingest.extract.link;

import java.util.BitSet;
import tally.ingest.lexicon.Lexicon;
import tally.stats.Metric;

/** A metric noun after the number: "15,273 homicides", "53 migrants dead" on a crossing are migrant deaths. */
final class MetricNoun implements LinkRule {

    private final Grammar g;

    MetricNoun(Grammar g) {
        this.g = g;
    }

    @Override
    public Link link(LinkQuery q) {
        if (!q.np().headIs(Lexicon.Noun.Kind.METRIC)) {
            return null;
        }
        Metric m = g.crossingAdjusted(q, q.head().metric(), Metric.MIGRANT_DEATHS);
        return new Link(m, q.np().end(), false, q.np().demonym());
    }

    @Override
    public BitSet keyWords(Lexicon lex) {
        return lex.nouns.keyWords(n -> n.kind() == Lexicon.Noun.Kind.METRIC);
    }
}
