package tally.ingest.extract.analysis;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import tally.ingest.extract.mention.ChangeMention;
import tally.ingest.extract.mention.NumberMention;
import tally.ingest.extract.mention.PlaceMention;
import tally.ingest.extract.mention.TimeMention;
import tally.ingest.text.ArticleText;
import tally.ingest.text.Token;
import tally.stats.Place;
import tally.stats.Span;

/**
 * What is known of one sentence while its numbers are read: its tokens, numbers, time expressions
 * and percent changes, and lookups by token position. It does not change once built; its places,
 * its topic, its time expressions and percent changes and, for a sentence with no number to read,
 * its tokens are worked out when first asked (most sentences state no figure and are asked only
 * when a figure near them has no place; a sentence whose numbers the guards all drop, "322
 * kilometers long", is never asked for its times).
 */
public final class SentenceAnalysis {

    private final ArticleText text;
    private final Span span;
    private final SentenceReader reader;
    private final List<NumberMention> numbers;
    private final LocalDate published;
    private final boolean numbersRead;
    private List<TimeMention> times;
    private List<ChangeMention> changes;
    private List<Token> tokens;
    private List<PlaceMention> places;
    private String dominantPlace;
    private boolean dominantFound;
    private Boolean namesMigrants;
    private Boolean migrationAct;

    /**
     * @param tokens      the sentence's tokens, or null to tokenize it when they are asked for
     * @param published   the article's publication date, which time expressions are resolved against
     * @param numbersRead whether its numbers were looked for (not in a sentence with no link word)
     */
    SentenceAnalysis(ArticleText text, Span span, SentenceReader reader, List<Token> tokens, List<NumberMention> numbers,
                     LocalDate published, boolean numbersRead) {
        this.text = text;
        this.span = span;
        this.reader = reader;
        this.tokens = tokens;
        this.numbers = numbers;
        this.published = published;
        this.numbersRead = numbersRead;
    }

    /** Whether its numbers were looked for: a sentence with no link word's are not, unless asked again. */
    public boolean numbersRead() {
        return numbersRead;
    }

    ArticleText text() {
        return text;
    }

    public Span span() {
        return span;
    }

    public String quote() {
        return text.substring(span);
    }

    public List<Token> tokens() {
        if (tokens == null) {
            tokens = text.tokens(span);
        }
        return tokens;
    }

    public List<NumberMention> numbers() {
        return numbers;
    }

    /** The time expressions, found when first asked; none in a sentence with no number (they matter only next to one). */
    public List<TimeMention> times() {
        if (times == null) {
            times = numbers.isEmpty() ? List.of() : reader.times(tokens(), numbers, published);
        }
        return times;
    }

    /** The percent changes, found when first asked; none in a sentence with no number. */
    public List<ChangeMention> changes() {
        if (changes == null) {
            changes = numbers.isEmpty() ? List.of() : reader.changes(tokens(), numbers);
        }
        return changes;
    }

    public List<PlaceMention> places() {
        if (places == null) {
            places = reader.places(tokens());
        }
        return places;
    }

    /** {@link #dominant} of the places. */
    public String dominantPlace() {
        if (!dominantFound) {
            dominantPlace = reader.scene(tokens(), places());
            dominantFound = true;
        }
        return dominantPlace;
    }

    /** Names migrants or says that people migrate. */
    public boolean aboutMigrants() {
        return migrationAct() || namesMigrants();
    }

    /** Names migrants or another migration noun ({@link MigrationTopic#namesMigrants}). */
    public boolean namesMigrants() {
        if (namesMigrants == null) {
            namesMigrants = reader.topic().namesMigrants(tokens());
        }
        return namesMigrants;
    }

    /** The people in it are migrating ({@link MigrationTopic#migrationAct}). */
    public boolean migrationAct() {
        if (migrationAct == null) {
            migrationAct = reader.topic().migrationAct(tokens());
        }
        return migrationAct;
    }

