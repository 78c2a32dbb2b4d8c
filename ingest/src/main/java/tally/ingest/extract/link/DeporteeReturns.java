package tally.ingest.extract.link;

import tally.ingest.text.Token;
import tally.stats.Metric;

/**
 * In an article counting deportations, people said to come back, arrive or be received ("el retorno de
 * 434 personas provenientes de México", "Guatemala ha recibido 22 mil 250 personas retornadas") are the
 * deportees of the country that sent them, not migrants arriving (realnews/README.md, "Metric choices":
 * the part that was deported is deportations of the deporting country).
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
        for (Token tok : q.s().tokens()) {
            if (g.lex.deporteeReturns.contains(tok)) {
                return link.deportees();
            }
        }
        return link;
    }
}
