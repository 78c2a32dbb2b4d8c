package tally.ingest.extract.link;

import tally.stats.Metric;

/**
 * In an article counting kidnappings, people said after their noun to be missing ("3 victims missing", "31
 * pasajeros ... se encuentran desaparecidos") are the kidnapped still held, not forced disappearances
 * (realnews/README.md, "Metric choices": "missing" kidnapped passengers are kidnappings; a registry of missing
 * people, counted by its own noun, "26,121 desaparecidos", stays disappearances).
 */
final class KidnappedMissing {

    /** The link, counting kidnappings when people are said to be missing under a statistic of kidnappings. */
    Link adjusted(LinkQuery q, Link link) {
        if (link.metric() != Metric.DISAPPEARANCES || q.statistic() != Metric.KIDNAPPINGS) {
            return link;
        }
        boolean predicate = q.np().headWord() != null && link.end() - 1 >= q.np().end();
        return predicate ? link.restated(Metric.KIDNAPPINGS) : link;
    }
}
