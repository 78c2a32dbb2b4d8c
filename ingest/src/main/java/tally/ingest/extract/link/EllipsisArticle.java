package tally.ingest.extract.link;

import java.util.List;
import tally.ingest.extract.mention.NumberMention;
import tally.ingest.text.PhraseTable;
import tally.ingest.text.Token;

/**
 * An article standing for the noun a count leaves out ("los 1240 registrados en Buenos Aires", "comparando los 56.586
 * de 2021"), and the time that may follow such a count: {@link Elliptical} continuations.
 */
final class EllipsisArticle {

    private final Grammar g;

    EllipsisArticle(Grammar g) {
        this.g = g;
    }

    /** An article stands for the left-out noun right before the count, or before the counts it is joined to by "and". */
    boolean before(LinkQuery q, int start) {
        List<Token> t = q.s().tokens();
        while (start > 1 && g.lex.conjunctions.endingAt(t, start) != null) {
            int joined = start - g.lex.conjunctions.endingAt(t, start).length();
            NumberMention before = null;
            for (NumberMention m : q.s().numbers()) {
                if (m.end() == joined) {
                    before = m;
                }
            }
            if (before == null) {
                return false;
            }
            start = before.start();
        }
        return start > 0 && g.lex.ellipsisArticles.contains(t.get(start - 1));
    }

    /** A time at token i, perhaps after a preposition ("de 2021", "de todo 2020") or past more counts joined by "and" ("y 24.657 de febrero"). */
    boolean timeFollows(LinkQuery q, int i) {
        List<Token> t = q.s().tokens();
        PhraseTable.Match<Boolean> and;
        while (i < t.size() && (and = g.lex.conjunctions.at(t, i)) != null && q.s().numberAt(i + and.length()) != null) {
            i = q.s().numberAt(i + and.length()).end();
        }
        for (int k = i; k < Math.min(t.size(), i + 3); k++) {
            if (q.s().startsTime(k)) {
                return true;
            }
            if (!g.lex.stopwords.contains(t.get(k))) {
                return false; // past "de", "de todo", "de todo el" only
            }
        }
        return false;
    }
}
