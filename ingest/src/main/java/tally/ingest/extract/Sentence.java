package tally.ingest.extract;

import java.util.List;
import tally.stats.Place;
import tally.stats.Span;

/**
 * Everything known about one sentence while its numbers are read, and lookups by token position.
 * Its places and whether it is about migration are found when first asked, and the tokens of a
 * sentence that states no figure too: most sentences state none, and are asked only when a figure
 * near them has no place of its own.
 */
final class Sentence {

    private final String text;
    private final char[] chars;
    private final Span span;
    private List<Token> tokens;
    private final List<NumberMention> numbers;
    private final List<TimeMention> times;
    private final List<ChangeMention> changes;
    private final PlaceMatcher placeMatcher;
    private final Linker linker;
    private List<PlaceMention> places;
    private String dominantPlace;
    private boolean dominantFound;
    private Boolean namesMigrants;
    private Boolean migrationAct;

    /**
     * @param text the article's text, of which the sentence is the span
     * @param chars the text's characters, tokenized when tokens is null and the tokens are asked for
     */
    Sentence(String text, char[] chars, Span span, List<Token> tokens, List<NumberMention> numbers, List<TimeMention> times,
            List<ChangeMention> changes, PlaceMatcher placeMatcher, Linker linker) {
        this.text = text;
        this.chars = chars;
        this.span = span;
        this.tokens = tokens;
        this.numbers = numbers;
        this.times = times;
        this.changes = changes;
        this.placeMatcher = placeMatcher;
        this.linker = linker;
    }

    Span span() {
        return span;
    }

    String quote() {
        return text.substring(span.start(), span.end());
    }

    List<Token> tokens() {
        if (tokens == null) {
            tokens = Tokenizer.tokenize(chars, span.start(), span.end());
        }
        return tokens;
    }

    List<NumberMention> numbers() {
        return numbers;
    }

    List<TimeMention> times() {
        return times;
    }

    List<ChangeMention> changes() {
        return changes;
    }

    List<PlaceMention> places() {
        if (places == null) {
            places = placeMatcher.find(tokens());
        }
        return places;
    }

    /** {@link PlaceResolver#dominant} of the places. */
    String dominantPlace() {
        if (!dominantFound) {
            dominantPlace = PlaceResolver.dominant(places());
            dominantFound = true;
        }
        return dominantPlace;
    }

    /** Names migrants or says that people migrate. */
    boolean aboutMigrants() {
        return migrationAct() || namesMigrants();
    }

    boolean namesMigrants() {
        if (namesMigrants == null) {
            namesMigrants = linker.namesMigrants(tokens());
        }
        return namesMigrants;
    }

    boolean migrationAct() {
        if (migrationAct == null) {
            migrationAct = linker.migrationAct(tokens());
        }
        return migrationAct;
    }

    NumberMention numberAt(int i) {
        for (NumberMention n : numbers) {
            if (n.start() == i) {
                return n;
            }
        }
        return null;
    }

    PlaceMention placeAt(int i, Place.Kind kind) {
        for (PlaceMention p : places()) {
            if (p.start() == i && (kind == null || p.kind() == kind) && p.country() != null) {
                return p;
            }
        }
        return null;
    }

    /** A demonym at i, also one of no single country ("Central Americans"). */
    PlaceMention demonymAt(int i) {
        for (PlaceMention p : places()) {
            if (p.start() == i && p.kind() == Place.Kind.DEMONYM) {
                return p;
            }
        }
        return null;
    }

    PlaceMention placeEndingAt(int end) {
        for (PlaceMention p : places()) {
            if (p.end() == end) {
                return p;
            }
        }
        return null;
    }

    boolean startsTime(int i) {
        for (TimeMention m : times) {
            if (m.start() == i) {
                return true;
            }
        }
        return false;
    }

    TimeMention timeEndingAt(int end) {
        for (TimeMention m : times) {
            if (m.end() == end) {
                return m;
            }
        }
        return null;
    }

    ChangeMention changeCovering(int i) {
        for (ChangeMention c : changes) {
            if (i >= c.start() && i < c.end()) {
                return c;
            }
        }
        return null;
    }

    boolean insideChange(int i) {
        return changeCovering(i) != null;
    }
}
