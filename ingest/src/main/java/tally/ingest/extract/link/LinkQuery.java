package tally.ingest.extract.link;

import java.util.List;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;
import tally.ingest.extract.analysis.Candidate;
import tally.ingest.extract.analysis.SentenceAnalysis;
import tally.ingest.extract.mention.NumberMention;
import tally.ingest.lexicon.Lexicon;
import tally.stats.Category;
import tally.stats.Metric;

/**
 * What a {@link LinkRule} is asked about: a number, where its mention starts, the noun phrase after
 * it, and the figures found before it in the sentence.
 *
 * @param migrationContext whether the sentence before was about migration: asked only when a
 *                         verb's metric depends on it, as finding out may need that sentence's tokens
 * @param currentMetric    the metric the article is counting (of its last figure, a sentence or two before), or null
 * @param verbEnd          where a verb taking the number as object would end: before the mention,
 *                         fillers and a time expression skipped ("detuvo el domingo a 38 personas")
 */
record LinkQuery(SentenceAnalysis s, NumberMention n, int mentionStart, NounPhrase np, BooleanSupplier migrationContext,
                 Supplier<Metric> currentMetric, List<Candidate> earlier, int verbEnd) {

    Lexicon.Noun head() {
        return np.head();
    }

    /**
     * Whether the people counted are migrating: the sentence says so, the one before was about
     * migration, or the statistic being counted is a migration one ("781 were caught in Quebec"
     * after a count of border interceptions is an apprehension, not an arrest).
     */
    boolean aboutMigration() {
        if (s.migrationAct() || migrationContext.getAsBoolean()) {
            return true;
        }
        Metric current = earlier.isEmpty() ? currentMetric.get() : earlier.get(earlier.size() - 1).metric();
        return current != null && current.category() == Category.MIGRATION;
    }
}
