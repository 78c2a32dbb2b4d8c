package tally.ingest.extract.mention;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import tally.stats.Place;
import tally.stats.Places;
import tally.ingest.text.Token;
import tally.ingest.text.Tokenizer;
import tally.ingest.text.WordIds;

/**
 * Finds country names, capitals, demonyms and regions in tokens. Matching is case-sensitive (places
 * are proper nouns: "US" is a country, "us" is not) and the longest name wins ("New Mexico" is in
 * the U.S.; "Central America" is no country).
 */
public final class PlaceMatcher {

    private record Term(String[] words, Place place) {
    }

    private static final Map<String, PlaceMatcher> BY_LANGUAGE = new java.util.concurrent.ConcurrentHashMap<>();
    private static final Map<String, String[]> WORDS = new java.util.concurrent.ConcurrentHashMap<>();
    /** A term of another language counts only when it is a long name ("México" in English text), never a demonym or an abbreviation ("EU" is the European Union in English). */
    private static final int FOREIGN_NAME_MIN_LENGTH = 5;

    private final Map<String, List<Term>> byFirst = new HashMap<>();
    /** The characters terms start with (capitals, mostly): any other token is no place, without a lookup. */
    private final BitSet firstChars = new BitSet();
    /**
     * The {@link #shape}s of the terms' first words: most capitalized words of a text ("The",
     * "Officials") have none of them, and are no place without hashing them for a map lookup.
     */
    private final BitSet firstShapes = new BitSet(1 << 16);
    /**
     * The first words of towns (cities.tsv) that no other term starts with: thousands of them would fill
     * {@link #firstShapes}, so a capitalized word outside those shapes is looked up here, exactly.
     */
    private final java.util.Set<String> cityFirstWords = new java.util.HashSet<>();

    PlaceMatcher(List<Place> places, String lang) {
        Map<String, Place> byTerm = new HashMap<>();
        for (Place p : places) {
            boolean own = p.lang().equals(lang) || p.lang().equals(Place.EVERY_LANGUAGE);
            boolean usableForeign = p.kind() != Place.Kind.DEMONYM && p.term().length() >= FOREIGN_NAME_MIN_LENGTH;
            if (own || usableForeign && !byTerm.containsKey(p.term())) {
                byTerm.put(p.term(), p); // later files refine earlier ones
            }
        }
        for (Place p : byTerm.values()) {
            String[] words = WORDS.computeIfAbsent(p.term(), PlaceMatcher::words);
            if (words.length > 0) {
                byFirst.computeIfAbsent(words[0], k -> new ArrayList<>()).add(new Term(words, p));
            }
        }
        byFirst.values().forEach(l -> l.sort(Comparator.comparingInt(t -> -t.words.length)));
        byFirst.keySet().forEach(w -> firstChars.set(w.charAt(0)));
        byFirst.forEach((w, terms) -> {
            if (terms.stream().allMatch(t -> t.place.kind() == Place.Kind.CITY)) {
                cityFirstWords.add(w);
            } else {
                firstShapes.set(shape(w));
            }
        });
    }

    /** A term's words, tokenized once for every language's matcher (most terms are towns of every language). */
    private static String[] words(String term) {
        return Tokenizer.tokenize(term).stream().map(Token::text).toArray(String[]::new);
    }

    /** A hash of a word's first and last characters and length. */
    private static int shape(String word) {
        return (31 * (31 * word.charAt(0) + word.charAt(word.length() - 1)) + word.length()) & 0xFFFF;
    }

    /** The matcher for texts in a language: its own terms and other languages' long names. */
    public static PlaceMatcher forLanguage(String lang) {
        return BY_LANGUAGE.computeIfAbsent(lang, l -> new PlaceMatcher(Places.all(), l));
    }

