package tally.ingest.extract.link;

import java.util.BitSet;
import tally.ingest.lexicon.Lexicon;
import tally.stats.Metric;

/**
 * Records of a count ("peticiones", "solicitudes", "carpetas de investigación", "cases") count what
 * the article is counting, in a list or not: "de enero a octubre 108.195 peticiones" after asylum
 * claims, "al registrarse 85 carpetas de investigación" after kidnappings. With no statistic before
 * them they count nothing we know. ({@link Elliptical} reads them first where they continue a list.)
 */
final class RecordOfCurrent implements LinkRule {

    @Override
    public Link link(LinkQuery q) {
        if (!q.np().headIs(Lexicon.Noun.Kind.RECORD)) {
            return null;
        }
        Metric current = q.earlier().isEmpty() ? q.currentMetric().get() : q.earlier().get(q.earlier().size() - 1).metric();
        return current == null ? null : new Link(current, q.np().end(), false, q.np().demonym());
    }

    @Override
    public BitSet keyWords(Lexicon lex) {
        return lex.nouns.keyWords(n -> n.kind() == Lexicon.Noun.Kind.RECORD);
    }
}
