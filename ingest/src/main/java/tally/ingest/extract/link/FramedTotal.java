package tally.ingest.extract.link;

import java.util.BitSet;
import java.util.List;
import tally.ingest.lexicon.Lexicon;
import tally.ingest.text.PhraseTable;
import tally.ingest.text.Token;
import tally.stats.Metric;

/**
 * A total named by a frame and the noun phrase of what it counts, then a linking verb right before
 * the number: "el número de refugiados y migrantes venezolanos en el mundo ha alcanzado los tres
 * millones", "the number of Venezuelan refugees and migrants rose to 3 million". The lexicon's
 * total nouns list fixed phrases ("número de migrantes"); the frame takes any phrase whose head
 * the lexicon knows, migrants and other people by what a verb after them says happened to them ("the number of migrants
 * intercepted ... has reached 6989", "the number of Iraqi civilians killed in violence dropped from 504"). The number may
 * also stand in apposition, after a comma (and "with"), right after the counted noun phrase: "Ecuador tiene el mayor número
 * de migrantes venezolanos, más de 800.000, seguido de Chile con 400.000", "has the largest number of asylum seekers, with
 * 52,000": the first item of a list that goes on after it.
 */
final class FramedTotal implements LinkRule {

    /** How far back in its clause the frame may stand before the linking verb. */
    private static final int CLAUSE_LOOKBACK = 20;

    private final Grammar g;

    FramedTotal(Grammar g) {
        this.g = g;
    }

    @Override
    public Link link(LinkQuery q) {
        if (q.np().headIs(Lexicon.Noun.Kind.LIVES) || q.np().headIs(Lexicon.Noun.Kind.METRIC)) {
            return null;
        }
        List<Token> t = q.s().tokens();
        int start = q.mentionStart();
        PhraseTable.Match<Boolean> link = g.lex.totalLinks.endingAt(t, start);
        int linkStart = link == null ? -1 : start - link.length();
        int comma = -1;
        if (link == null || link.length() < 2 && t.get(start - 1).lower().length() <= 3) {
            comma = appositionComma(t, start);
            if (comma < 0) {
                return null; // "of", "at", "is" alone link too loosely
            }
            linkStart = comma;
        }
        boolean asideSkipped = comma >= 0; // an apposition's noun phrase ends right at its comma: no aside between
        for (int p = linkStart; p > Math.max(0, start - CLAUSE_LOOKBACK); p--) {
            Token prev = t.get(p - 1);
            int aside = asideSkipped ? -1 : g.asideStart(q.s(), p - 1);
            if (aside > 0) {
                asideSkipped = true;
                p = aside + 1; // "la cifra de detenidos, desde que se implementó el régimen, asciende a": past the aside
                continue;
            }
            if (prev.isPunct() && !prev.is("-")) {
                return null;
            }
            if (g.lex.totalFrames.endingAt(t, p) != null) {
                NounPhrase counted = g.nounPhrases.at(q.s(), p);
                if (comma >= 0 && counted.end() != comma) {
                    return null; // "the number of migrants in the camps, 4,000 of them children": no apposition of the total
                }
                Metric m = counted.headIs(Lexicon.Noun.Kind.METRIC) || counted.headIs(Lexicon.Noun.Kind.MIGRANT) ? counted.head().metric() : null;
                PhraseTable.Match<Lexicon.Verb> verb = m == null || counted.end() >= start ? null : g.lex.verbs.at(t, counted.end());
                if (verb != null && counted.headIs(Lexicon.Noun.Kind.MIGRANT)) {
                    m = verb.value().forMigrants(); // "the number of migrants intercepted": what happened to them
                }
                if (m == null && counted.headIs(Lexicon.Noun.Kind.PERSON) && counted.end() < linkStart) {
                    verb = g.lex.verbs.at(t, counted.end());
                    m = verb == null ? null : Grammar.metricFor(verb.value(), counted.head(), q.aboutMigration()); // "the number of civilians killed"
                }
                if (m == null) {
                    m = g.participleBefore(q, p, linkStart); // "the number of displaced people has reached"
                }
                if (m == null) {
                    return null;
                }
                Metric metric = g.crossingAdjusted(q.s(), m, Metric.MIGRANT_DEATHS, q.s().namesMigrants());
                // An apposition that ranks the places of the statistic being counted ("tiene el mayor número de ..., más de
                // 800.000") is its first list item: it goes on with it, as the items after it do.
                return comma >= 0 && metric == q.statistic() ? Link.continuing(metric, q.np().end(), counted.demonym())
                        : new Link(metric, q.np().end(), false, counted.demonym());
            }
        }
        return null;
    }

    /**
     * The comma of a count in apposition: right before the mention, or before the lexicon's {@code [item with]} word
     * ("..., con más de 800.000", "..., with 52,000"); else -1.
     */
    private int appositionComma(List<Token> t, int start) {
        int p = start > 0 && g.lex.itemWith.contains(t.get(start - 1)) ? start - 1 : start;
        return p > 0 && t.get(p - 1).is(",") ? p - 1 : -1;
    }

    @Override
    public BitSet keyWords(Lexicon lex) {
        return lex.totalFrames.keyWords(v -> true);
    }
}