    public List<PlaceMention> find(List<Token> tokens) {
        List<PlaceMention> found = new ArrayList<>();
        int i = 0;
        while (i < tokens.size()) {
            Term term = longest(tokens, i);
            if (term == null) {
                i++;
            } else {
                found.add(new PlaceMention(term.place.country(), term.place.kind(), i, i + term.words.length, term.place.subdivision()));
                i += term.words.length;
            }
        }
        return found;
    }

    /**
     * Whether a place may start at token i: false when {@link #find} would find none starting there,
     * told from the token alone (its first character and shape), so that a caller asking about one
     * token need not find the places of the whole sentence.
     */
    public boolean mayStartAt(List<Token> tokens, int i) {
        return i >= 0 && i < tokens.size() && mayStart(tokens.get(i));
    }

    private boolean mayStart(Token first) {
        if (!firstChars.get(first.text().charAt(0))) {
            return false; // titleCase keeps the first character
        }
        // only a term's own spelling can match here, which has its shape or is a town's; or an all-capital word's title case
        return firstShapes.get(shape(first.text())) || isAllCapitals(first) || cityFirstWords.contains(first.text());
    }

    private Term longest(List<Token> tokens, int i) {
        Token first = tokens.get(i);
        if (!mayStart(first)) {
            return null;
        }
        boolean capitals = isAllCapitals(first);
        List<Term> candidates = byFirst.get(first.text());
        // Every candidate's first word is the token's text, or its title case of the same length
        // (which matches compares as equal): only the words after it are compared.
        int compareFrom = 1;
        if (candidates == null && capitals) {
            String title = titleCase(first);
            candidates = title.equals(first.text()) ? null : byFirst.get(title);
            compareFrom = title.length() == first.text().length() ? 1 : 0;
        }
        if (candidates == null) {
            return null;
        }
        for (Term t : candidates) {
            if (i + t.words.length <= tokens.size() && matches(tokens, i, t.words, compareFrom)) {
                return t;
            }
        }
        return null;
    }

    /** A datelined "SAN ANTONIO —" names San Antonio: an all-capital word also matches its title case. */
    private static String titleCase(Token t) {
        String s = t.text();
        return isAllCapitals(t) ? s.charAt(0) + s.substring(1).toLowerCase(java.util.Locale.ROOT) : s; // most words: no copy
    }

    /** A word of two or more letters, all capitals: the words {@link #titleCase} changes. */
    private static boolean isAllCapitals(Token t) {
        String s = t.text();
        if (s.length() < 2 || !t.isWord()) {
            return false;
        }
        for (int k = 0; k < s.length(); k++) {
            if (!Character.isUpperCase(s.charAt(k))) {
                return false;
            }
        }
        return true;
    }

    /** Whether the tokens from start match the words from the from-th on. */
    private static boolean matches(List<Token> tokens, int start, String[] words, int from) {
        for (int k = from; k < words.length; k++) {
            Token t = tokens.get(start + k);
            String text = t.text();
            // The title case of a word keeps its length and first character.
            if (!text.equals(words[k]) && (text.length() != words[k].length() || text.charAt(0) != words[k].charAt(0)
                    || !titleCaseIs(t, words[k]))) {
                return false;
            }
        }
        return true;
    }

    /**
     * Whether {@link #titleCase} of the token is the word, of the same length and first character:
     * the datelined word is compared with every term it starts ("SAN" with 18), so a Latin-1 word
     * is compared character by character rather than copied for each (its lower case is the lower
     * case of each character, as {@link WordIds} notes).
     */
    private static boolean titleCaseIs(Token t, String word) {
        String s = t.text();
        if (s.length() < 2 || !t.isWord()) {
            return s.equals(word);
        }
        for (int k = 0; k < s.length(); k++) {
            char c = s.charAt(k);
            if (!Character.isUpperCase(c)) {
                return s.equals(word);
            }
            if (c > 0xff) {
                return titleCase(t).equals(word);
            }
        }
        for (int k = 1; k < s.length(); k++) {
            if (Character.toLowerCase(s.charAt(k)) != word.charAt(k)) {
                return false;
            }
        }
        return s.charAt(0) == word.charAt(0);
    }
}
