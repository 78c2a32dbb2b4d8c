package tally.ingest.extract.analysis;

import tally.stats.Category;
import tally.stats.Kind;
import tally.stats.Metric;
import tally.stats.Period;

/**
 * What the article says around a sentence: the place it was last about, the next sentence's
 * place, the title's, whether the previous sentence was about migration, the figure before (its
 * period, kind and definition go on to counts that continue it) and the place of the statistic
 * being counted. The places and the topic are worked out when asked, from the sentences read
 * before this one and the title ({@link ContextTrail}) and the next one.
 */
public record ArticleContext(ContextTrail before, SentenceAnalysis nextSentence, Candidate previousFigure, String lastPlace) {

    /** The period of the figure before, or null. */
    public Period lastPeriod() {
        return previousFigure == null ? null : previousFigure.period();
    }

    /** There was a figure before, a stock or running tally with no period. */
    public boolean lastCurrent() {
        return previousFigure != null && previousFigure.period() == null;
    }

    public String previous() {
        return before.place();
    }

    /** {@link #previous} for a figure of this metric: {@link ContextTrail#migrationPlace} for one of migration. */
    public String previous(Metric metric) {
        return metric.category() == Category.MIGRATION ? before.migrationPlace() : before.place();
    }

    public String next() {
        return nextSentence == null ? null : nextSentence.dominantPlace();
    }

    /** {@link ContextTrail#currentMetric}. */
    public Metric currentMetric() {
        return before.currentMetric();
    }

    /** {@link ContextTrail#statedPeriod}. */
    public Period statedPeriod(Metric metric) {
        return before.statedPeriod(metric);
    }

    /** {@link ContextTrail#statedPeriodForEvent}. */
    public Period statedPeriodForEvent(Metric metric) {
        return before.statedPeriodForEvent(metric);
    }

    /** {@link ContextTrail#statedDay}. */
    public Period statedDay(Metric metric) {
        return before.statedDay(metric);
    }

    /** {@link ContextTrail#stated}. */
    public void stated(Metric metric, Period period, Kind kind) {
        before.stated(metric, period, kind);
    }

    /** {@link ContextTrail#stillCounting}. */
    public void stillCounting(Metric metric) {
        before.stillCounting(metric);
    }

    /** The kind of the figure that stated the period of this metric's category, if it is this one; else null. */
    public Kind statedKind(Metric metric, Period period) {
        return period != null && period.equals(statedPeriod(metric)) ? before.statedKind() : null;
    }

    /** The sentence before, or null. */
    public SentenceAnalysis previousSentence() {
        return before.lastSentence();
    }

    public boolean previousAboutMigrants() {
        return before.lastAboutMigrants();
    }

    /** {@link ContextTrail#articlePlace}. */
    public String articlePlace() {
        return before.articlePlace();
    }

    /** {@link ContextTrail#outletPlace}. */
    public String outletPlace() {
        return before.outletPlace();
    }

    public String best() {
        String previous = previous();
        if (previous != null) {
            return previous;
        }
        String next = next();
        return next != null ? next : before.titlePlace();
    }
}
