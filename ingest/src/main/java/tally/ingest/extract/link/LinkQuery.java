package tally.ingest.extract.link;

import java.util.List;
import java.util.function.BooleanSupplier;
import java.util.function.DoubleFunction;
import java.util.function.Supplier;
import tally.ingest.extract.analysis.Candidate;
import tally.ingest.extract.analysis.SentenceAnalysis;
import tally.ingest.extract.mention.NumberMention;
import tally.ingest.lexicon.Lexicon;
import tally.stats.Category;
import tally.stats.Metric;

/**
 * What a {@link LinkRule} is asked about: a number, where its mention starts, the noun phrase after
 * it, and the figures found before it in the sentence. Where a verb taking it as object would end
 * is worked out when a rule first asks: it needs the sentence's time expressions, which most rules
 * tried on a number that links to nothing never look at.
 */
final class LinkQuery {

    private final SentenceAnalysis s;
    private final NumberMention n;
    private final int mentionStart;
    private final NounPhrase np;
    private final BooleanSupplier migrationContext;
    private final Supplier<Metric> currentMetric;
    private final List<Candidate> earlier;
    private final Grammar grammar;
    private final Supplier<SentenceAnalysis> previousSentence;
    private final DoubleFunction<Metric> statedValue;
    private int verbEnd = -1;

    /**
     * @param migrationContext whether the sentence before was about migration: asked only when a
     *                         verb's metric depends on it, as finding out may need that sentence's tokens
     * @param currentMetric    the metric the article is counting (of its last figure, a sentence or two before), or null
     */
    LinkQuery(SentenceAnalysis s, NumberMention n, int mentionStart, NounPhrase np, BooleanSupplier migrationContext,
              Supplier<Metric> currentMetric, List<Candidate> earlier, Grammar grammar) {
        this(s, n, mentionStart, np, migrationContext, currentMetric, earlier, grammar, () -> null, value -> null);
    }

    /**
     * @param previousSentence the sentence before, or null: asked only for deaths that may be on a crossing
     * @param statedValue      the metric of the last figure of a value stated before, in the sentence or the article, or null ({@link Restated})
     */
    LinkQuery(SentenceAnalysis s, NumberMention n, int mentionStart, NounPhrase np, BooleanSupplier migrationContext,
              Supplier<Metric> currentMetric, List<Candidate> earlier, Grammar grammar, Supplier<SentenceAnalysis> previousSentence,
              DoubleFunction<Metric> statedValue) {
        this.previousSentence = previousSentence;
        this.statedValue = statedValue;
        this.s = s;
        this.n = n;
        this.mentionStart = mentionStart;
        this.np = np;
        this.migrationContext = migrationContext;
        this.currentMetric = currentMetric;
        this.earlier = earlier;
        this.grammar = grammar;
    }

    SentenceAnalysis s() {
        return s;
    }

    NumberMention n() {
        return n;
    }

    int mentionStart() {
        return mentionStart;
    }

    NounPhrase np() {
        return np;
    }

    BooleanSupplier migrationContext() {
        return migrationContext;
    }

    Supplier<SentenceAnalysis> previousSentence() {
        return previousSentence;
    }

    DoubleFunction<Metric> statedValue() {
        return statedValue;
    }

    Supplier<Metric> currentMetric() {
        return currentMetric;
    }

    /** The statistic being counted here: of the figure before in the sentence, else the article's (or null). */
    Metric statistic() {
        return earlier.isEmpty() ? currentMetric.get() : earlier.get(earlier.size() - 1).metric();
    }

    /** The figures found before it in the sentence. */
    List<Candidate> earlier() {
        return earlier;
    }

    /** Where a verb taking the number as object would end: before the mention, fillers and a time expression skipped ("detuvo el domingo a 38 personas"). */
    int verbEnd() {
        if (verbEnd < 0) {
            verbEnd = grammar.skipToVerb(s, mentionStart);
        }
        return verbEnd;
    }

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
