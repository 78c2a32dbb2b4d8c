package tally.ingest.extract.link;

import java.util.List;
import tally.ingest.extract.analysis.Candidate;
import tally.ingest.extract.mention.NumberMention;
import tally.ingest.lexicon.Lexicon;
import tally.ingest.text.PhraseTable;
import tally.ingest.text.Token;
import tally.stats.Metric;

/**
 * Bare counts that stand where a statistic could go on but go on with something else ({@link Elliptical}'s guards):
 * a remainder that restates a total, a part of things, a count after a count of things, a comparison with a count
 * that is no figure.
 */
final class NoContinuation {

    private final Grammar g;

    NoContinuation(Grammar g) {
        this.g = g;
    }

    /**
     * Whether the count goes on with something other than the article's statistic, by any of the tests below.
     * @param current the metric of the statistic it would go on with
     */
    boolean at(LinkQuery q, Metric current) {
        return comparesWithNoFigure(q, current) || remainder(q) || afterCountOfThings(q) || partOfThings(q) || afterNounOfThings(q);
    }

    /**
     * A bare count, first of its sentence, whose nearest noun before it in the sentence counts things: it counts them
     * ("han caído las embarcaciones, ya que se han registrado 1.065 frente a las 1.115", "the boats fell, as 980 were
     * recorded"), not the statistic the article is counting.
     */
    private boolean afterNounOfThings(LinkQuery q) {
        if (q.head() != null || !q.earlier().isEmpty()) {
            return false;
        }
        List<Token> t = q.s().tokens();
        for (int i = q.mentionStart() - 1; i >= 0; i--) {
            if (t.get(i).isNumber()) {
                return false;
            }
            PhraseTable.Match<Lexicon.Noun> noun = g.lex.nouns.at(t, i);
            if (noun != null && noun.length() + i <= q.mentionStart()) {
                return noun.value().kind() == Lexicon.Noun.Kind.THING;
            }
        }
        return false;
    }

    /**
     * The rest of a total the sentence states by its parts ("the target was killed along with five others",
     * "murió junto a otros cuatro"): the realnews guide does not count a remainder that only restates the total.
     */
    private boolean remainder(LinkQuery q) {
        List<Token> t = q.s().tokens();
        int k = q.mentionStart();
        while (g.lex.remainderLeads.endingAt(t, k) == null) {
            PhraseTable.Match<Boolean> filler = g.lex.fillers.endingAt(t, k); // "junto a otros tres": past "otros", not "a"
            if (filler == null) {
                return false;
            }
            k -= filler.length();
        }
        return true;
    }

    /**
     * A bare count that is a part of things ("dos de las cuatro prisiones", "two of the four camps", "nueve de esos
     * incidentes"): the partitive's noun, past its article (and number), counts things or words the lexicon does not
     * know, not people.
     */
    private boolean partOfThings(LinkQuery q) {
        if (q.head() != null) {
            return false;
        }
        NounPhrase np = g.nounPhrases.partitive(q.s(), q.np().end());
        return np != null && (np.unknownWords() || np.headIs(Lexicon.Noun.Kind.THING));
    }

    /**
     * The count nearest before the mention in its sentence counts things, and no figure stands between: the
     * mention goes on with those things ("a bordo de 190 embarcaciones, 139 más que en 2023 (51)", "las 1.859
     * embarcaciones interceptadas, cuando en 2017 fueron 1.033"), not with the statistic the article is counting.
     */
    private boolean afterCountOfThings(LinkQuery q) {
        if (q.head() != null) {
            return false; // "825 guatemaltecos" names what it counts
        }
        int start = q.mentionStart();
        List<NumberMention> numbers = q.s().numbers();
        for (int k = numbers.size() - 1; k >= 0; k--) {
            NumberMention m = numbers.get(k);
            if (m.end() > start || m.yearLike() || g.notACount.isNotACount(q.s(), m)) {
                continue;
            }
            for (Candidate c : q.earlier()) {
                if (c.number().start() == m.start()) {
                    return false; // a figure stands nearer
                }
            }
            NounPhrase np = g.nounPhrases.at(q.s(), m.end());
            if (np.head() != null || np.unknownWords()) {
                return np.headIs(Lexicon.Noun.Kind.THING); // "203 victimas" misspelt is no thing
            }
        }
        return false;
    }

    /**
     * A comparison right before the mention whose count before it in the sentence is no figure: it compares
     * with that count of something else ("76 illegal firearms taken this year, compared to 81 for the same
     * period last year"), not with the statistic the article is counting. A count of that statistic's own noun is one
     * even when a guard kept it from being a figure ("podría cerrar por debajo de los 120 homicidios, por encima de los
     * 90 de 2024": a projection, then last year's count).
     */
    private boolean comparesWithNoFigure(LinkQuery q, Metric current) {
        List<Token> t = q.s().tokens();
        int start = q.mentionStart();
        if (g.lex.comparisons.endingAt(t, start) == null) {
            return false;
        }
        NumberMention before = null;
        for (NumberMention m : q.s().numbers()) {
            if (m.end() <= start && !g.notACount.isNotACount(q.s(), m)) {
                before = m;
            }
        }
        if (before == null) {
            return false;
        }
        Lexicon.Noun counted = g.nounPhrases.at(q.s(), before.end()).head();
        if (counted != null && counted.counted() == current) {
            return false;
        }
        for (Candidate c : q.earlier()) {
            if (c.number().start() == before.start()) {
                return false;
            }
        }
        return true;
    }
}
