package tally.ingest.extract.link;

import java.util.BitSet;
import tally.ingest.lexicon.Lexicon;
import tally.ingest.text.PhraseTable;
import tally.stats.Metric;

/**
 * An act of which the counted people are the victims: "the killing of 72 migrants", "el secuestro de 20";
 * of migrants, the act's migration metric ("la detención de 213 migrantes" is an apprehension).
 */
final class ActOf implements LinkRule {

    private final Grammar g;

    ActOf(Grammar g) {
        this.g = g;
    }

    @Override
    public Link link(LinkQuery q) {
        if (!ObjectVerb.takesObject(g, q)) {
            return null;
        }
        PhraseTable.Match<Lexicon.Act> act = g.lex.actsOf.endingAt(q.s().tokens(), q.verbEnd());
        if (act == null) {
            return null;
        }
        boolean migrants = q.np().headIs(Lexicon.Noun.Kind.MIGRANT) || q.s().aboutMigrants();
        Metric metric = act.value().metric();
        if (metric != Metric.DEATHS && metric != act.value().onCrossing() && (migrants || q.aboutMigration())) {
            metric = act.value().onCrossing(); // "la detención de 213 migrantes" is an apprehension, not an arrest
        }
        return new Link(g.crossingAdjusted(q.s(), metric, act.value().onCrossing(), migrants), q.np().end(), false,
                q.np().demonym());
    }

    @Override
    public BitSet keyWords(Lexicon lex) {
        return lex.actsOf.keyWords(v -> true);
    }
}