    public NumberMention numberAt(int i) {
        for (NumberMention n : numbers) {
            if (n.start() == i) {
                return n;
            }
        }
        return null;
    }

    /** The number whose last token is right before end, or null. */
    public NumberMention numberEndingAt(int end) {
        for (NumberMention n : numbers) {
            if (n.end() == end) {
                return n;
            }
        }
        return null;
    }

    public PlaceMention placeAt(int i, Place.Kind kind) {
        if (!placeMayStartAt(i)) {
            return null;
        }
        for (PlaceMention p : places()) {
            if (p.start() == i && (kind == null || p.kind() == kind) && p.country() != null) {
                return p;
            }
        }
        return null;
    }

    /** A demonym at i, also one of no single country ("Central Americans"). */
    public PlaceMention demonymAt(int i) {
        if (!placeMayStartAt(i)) {
            return null;
        }
        for (PlaceMention p : places()) {
            if (p.start() == i && p.kind() == Place.Kind.DEMONYM) {
                return p;
            }
        }
        return null;
    }

    /**
     * Whether a place may start at token i: asked before the places are found, so that a word after a
     * number that can start none ("were", "people") does not make the whole sentence's be found (most
     * numbers that are no figure are asked about one word or two). Once found, they answer.
     */
    private boolean placeMayStartAt(int i) {
        return places != null || reader.placeMayStartAt(tokens(), i);
    }

    public PlaceMention placeEndingAt(int end) {
        for (PlaceMention p : places()) {
            if (p.end() == end) {
                return p;
            }
        }
        return null;
    }

    public boolean startsTime(int i) {
        if (!timeMayStartIn(i, i + 1)) {
            return false;
        }
        for (TimeMention m : times()) {
            if (m.start() == i) {
                return true;
            }
        }
        return false;
    }

    public TimeMention timeEndingAt(int end) {
        if (!timeMayStartIn(0, end)) {
            return null;
        }
        for (TimeMention m : times()) {
            if (m.end() == end) {
                return m;
            }
        }
        return null;
    }

    /**
     * Whether a time expression may start in tokens [from, to): asked before the expressions are found,
     * so that a number with no number or time word before it ("Police arrested 38 people") does not
     * make them be found. Once found, they answer.
     */
    private boolean timeMayStartIn(int from, int to) {
        return times != null || !numbers.isEmpty() && reader.timeMayStartIn(tokens(), numbers, from, to);
    }

    /** The time expression that covers token i, or null. */
    public TimeMention timeCovering(int i) {
        for (TimeMention m : times()) {
            if (i >= m.start() && i < m.end()) {
                return m;
            }
        }
        return null;
    }

    /** The place that covers token i, or null. */
    public PlaceMention placeCovering(int i) {
        for (PlaceMention p : places()) {
            if (i >= p.start() && i < p.end()) {
                return p;
            }
        }
        return null;
    }

    public ChangeMention changeCovering(int i) {
        for (ChangeMention c : changes()) {
            if (i >= c.start() && i < c.end()) {
                return c;
            }
        }
        return null;
    }

    public boolean insideChange(int i) {
        return changeCovering(i) != null;
    }

    /**
     * The most named country, names counting before towns and towns before demonyms ("Gaza ... Israeli
     * fire" is about Gaza; "Nigerian refugees in Minawao" about Cameroon).
     */
    public static String dominant(List<PlaceMention> places) {
        if (places.size() <= 1) {
            return places.isEmpty() ? null : places.get(0).country(); // most sentences: no map to build
        }
        Map<String, Integer> counts = new LinkedHashMap<>();
        for (PlaceMention p : places) {
            if (p.country() != null) {
                counts.merge(p.country(), p.kind() == Place.Kind.DEMONYM ? 1 : p.kind() == Place.Kind.CITY ? 10 : 100, Integer::sum);
            }
        }
        return counts.entrySet().stream().max(Map.Entry.comparingByValue()).map(Map.Entry::getKey).orElse(null);
    }
}
