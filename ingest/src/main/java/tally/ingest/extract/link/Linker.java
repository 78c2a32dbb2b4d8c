package tally.ingest.extract.link;

import java.util.BitSet;
import java.util.List;
import java.util.function.BooleanSupplier;
import java.util.function.DoubleFunction;
import java.util.function.Supplier;
import tally.ingest.extract.analysis.Candidate;
import tally.ingest.extract.analysis.SentenceAnalysis;
import tally.ingest.extract.guard.NotACount;
import tally.ingest.extract.mention.NumberMention;
import tally.ingest.lexicon.Lexicon;
import tally.ingest.text.Token;
import tally.stats.Metric;

/**
 * Links a number to what it counts by the first of its rules that applies, in order: a metric
 * noun after it, a verb of which the counted people are the object, an act of which they are the
 * victims, a verb before them past a phrase of place, a verb of which they are the subject, a word that stands for
 * a verb said before ("lo han hecho", "did so": {@link ProVerb}), a total
 * it is the value of (named, or bare: "la cifra", or set by a verb: "bringing the total to"), a migrant noun, a list it continues or whose next item
 * it opens, a figure the article stated before, said again, the article's current statistic it breaks down, by origin too, or records of that
 * statistic. No link, no figure.
 * Under a statistic of deportations, returning people are its deportees ({@link DeporteeReturns}); under one of
 * asylum applications, people coming from a country are those applications ({@link AsylumOrigins}).
 */
public final class Linker {

    private final Lexicon lex;
    private final Grammar grammar;
    private final List<LinkRule> rules;
    private final DeporteeReturns deporteeReturns;
    private final KidnappedMissing kidnappedMissing = new KidnappedMissing();
    private final AsylumOrigins asylumOrigins;
    /** Bit r set: rule r declares no key words, so it is tried in every sentence. */
    private final long triedEverywhere;
    /** By word id, bit r set: the word is one of rule r's key words ({@link LinkRule#keyWords}). */
    private final long[] rulesByWord;

    public Linker(Lexicon lex, NotACount notACount) {
        this.lex = lex;
        this.grammar = new Grammar(lex, notACount);
        this.rules = List.of(new MetricNoun(grammar), new LivesObject(grammar), new ObjectVerb(grammar), new ActOf(grammar),
                new VerbFirst(grammar), new SubjectVerb(grammar), new ProVerb(grammar), new TotalValue(grammar), new FramedTotal(grammar), new BareTotal(grammar),
                new SetTotal(grammar), new AmongThose(grammar), new MigrantNoun(grammar), new Continuation(grammar), new ListItem(grammar), new Restated(grammar),
                new Elliptical(grammar), new OriginList(grammar), new RecordOfCurrent(grammar));
        this.deporteeReturns = new DeporteeReturns(grammar);
        this.asylumOrigins = new AsylumOrigins(grammar);
        if (rules.size() > Long.SIZE) {
            throw new IllegalStateException("a rule's bit is one of a long's: " + rules.size() + " rules");
        }
        long everywhere = 0;
        BitSet all = keyWords();
        this.rulesByWord = new long[all.length()];
        for (int r = 0; r < rules.size(); r++) {
            BitSet words = rules.get(r).keyWords(lex);
            everywhere |= words.isEmpty() ? 1L << r : 0;
            for (int w = words.nextSetBit(0); w >= 0; w = words.nextSetBit(w + 1)) {
                rulesByWord[w] |= 1L << r;
            }
        }
        this.triedEverywhere = everywhere;
    }

    /** The noun phrase that starts at token {@code from}. */
    public NounPhrase nounPhrase(SentenceAnalysis s, int from) {
        return grammar.nounPhrases.at(s, from);
    }

    /** The noun phrase of a partitive after a count ("nueve de esos incidentes"), or null: {@link NounPhrases#partitive}. */
    public NounPhrase partitive(SentenceAnalysis s, int from) {
        return grammar.nounPhrases.partitive(s, from);
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
        return link(new LinkQuery(s, n, mentionStart, np, migrationContext, currentMetric, earlier, grammar), applicable(s.tokens()));
    }

    /**
     * {@link #link(SentenceAnalysis, NumberMention, int, NounPhrase, BooleanSupplier, Supplier, List)}, told the sentence before
     * and the metric of the article's earlier figure of a value ({@link Restated}).
     */
    public Link link(SentenceAnalysis s, NumberMention n, int mentionStart, NounPhrase np, BooleanSupplier migrationContext,
                     Supplier<Metric> currentMetric, List<Candidate> earlier, Supplier<SentenceAnalysis> previousSentence,
                     DoubleFunction<Metric> statedValue) {
        return link(new LinkQuery(s, n, mentionStart, np, migrationContext, currentMetric, earlier, grammar, previousSentence, statedValue),
                applicable(s.tokens()));
    }

    /** {@link #link(SentenceAnalysis, NumberMention, int, NounPhrase, BooleanSupplier, Supplier, List)} trying every rule: what the skipping is tested against. */
    Link linkTryingEveryRule(SentenceAnalysis s, NumberMention n, int mentionStart, NounPhrase np, BooleanSupplier migrationContext,
                             Supplier<Metric> currentMetric, List<Candidate> earlier) {
        return link(new LinkQuery(s, n, mentionStart, np, migrationContext, currentMetric, earlier, grammar), -1L);
    }

    private Link link(LinkQuery q, long tried) {
        for (int r = 0; r < rules.size(); r++) {
            if ((tried & 1L << r) == 0) {
                continue;
            }
            Link link = rules.get(r).link(q);
            if (link != null) {
                return kidnappedMissing.adjusted(q, asylumOrigins.adjusted(q, deporteeReturns.adjusted(q, link))).named(rules.get(r).name());
            }
        }
        return null;
    }

    /**
     * The rules that may link a number of these tokens: those with no key words, and those with one of
     * theirs among them (with none, a rule links nothing: {@link LinkRule#keyWords}).
     */
    private long applicable(List<Token> tokens) {
        long tried = triedEverywhere;
        for (Token t : tokens) {
            int w = t.word();
            if (w >= 0 && w < rulesByWord.length) {
                tried |= rulesByWord[w];
            }
        }
        return tried;
    }

    /** The words of which a sentence must hold one for any rule to link: every rule's own. */
    public BitSet keyWords() {
        BitSet words = new BitSet();
        rules.forEach(r -> words.or(r.keyWords(lex)));
        return words;
    }
}
