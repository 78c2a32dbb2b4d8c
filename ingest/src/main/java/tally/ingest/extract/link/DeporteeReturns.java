package tally.ingest.extract.link;

import java.util.List;
import tally.ingest.text.Token;
import tally.stats.Metric;

/**
 * In an article counting deportations, people said to come back, arrive or be received ("el retorno de
 * 434 personas provenientes de México", "Guatemala ha recibido 22 mil 250 personas retornadas") are the
 * deportees of the country that sent them, not migrants arriving (realnews/README.md, "Metric choices":
 * the part that was deported is deportations of the deporting country), unless the counted are the subject of an
 * active verb of going back ("496 Afghans returned from Pakistan, 42 were deported": the 496 are returnees).
 */
final class DeporteeReturns {

    private final Grammar g;

    DeporteeReturns(Grammar g) {
        this.g = g;
    }

    /** The link, counting deportations when it counts returning migrants under a statistic of deportations. */
    Link adjusted(LinkQuery q, Link link) {
        if (link.metric() != Metric.MIGRANTS || q.statistic() != Metric.DEPORTATIONS) {
            return link;
        }
        List<Token> t = q.s().tokens();
        int verb = link.end() - 1;
        if (verb >= q.np().end() && verb < t.size() && q.np().headWord() != null && g.lex.activeReturns.contains(t.get(verb))) {
            // "496 undocumented Afghans returned from Pakistan", beside "42 were deported": the counted went back
            // themselves (SubjectVerb's active return, the verb after the counted noun), returnees even where the article
            // also counts the deported; "received 150 returned migrants" stays the deportees'
            return link;
        }
        for (Token tok : q.s().tokens()) {
            if (g.lex.deporteeReturns.contains(tok)) {
                return link.deportees();
            }
        }
        return link;
    }
}
