package tally.ingest.extract.link;

import java.util.BitSet;
import java.util.List;
import tally.ingest.lexicon.Lexicon;
import tally.ingest.text.PhraseTable;
import tally.ingest.text.Token;
import tally.stats.Metric;

/**
 * The counted people after their verb, past a short phrase of place, route or manner that opens
 * with a preposition of the lexicon's (locative, destination, origin, partitive): "han muerto en la
 * ruta canaria al menos 63 personas", "han llegado a sus costas 16.760 migrantes", "han retornado
 * desde México 3 mil 696 personas", "han muerto de forma violenta 3.427 personas". Right after the
 * verb, {@link ObjectVerb} reads them. Only a noun of people (a bare number after a place is too
 * often something else: "murió en el kilómetro 12"), and only in a language whose subjects follow
 * their verb ({@code subject after verb} setting): in English the words there belong to something
 * else ("landed in Sana'a carrying 26 aid workers").
 */
final class VerbFirst implements LinkRule {

    /** How many words the phrase between the verb and the count may hold. */
    private static final int PHRASE_REACH = 6;

    private final Grammar g;

    VerbFirst(Grammar g) {
        this.g = g;
    }

    @Override
    public Link link(LinkQuery q) {
        if (!g.lex.subjectAfterVerb || !q.np().headIs(Lexicon.Noun.Kind.PERSON) && !q.np().headIs(Lexicon.Noun.Kind.MIGRANT)) {
            return null;
        }
        List<Token> t = q.s().tokens();
        int end = pastBrackets(q, q.verbEnd());
        for (int k = end - 1; k >= Math.max(0, end - PHRASE_REACH); k--) {
            Token tok = t.get(k);
            if (tok.isPunct() || tok.isNumber() || q.s().numberAt(k) != null || g.lex.verbs.endingAt(t, k + 1) != null) {
                return null; // the phrase ends at a comma, holds a count, or another verb has its own object
            }
            if (g.lex.locative.contains(tok) || g.lex.destination.contains(tok) || g.lex.origin.contains(tok)
                    || g.lex.partitive.contains(tok)) {
                Link link = verbEndingAt(q, g.skipToVerb(q.s(), k));
                if (link != null) {
                    return link;
                }
            }
        }
        return null;
    }

    /** How many words a bracketed apposition before the count may hold. */
    private static final int BRACKET_REACH = 10;

    /**
     * Where a bracketed apposition that ends right before {@code end} opens ("en Canarias (archipiélago español en
     * el Atlántico) a 103 personas"): it says more about the place, and the phrase before it is the one to read;
     * {@code end} when there is none, or it holds a number.
     */
    private int pastBrackets(LinkQuery q, int end) {
        List<Token> t = q.s().tokens();
        if (end < 1 || !t.get(end - 1).is(")")) {
            return end;
        }
        for (int k = end - 2; k >= Math.max(0, end - 2 - BRACKET_REACH); k--) {
            Token tok = t.get(k);
            if (tok.is("(")) {
                return k;
            }
            if (tok.isNumber() || tok.isPunct() && !tok.is(",")) {
                return end;
            }
        }
        return end;
    }

    private Link verbEndingAt(LinkQuery q, int verbEnd) {
        List<Token> t = q.s().tokens();
        PhraseTable.Match<Lexicon.Verb> verb = g.lex.verbs.endingAt(t, verbEnd);
        if (verb == null) {
            return null;
        }
        if (verb.value().forPeople() == Metric.MIGRANTS && q.np().headWord() != null && g.lex.armed.contains(q.np().headWord())) {
            return null; // "llegaron a la ciudad 300 soldados" are no migrants
        }
        Metric m = Grammar.metricFor(verb.value(), q.head(), q.aboutMigration());
        if (m == null) {
            return null;
        }
        boolean perfect = g.perfectBefore(t, verbEnd - verb.length() - 1);
        return new Link(g.crossingAdjusted(q, m, verb.value().forMigrants()), q.np().end(), perfect,
                q.np().demonym(), verb.value().displacement());
    }

    @Override
    public BitSet keyWords(Lexicon lex) {
        return lex.verbs.keyWords(v -> true);
    }
}
