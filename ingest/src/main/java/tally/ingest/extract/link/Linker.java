package tally.ingest.extract.link;

import java.util.BitSet;
import java.util.List;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;
import tally.ingest.extract.analysis.Candidate;
import tally.ingest.extract.analysis.SentenceAnalysis;
import tally.ingest.extract.guard.NotACount;
import tally.ingest.extract.mention.NumberMention;
import tally.ingest.lexicon.Lexicon;
import tally.stats.Metric;

/**
 * Links a number to what it counts by the first of its rules that applies, in order: a metric
 * noun after it, a verb of which the counted people are the object, an act of which they are the
 * victims, a verb before them past a phrase of place, a verb of which they are the subject, a total
 * it is the value of (named, or bare: "la cifra"), a migrant noun, a list it continues or whose next item
 * it opens, the article's current statistic it breaks down, by origin too, or records of that statistic. No link, no figure.
 * Under a statistic of deportations, returning people are its deportees ({@link DeporteeReturns}).
 */
public final class Linker {

    private final Lexicon lex;
    private final Grammar grammar;
    private final List<LinkRule> rules;
    private final DeporteeReturns deporteeReturns;

    public Linker(Lexicon lex, NotACount notACount) {
        this.lex = lex;
        this.grammar = new Grammar(lex, notACount);
        this.rules = List.of(new MetricNoun(grammar), new LivesObject(grammar), new ObjectVerb(grammar), new ActOf(grammar),
                new VerbFirst(grammar), new SubjectVerb(grammar), new TotalValue(grammar), new FramedTotal(grammar), new BareTotal(grammar),
                new AmongThose(grammar), new MigrantNoun(grammar), new Continuation(grammar), new ListItem(grammar), new Elliptical(grammar),
                new OriginList(grammar), new RecordOfCurrent(grammar));
        this.deporteeReturns = new DeporteeReturns(grammar);
    }

    /** The noun phrase that starts at token {@code from}. */
    public NounPhrase nounPhrase(SentenceAnalysis s, int from) {
        return grammar.nounPhrases.at(s, from);
    }

    /**
     * The link of a number whose mention starts at {@code mentionStart} (its qualifier), named
     * after the rule that made it, or null.
     *
     * @param migrationContext whether the sentence before was about migration, asked only if needed
     * @param currentMetric    the metric the article is counting, or null ({@link LinkQuery})
     * @param earlier          the figures found before it in the sentence
     */
    public Link link(SentenceAnalysis s, NumberMention n, int mentionStart, NounPhrase np, BooleanSupplier migrationContext,
                     Supplier<Metric> currentMetric, List<Candidate> earlier) {
        LinkQuery q = new LinkQuery(s, n, mentionStart, np, migrationContext, currentMetric, earlier, grammar.skipToVerb(s, mentionStart));
        for (LinkRule rule : rules) {
            Link link = rule.link(q);
            if (link != null) {
                return deporteeReturns.adjusted(q, link).named(rule.name());
            }
        }
        return null;
    }

    /** The words of which a sentence must hold one for any rule to link: every rule's own. */
    public BitSet keyWords() {
        BitSet words = new BitSet();
        rules.forEach(r -> words.or(r.keyWords(lex)));
        return words;
    }
}
