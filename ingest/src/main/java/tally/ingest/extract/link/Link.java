package tally.ingest.extract.link;

import tally.stats.Metric;

/**
 * How a number was linked to what it counts.
 *
 * @param end          the token after the linking words
 * @param perfect      a perfect tense ("have been killed"): a running total rather than an event
 * @param npDemonym    the country of a demonym in the counted people's noun phrase, or null
 * @param displacement the verb displaces people, or deportees are seen coming back: the place is where they were, not where they went
 * @param continues    it goes on with the statistic before it: without a time of its own, it has that one's period
 * @param rule         the name of the {@link LinkRule} that linked it
 */
public record Link(Metric metric, int end, boolean perfect, String npDemonym, boolean displacement, boolean continues, String rule) {

    Link(Metric metric, int end, boolean perfect, String npDemonym) {
        this(metric, end, perfect, npDemonym, false, false, null);
    }

    Link(Metric metric, int end, boolean perfect, String npDemonym, boolean displacement) {
        this(metric, end, perfect, npDemonym, displacement, false, null);
    }

    /** A link that goes on with the statistic before it ({@code continues}). */
    static Link continuing(Metric metric, int end, String npDemonym) {
        return new Link(metric, end, false, npDemonym, false, true, null);
    }

    /** It counts the same statistic as the figure before: it goes on with it, or compares with it ("down from 12 million in 2007"). */
    public boolean sameStatistic() {
        return continues || Continuation.class.getSimpleName().equals(rule);
    }

    /** It is a count the article stated before, said again ({@link Restated}). */
    public boolean restatesEarlier() {
        return Restated.class.getSimpleName().equals(rule);
    }

    /** The same link, counting deportations of people seen coming back: placed where they came from ({@code displacement}). */
    Link deportees() {
        return new Link(Metric.DEPORTATIONS, end, perfect, npDemonym, true, continues, rule);
    }

    /** The same link, counting another metric: a count the article stated before under that one, restated. */
    public Link restated(Metric other) {
        return new Link(other, end, perfect, npDemonym, displacement, continues, rule);
    }

    Link named(String name) {
        return new Link(metric, end, perfect, npDemonym, displacement, continues, name);
    }
}
