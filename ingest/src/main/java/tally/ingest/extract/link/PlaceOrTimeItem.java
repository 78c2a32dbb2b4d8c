package tally.ingest.extract.link;

import java.util.List;
import tally.ingest.extract.mention.PlaceMention;
import tally.ingest.extract.mention.TimeMention;
import tally.ingest.text.PhraseTable;
import tally.ingest.text.Token;

/**
 * A bare count after a place or time that joins it to a figure before in the sentence ("y en el Callao 158", "in
 * Sonora 212, in Sinaloa 140"): the next item of that statistic's list, an {@link Elliptical} continuation.
 */
final class PlaceOrTimeItem {

    private final Grammar g;

    PlaceOrTimeItem(Grammar g) {
        this.g = g;
    }

    /**
     * A place or time right before the count, opened by a comma or a word that joins it to a figure before in
     * the sentence ("y en el Callao 158", "mientras que en Trujillo 90", "in Sonora 212, in Sinaloa 140"): the
     * next item of that statistic's list.
     */
    boolean at(LinkQuery q, int start) {
        List<Token> t = q.s().tokens();
        start = pastItemVerb(t, start);
        PlaceMention place = q.s().placeEndingAt(start);
        TimeMention time = place == null ? q.s().timeEndingAt(start) : null;
        int k = place != null ? place.start() : time != null ? time.start() : namedAfterLocative(q, start);
        if (k < 0) {
            return false;
        }
        while (k > 0) {
            if (t.get(k - 1).is(",") || t.get(k - 1).is(";") || g.lex.conjunctions.endingAt(t, k) != null
                    || g.lex.listLeads.endingAt(t, k) != null) {
                return true;
            }
            if (!g.lex.stopwords.contains(t.get(k - 1))) {
                return false;
            }
            k--;
        }
        return false;
    }

    /**
     * Where the item's label ends, before a linking verb of the total between it and the count ("Michoacán tuvo mil
     * 339", "Guanajuato, que sumó 195"), with the relative pronoun that may open it; else the count's start. A
     * short word alone ("a", "de", "con") is no such verb.
     */
    private int pastItemVerb(List<Token> t, int start) {
        PhraseTable.Match<Boolean> verb = start > 0 ? g.lex.totalLinks.endingAt(t, start) : null;
        if (verb == null || verb.length() < 2 && t.get(start - 1).lower().length() <= 3) {
            return start;
        }
        int k = start - verb.length();
        return k > 0 && g.lex.relativePronouns.contains(t.get(k - 1)) ? k - 1 : k;
    }

    /**
     * A name the place table does not hold, after a locative and before a count that closes its item ("mientras
     * que en Trujillo 90", "y en el Callao 158"): where it starts (the locative), or -1.
     */
    private int namedAfterLocative(LinkQuery q, int start) {
        List<Token> t = q.s().tokens();
        int end = q.n().end();
        if (end < t.size() && !t.get(end).isPunct() && g.lex.conjunctions.at(t, end) == null) {
            return -1;
        }
        int k = start;
        while (k > 0 && start - k < 3 && t.get(k - 1).isCapitalized() && !t.get(k - 1).isNumber()) {
            k--;
        }
        if (k == start || k == 0) {
            return -1;
        }
        if (k > 1 && g.lex.stopwords.contains(t.get(k - 1)) && g.lex.locative.contains(t.get(k - 2))) {
            k--; // "en el Callao"
        }
        return g.lex.locative.contains(t.get(k - 1)) ? k - 1 : -1;
    }
}
