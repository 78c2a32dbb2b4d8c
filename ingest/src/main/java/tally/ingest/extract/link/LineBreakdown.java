package tally.ingest.extract.link;

import java.util.List;
import tally.ingest.extract.analysis.SentenceAnalysis;
import tally.ingest.extract.mention.NumberMention;
import tally.ingest.text.Token;

/**
 * A breakdown set out line by line ("entre las que se contabilizan: / 2 mil 672 mujeres / 772 niñas, niños y
 * adolescentes"): each line after the first is an {@link Elliptical} continuation.
 */
final class LineBreakdown {

    /** How many words a list item set out on a line of its own may have after its count's noun phrase ("niños y adolescentes"). */
    private static final int LINE_ITEM_TAIL = 6;

    private final Grammar g;

    LineBreakdown(Grammar g) {
        this.g = g;
    }

    /**
     * A sentence that is a count of people and nothing else ("772 niñas, niños y adolescentes"), after a sentence that
     * ends with a colon or with such a count right after one (or opening it): the next item of a breakdown set out line
     * by line ("entre las que se contabilizan: / 2 mil 672 mujeres / 772 niñas"). Not a bare number: a line of people.
     */
    boolean nextItem(LinkQuery q) {
        NounPhrase np = q.np();
        if (!np.ofPeople() || q.s().numbers().size() != 1
                || !onlyItem(q.s().tokens(), q.mentionStart(), np.end())) {
            return false;
        }
        SentenceAnalysis prev = q.previousSentence() == null ? null : q.previousSentence().get();
        if (prev == null || prev.tokens().isEmpty()) {
            return false;
        }
        List<Token> pt = prev.tokens();
        if (pt.get(pt.size() - 1).is(":")) {
            return true;
        }
        NumberMention last = prev.numbers().isEmpty() ? null : prev.numbers().get(prev.numbers().size() - 1);
        if (last == null || g.notACount.isNotACount(prev, last)) {
            return false;
        }
        NounPhrase item = g.nounPhrases.at(prev, last.end());
        boolean people = item.ofPeople();
        int k = g.lex.qualifiersStart(pt, last.start());
        boolean opens = k == 0 || pt.get(k - 1).is(":") || onlyPunctBefore(pt, k);
        return people && opens && onlyItem(pt, k, item.end());
    }

    /** Nothing but punctuation (a bullet) before the count, and no more than a few words, commas and "and"s after its noun phrase. */
    private boolean onlyItem(List<Token> t, int start, int npEnd) {
        if (!onlyPunctBefore(t, start) && !(start > 0 && t.get(start - 1).is(":"))) {
            return false;
        }
        int words = 0;
        for (int i = npEnd; i < t.size(); i++) {
            Token tok = t.get(i);
            if (tok.isNumber() || tok.isPunct() && !tok.is(",") && !tok.is(".") && !tok.is(";") || ++words > LINE_ITEM_TAIL) {
                return false;
            }
        }
        return true;
    }

    private static boolean onlyPunctBefore(List<Token> t, int start) {
        for (int i = 0; i < start; i++) {
            if (!t.get(i).isPunct()) {
                return false;
            }
        }
        return true;
    }
}
