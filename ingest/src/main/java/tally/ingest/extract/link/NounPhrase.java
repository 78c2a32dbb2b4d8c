package tally.ingest.extract.link;

import tally.ingest.lexicon.Lexicon;

/**
 * The words after a number that say what it counts, e.g. "undocumented immigrants".
 *
 * @param head         the head noun, a demonym standing as one ("15,273 Mexicans"), or null
 * @param end          the token after the head, or the phrase's start when it has none
 * @param unknownWords no head, but words the lexicon does not know: a count of something else
 * @param demonym      the country of a demonym in the phrase ("Afghan civilians"), or null
 * @param headWord     the head's last word in lower case, or null
 */
public record NounPhrase(Lexicon.Noun head, int end, boolean unknownWords, String demonym, String headWord) {

    /** People counted by a noun of people or by their demonym ("772 niñas", "52 colombianos"). */
    public boolean ofPeople() {
        return headIs(Lexicon.Noun.Kind.PERSON) || demonym != null;
    }

    /** No head (a bare number, "12 lo consiguieron"), or a head of either kind. */
    public boolean bareOr(Lexicon.Noun.Kind one, Lexicon.Noun.Kind other) {
        return head == null || headIs(one) || headIs(other);
    }

    public boolean headIs(Lexicon.Noun.Kind kind) {
        return head != null && head.kind() == kind;
    }
}
