package tally.ingest.extract.link;

import java.util.BitSet;
import java.util.List;
import tally.ingest.lexicon.Lexicon;
import tally.ingest.text.PhraseTable;
import tally.ingest.text.Token;
import tally.stats.Metric;

/**
 * The counted people as the object of a verb before the number: "killed four civilians",
 * "deported 400,000 Mexicans", "killed 12" when nothing that could be an object follows.
 */
final class ObjectVerb implements LinkRule {

    private final Grammar g;

    ObjectVerb(Grammar g) {
        this.g = g;
    }

    /** Shared with {@link ActOf}: people (not lives, not records), or a bare number nothing else could follow as object. */
    static boolean takesObject(Grammar g, LinkQuery q) {
        return !q.np().headIs(Lexicon.Noun.Kind.LIVES) && !q.np().headIs(Lexicon.Noun.Kind.RECORD)
                && (q.head() != null || g.objectEndsHere(q.s(), q.np().end()));
    }

    @Override
    public Link link(LinkQuery q) {
        if (!takesObject(g, q)) {
            return null;
        }
        PhraseTable.Match<Lexicon.Verb> verb = g.lex.verbs.endingAt(q.s().tokens(), q.verbEnd());
        if (verb == null) {
            return null;
        }
        if (q.head() == null && g.lex.breakdownCopulas.at(q.s().tokens(), q.np().end()) != null) {
            return null; // "of the firearms removed 47 were pistols": the bare count is the subject of its own clause
        }
        if (totalIsSubject(q.s().tokens(), q.verbEnd() - verb.length())) {
            return null; // "cifra que llegó a 2.004", "the figure reached 400": the total's value, not people arriving
        }
        if (!verb.value().transitive() && linksTotal(q, q.verbEnd() - verb.length())) {
            return null; // "las personas asesinadas llegaron a 287": a total's value (TotalValue), not people arriving
        }
        Metric m = Grammar.metricFor(verb.value(), q.head(), q.aboutMigration());
        if (m == null) {
            return null;
        }
        boolean perfect = g.perfectBefore(q.s().tokens(), q.verbEnd() - verb.length() - 1);
        return new Link(g.crossingAdjusted(q, m, verb.value().forMigrants()), q.np().end(), perfect,
                q.np().demonym(), verb.value().displacement());
    }

    /** An intransitive verb whose words up to the number are a total link ("llegaron a", "llegaron a los"). */
    private boolean linksTotal(LinkQuery q, int verbStart) {
        PhraseTable.Match<Boolean> link = g.lex.totalLinks.endingAt(q.s().tokens(), q.mentionStart());
        return link != null && q.mentionStart() - link.length() <= verbStart;
    }

    /** A bare total ("cifra", "figure") right before the verb, perhaps past a relative or an auxiliary ("que", "has"). */
    private boolean totalIsSubject(List<Token> t, int verbStart) {
        PhraseTable.Match<Boolean> filler = g.lex.toVerb.endingAt(t, verbStart);
        int end = filler == null ? verbStart : verbStart - filler.length();
        return g.lex.bareTotals.endingAt(t, end) != null;
    }

    @Override
    public BitSet keyWords(Lexicon lex) {
        return lex.verbs.keyWords(v -> true);
    }
}
