package tally.ingest.extract.link;

import java.util.BitSet;
import java.util.List;
import tally.ingest.extract.mention.PlaceMention;
import tally.ingest.lexicon.Lexicon;
import tally.ingest.text.PhraseTable;
import tally.ingest.text.Token;
import tally.stats.Metric;

/**
 * A bare count of the people of a statistic by where they come from: "Ochenta eran de Honduras,
 * 38 de El Salvador y tres de la República Dominicana" after 195 migrants found. It goes on with
 * the statistic before it (of this sentence, or the article's current one).
 */
final class OriginList implements LinkRule {

    /** How many words ("la", "República") may stand between the joining word and the place's name. */
    private static final int PLACE_PREFIX_REACH = 2;

    private final Grammar g;

    OriginList(Grammar g) {
        this.g = g;
    }

    @Override
    public Link link(LinkQuery q) {
        if (q.head() != null) {
            return null;
        }
        List<Token> t = q.s().tokens();
        int k = q.np().end();
        PhraseTable.Match<Boolean> copula = g.lex.breakdownCopulas.at(t, k);
        if (copula != null) {
            k += copula.length(); // "Ochenta eran de Honduras"
        }
        if (k >= t.size() || !g.lex.partitive.contains(t.get(k)) && !g.lex.origin.contains(t.get(k))) {
            return null;
        }
        if (!placeAt(q, k + 1)) {
            return null;
        }
        Metric current = q.statistic();
        return current == null ? null : Link.continuing(current, q.np().end(), null);
    }

    /**
     * A country at token i, perhaps after an article ("la República Dominicana"). A demonym there is the people
     * counted, not where they come from ("1,5 millones de palestinos").
     */
    private boolean placeAt(LinkQuery q, int i) {
        for (int k = i; k <= i + PLACE_PREFIX_REACH && k < q.s().tokens().size(); k++) {
            PlaceMention place = q.s().placeAt(k, null);
            if (place != null) {
                return place.kind() != tally.stats.Place.Kind.DEMONYM;
            }
            if (!g.lex.placePrefix.contains(q.s().tokens().get(k))) {
                return false;
            }
        }
        return false;
    }

    /** None: it goes on with a statistic found before, after which the extractor reads every number of the next sentences. */
    @Override
    public BitSet keyWords(Lexicon lex) {
        return new BitSet();
    }
}
