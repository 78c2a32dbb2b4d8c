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
        if (link.metric() != Metric.MIGRANTS || q.statistic() != Metric.ASYLUM_CLAIMS) {
            return link;
        }
        List<Token> t = q.s().tokens();
        return link.end() < t.size() && g.lex.origin.contains(t.get(link.end())) ? link.restated(Metric.ASYLUM_CLAIMS) : link;
    }
}
