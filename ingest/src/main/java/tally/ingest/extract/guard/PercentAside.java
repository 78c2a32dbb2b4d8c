package tally.ingest.extract.guard;

import java.util.ArrayList;
import java.util.List;
import tally.ingest.lexicon.Lexicon;
import tally.ingest.text.PhraseTable;
import tally.ingest.text.Token;

/**
 * A percent change set between a verb of change and the word that brings in its value ("increased about 7% from
 * 340,252", "up 12% from 571", "rose 12 percent to 640", "down by 40% on 6,870"): the linking phrase read as if the
 * percent were not there ("increased from", "up from", "rose to"), so that a phrase table of links or comparisons
 * finds it.
 */
public final class PercentAside {

    private PercentAside() {
    }

    /**
     * The phrase of {@code table} that ends at {@code start}, its last word right before the count and the rest of it
     * before a percent change ("rose [12%] to"), as one match over all those tokens; null when there is none, or when the
     * phrase would be the last word alone ("[12%] to": no verb or adverb of change).
     */
    public static PhraseTable.Match<Boolean> endingAt(Lexicon lex, PhraseTable<Boolean> table, List<Token> t, int start) {
        int word = start - 1;
        if (word < 2 || !t.get(word).isWord()) {
            return null;
        }
        PhraseTable.Match<Boolean> pct = lex.percent.endingAt(t, word);
        int k = pct == null ? -1 : word - pct.length() - 1;
        if (k < 1 || !t.get(k).isNumber()) {
            return null;
        }
        PhraseTable.Match<?> qualifier = lex.qualifiers.endingAt(t, k);
        if (qualifier != null) {
            k -= qualifier.length(); // "increased about 7% from"
        }
        if (k > 0 && t.get(k - 1).is("by")) {
            k--; // "down by 40% on"
        }
        List<Token> view = new ArrayList<>(t.subList(0, k));
        view.add(t.get(word));
        PhraseTable.Match<Boolean> phrase = table.endingAt(view, view.size());
        if (phrase == null || phrase.length() < 2) {
            return null;
        }
        return new PhraseTable.Match<>(phrase.length() - 1 + (start - k), phrase.value());
    }
}
