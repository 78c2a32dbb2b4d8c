package tally.ingest.extract.link;

import java.util.List;
import tally.ingest.text.Token;
import tally.stats.Metric;

/**
 * In an article counting asylum applications, people said to come from a country ("About 1,000 of the first
 * applications came from Syrian asylum seekers", "27,700 asylum seekers came from Syria") break those
 * applications down by origin: asylum claims, not migrants arriving (realnews/README.md, "Metric choices":
 * registered applications are asylum_claims).
 */
final class AsylumOrigins {

    private final Grammar g;

    AsylumOrigins(Grammar g) {
        this.g = g;
    }

    /** The link, counting asylum claims when it counts migrants coming from somewhere under a statistic of asylum claims. */
    Link adjusted(LinkQuery q, Link link) {
        if (link.metric() == Metric.MIGRANTS && recordedSeekers(q)) {
            return link.restated(Metric.ASYLUM_CLAIMS);
        }
        if (link.metric() != Metric.MIGRANTS || q.statistic() != Metric.ASYLUM_CLAIMS) {
            return link;
        }
        List<Token> t = q.s().tokens();
        return link.end() < t.size() && g.lex.origin.contains(t.get(link.end())) ? link.restated(Metric.ASYLUM_CLAIMS) : link;
    }

    /**
     * Asylum seekers an authority recorded ("the agency registered 41,300 asylum seekers in 2024", "la Comar reportó
     * 78.975 solicitantes de asilo"): the verb of record right before the count makes them registered applications,
     * as the total noun does ("the number of asylum seekers"); those who "arrived" stay migrants.
     */
    private boolean recordedSeekers(LinkQuery q) {
        List<Token> t = q.s().tokens();
        int before = q.mentionStart() - 1;
        if (before >= 0 && g.lex.destination.contains(t.get(before)) && before > 0 && g.lex.recordVerbs.contains(t.get(before - 1))) {
            before--; // "recibió a 500 solicitantes de asilo"
        }
        if (before < 0 || !g.lex.recordVerbs.contains(t.get(before))) {
            return false;
        }
        for (int i = q.n().end(); i < q.np().end() && i < t.size(); i++) {
            tally.ingest.text.PhraseTable.Match<Metric> noun = g.lex.totalNouns.at(t, i);
            if (noun != null && noun.value() == Metric.ASYLUM_CLAIMS) {
                return true;
            }
        }
        return false;
    }
}
