package tally.ingest.extract.analysis;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
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
    private final Lexicon lex;

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
        this.lex = lex;
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
        List<NumberMention> numbers = readNumbers ? withListOnes(tokens, numberReader.read(text.string(), tokens)) : List.of();
        return new SentenceAnalysis(text, span, this, tokens, numbers, published, readNumbers);
    }

    /** How many words a list item may have between its count and the separator before the next item ("36 de Nicaragua;"). */
    private static final int ITEM_WORDS = 4;
    /** How many words ("la", "República") may stand between "de" and the country of an item of origin. */
    private static final int ORIGIN_PREFIX = 2;

    /**
     * The numbers, with the lexicon's {@code [list one]} articles that close or go on with a list of counts by nationality or
     * origin ("186 salvadoreños, 16 guatemaltecos, 10 hondureños y un nicaragüense", "36 de Nicaragua; una de Cuba; tres de
     * Perú") read as the number one, as English reads "and one Nicaraguan". Only right after a separator that closes a
     * count's item, and before a demonym or "de" and a country: elsewhere the article is no count (realnews/README.md).
     */
    private List<NumberMention> withListOnes(List<Token> tokens, List<NumberMention> numbers) {
        if (lex.listOnes.words().isEmpty() || numbers.isEmpty()) {
            return numbers;
        }
        List<NumberMention> out = null;
        List<PlaceMention> places = null;
        for (int i = 1; i + 1 < tokens.size(); i++) {
            if (!lex.listOnes.contains(tokens.get(i)) || !afterCountItem(tokens, out == null ? numbers : out, i)) { // "una de Haití; una de Perú"
                continue;
            }
            places = places == null ? places(tokens) : places;
            if (nationalityAt(tokens, places, i + 1)) {
                out = out == null ? new ArrayList<>(numbers) : out;
                out.add(new NumberMention(1, i, i + 1, false, false));
            }
        }
        if (out == null) {
            return numbers;
        }
        out.sort(Comparator.comparingInt(NumberMention::start));
        return out;
    }

    /** A comma, semicolon or conjunction before token i closes an item that opens with a count, a few words long, and no number covers i. */
    private boolean afterCountItem(List<Token> tokens, List<NumberMention> numbers, int i) {
        int sep = tokens.get(i - 1).is(",") || tokens.get(i - 1).is(";") ? i - 1 : -1;
        if (sep < 0) {
            var and = lex.conjunctions.endingAt(tokens, i);
            sep = and == null ? -1 : i - and.length();
            sep = sep > 0 && tokens.get(sep - 1).is(",") ? sep - 1 : sep;
        }
        if (sep <= 0) {
            return false;
        }
        NumberMention item = null;
        for (NumberMention n : numbers) {
            if (n.start() <= i && n.end() > i) {
                return false; // "un millón"
            }
            if (n.end() <= sep && sep - n.end() <= ITEM_WORDS) {
                item = n;
            }
        }
        for (int k = item == null ? sep : item.end(); k < sep; k++) {
            if (!tokens.get(k).isWord()) {
                return false;
            }
        }
        return item != null;
    }

    /** A demonym ("nicaragüense") or the lexicon's partitive and a country ("de Cuba", "de la República Dominicana") at i. */
    private boolean nationalityAt(List<Token> tokens, List<PlaceMention> places, int i) {
        for (PlaceMention p : places) {
            if (p.start() == i && p.kind() == Place.Kind.DEMONYM) {
                return true;
            }
        }
        if (!lex.partitive.contains(tokens.get(i))) {
            return false;
        }
        int k = i + 1;
        while (k < tokens.size() && k - i <= ORIGIN_PREFIX && placePrefix.contains(tokens.get(k))) {
            k++;
        }
        for (PlaceMention p : places) {
            if (p.start() == k && p.kind() != Place.Kind.DEMONYM && p.country() != null) {
                return true;
            }
        }
        return false;
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
