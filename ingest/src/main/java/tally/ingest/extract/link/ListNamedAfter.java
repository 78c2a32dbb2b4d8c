package tally.ingest.extract.link;

import java.util.List;
import tally.ingest.extract.mention.NumberMention;
import tally.ingest.lexicon.Lexicon;
import tally.ingest.text.PhraseTable;
import tally.ingest.text.Token;
import tally.stats.Metric;

/**
 * A list of counts in brackets that names its statistic only after its last item ("Jalisco (15), Sonora (12) and
 * Sinaloa (9) were the states with the most homicides"): the metric {@link Elliptical} gives its first item.
 */
final class ListNamedAfter {

    /** How many counts in brackets a list must have for the statistic named after it to be theirs. */
    private static final int NAMED_AFTER_ITEMS = 3;
    /** How far after the list's last item the noun of its statistic may stand ("son las entidades que registraron ... muertes"). */
    private static final int NAMED_AFTER_REACH = 15;

    private final Grammar g;

    ListNamedAfter(Grammar g) {
        this.g = g;
    }

    /**
     * The metric of a list of counts in brackets that names its statistic only after its last item, in the same
     * clause: "Baja California (254), Colima (103) ... y Zacatecas (81) son las entidades que registraron más muertes
     * violentas", "Jalisco (15), Sonora (12) and Sinaloa (9) were the states with the most homicides". The first count
     * of the list, in brackets, at least three of them, and no other number before the noun; else null.
     */
    Metric metric(LinkQuery q) {
        List<Token> t = q.s().tokens();
        int start = q.mentionStart();
        int end = q.n().end();
        if (start == 0 || !t.get(start - 1).is("(") || end >= t.size() || !t.get(end).is(")")) {
            return null;
        }
        int items = 0;
        int last = -1;
        for (int i = start; i < t.size(); i++) {
            Token tok = t.get(i);
            if (tok.is(".") || tok.is(";") || tok.is(":")) {
                break;
            }
            if (tok.isNumber()) {
                NumberMention m = q.s().numberAt(i);
                if (m == null || !t.get(m.start() - 1).is("(") || m.end() >= t.size() || !t.get(m.end()).is(")")) {
                    break; // a number outside brackets: the list has ended, or it is no list
                }
                items++;
                last = m.end() + 1;
                i = m.end();
            } else if (last >= 0 && i - last > NAMED_AFTER_REACH) {
                break;
            } else if (last >= 0 && i >= last) {
                PhraseTable.Match<Lexicon.Noun> noun = g.lex.nouns.at(t, i);
                if (noun != null && noun.value().counted() != null) {
                    return items >= NAMED_AFTER_ITEMS ? noun.value().counted() : null;
                }
            }
        }
        return null;
    }
}
