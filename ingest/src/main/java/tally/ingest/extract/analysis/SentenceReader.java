package tally.ingest.extract.analysis;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import tally.ingest.extract.mention.ChangeMention;
import tally.ingest.extract.mention.CityFrame;
import tally.ingest.extract.mention.LocalityName;
import tally.ingest.extract.mention.LongerName;
import tally.ingest.extract.mention.NumberMention;
import tally.ingest.extract.mention.NumberReader;
import tally.ingest.extract.mention.PercentChanges;
import tally.ingest.extract.mention.PlaceMatcher;
import tally.ingest.extract.mention.PlaceMention;
import tally.ingest.extract.mention.TimeExpressions;
import tally.ingest.extract.mention.TimeMention;
import tally.ingest.lexicon.Lexicon;
import tally.ingest.text.ArticleText;
import tally.ingest.text.Token;
import tally.ingest.text.Tokenizer;
import tally.ingest.text.WordSet;
import tally.stats.Place;
import tally.stats.Span;

/**
 * Builds the {@link SentenceAnalysis} of each sentence of one language: the mentions a figure is
 * made of are found only in sentences holding a {@link LinkWords link word}, since no other
 * sentence can state a figure whatever its numbers.
 */
public final class SentenceReader {

    /** How much more a country named as the scene counts than one named as a modifier or an actor. */
    private static final int SCENE_WEIGHT = 3;

    private final NumberReader numberReader;
    private final TimeExpressions timeExpressions;
    private final PercentChanges percentChanges;
    private final PlaceMatcher placeMatcher;
    private final CityFrame cityFrame;
    private final LocalityName localityName;
    private final MigrationTopic topic;
    private final LinkWords linkWords;
    private final WordSet locative;
    private final WordSet placePrefix;

    public SentenceReader(Lexicon lex, LinkWords linkWords) {
        this.numberReader = new NumberReader(lex);
        this.timeExpressions = new TimeExpressions(lex);
        this.percentChanges = new PercentChanges(lex);
        this.placeMatcher = PlaceMatcher.forLanguage(lex.lang());
        this.cityFrame = new CityFrame(lex);
        this.localityName = new LocalityName(lex);
        this.topic = new MigrationTopic(lex);
        this.locative = lex.locative;
        this.placePrefix = lex.placePrefix;
        this.linkWords = linkWords;
    }

    public SentenceAnalysis read(ArticleText text, Span span, LocalDate published) {
        if (!linkWords.mayHold(text, span)) {
            return new SentenceAnalysis(text, span, this, null, List.of(), published, false);
        }
        List<Token> tokens = text.tokens(span);
        return analysed(text, span, tokens, linkWords.any(tokens), published);
    }

    /**
     * The analysis with every number read, link words or not: for a sentence that may continue the
     * figures of the one before ("El Salvador (5.433), Chile (5.294)"), and what the skipping in
     * {@link #read} is tested against.
     */
    public SentenceAnalysis readEveryNumber(SentenceAnalysis read, LocalDate published) {
        return read.numbersRead() ? read : analysed(read.text(), read.span(), read.tokens(), true, published);
    }

    private SentenceAnalysis analysed(ArticleText text, Span span, List<Token> tokens, boolean readNumbers, LocalDate published) {
        List<NumberMention> numbers = readNumbers ? numberReader.read(text.string(), tokens) : List.of();
        return new SentenceAnalysis(text, span, this, tokens, numbers, published, readNumbers);
    }

    List<TimeMention> times(List<Token> tokens, List<NumberMention> numbers, LocalDate published) {
        return timeExpressions.find(tokens, numbers, published);
    }

    boolean timeMayStartIn(List<Token> tokens, List<NumberMention> numbers, int from, int to) {
        return timeExpressions.mayStartIn(tokens, numbers, from, to);
    }

    List<ChangeMention> changes(List<Token> tokens, List<NumberMention> numbers) {
        return percentChanges.changes(tokens, numbers);
    }

    /** The place of a title, or null. */
    public String titlePlace(String title) {
        List<Token> tokens = Tokenizer.tokenize(title);
        return SentenceAnalysis.dominant(places(tokens));
    }

    /**
     * The place a sentence is about: {@link SentenceAnalysis#dominant}, where a country named as the scene ("in Haiti",
     * "en Haití", past place prefixes) outweighs countries named only as a modifier or an actor ("the US Embassy in
     * Haiti urged US citizens to leave": Haiti).
     */
    String scene(List<Token> tokens, List<PlaceMention> places) {
        if (places.size() <= 1) {
            return SentenceAnalysis.dominant(places);
        }
        Map<String, Integer> counts = new LinkedHashMap<>();
        for (PlaceMention p : places) {
            if (p.country() != null) {
                int weight = p.kind() == Place.Kind.DEMONYM ? 1 : p.kind() == Place.Kind.CITY ? 10 : 100;
                counts.merge(p.country(), afterLocative(tokens, p) ? weight * SCENE_WEIGHT : weight, Integer::sum);
            }
        }
        return counts.entrySet().stream().max(Map.Entry.comparingByValue()).map(Map.Entry::getKey).orElse(null);
    }

    private boolean afterLocative(List<Token> t, PlaceMention p) {
        int k = p.start() - 1;
        while (k >= 0 && placePrefix.contains(t.get(k)) && !locative.contains(t.get(k))) {
            k--;
        }
        return k >= 0 && locative.contains(t.get(k));
    }

    List<PlaceMention> places(List<Token> tokens) {
        return localityName.unmasked(tokens, cityFrame.framed(tokens, LongerName.dropped(tokens, placeMatcher.find(tokens))));
    }

    boolean placeMayStartAt(List<Token> tokens, int i) {
        return placeMatcher.mayStartAt(tokens, i);
    }

    MigrationTopic topic() {
        return topic;
    }
}
