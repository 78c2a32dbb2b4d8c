package tally.ingest.extract.link;

import java.util.BitSet;
import java.util.List;
import tally.ingest.lexicon.Lexicon;
import tally.ingest.text.PhraseTable;
import tally.ingest.text.Token;
import tally.stats.Definition;
import tally.stats.Metric;

/**
 * Records of a count ("peticiones", "solicitudes", "carpetas de investigación", "cases") count what
 * the article is counting, in a list or not: "de enero a octubre 108.195 peticiones" after asylum
 * claims, "al registrarse 85 carpetas de investigación" after kidnappings; with no statistic before
 * them, what their sentence names before them ("the highest increase in murders, with 178 reported
 * cases"). Else they count nothing we know. ({@link Elliptical} reads them first where they continue a list.)
 */
final class RecordOfCurrent implements LinkRule {

    private final Grammar g;

    RecordOfCurrent(Grammar g) {
        this.g = g;
    }

    @Override
    public Link link(LinkQuery q) {
        if (!q.np().headIs(Lexicon.Noun.Kind.RECORD)) {
            return null;
        }
        Metric current = q.statistic();
        if (current == null) {
            current = namedBefore(q);
        }
        if (current == null && asksForProtection(q)) {
            current = Metric.ASYLUM_CLAIMS;
        }
        return current == null ? null : new Link(current, q.np().end(), false, q.np().demonym());
    }

    /** The metric of the last metric noun before the mention in its sentence ("increase in murders"), or null. */
    private Metric namedBefore(LinkQuery q) {
        List<Token> t = q.s().tokens();
        for (int i = q.mentionStart(); i > 0; i--) {
            PhraseTable.Match<Lexicon.Noun> noun = g.lex.nouns.endingAt(t, i);
            if (noun != null && noun.value().kind() == Lexicon.Noun.Kind.METRIC) {
                return noun.value().metric();
            }
        }
        return null;
    }

    /** How far after the records their clause may say what they ask for. */
    private static final int ASKED_REACH = 8;

    /**
     * The records ask for asylum: a word of the refugees' definition follows in their clause ("108.195 peticiones
     * de migrantes que buscan refugio", "100 mil solicitudes de personas que piden asilo").
     */
    private boolean asksForProtection(LinkQuery q) {
        List<Token> t = q.s().tokens();
        for (int i = q.np().end(); i < Math.min(t.size(), q.np().end() + ASKED_REACH); i++) {
            if (t.get(i).isPunct() || t.get(i).isNumber()) {
                return false;
            }
            PhraseTable.Match<Definition> d = g.lex.definitions.at(t, i);
            if (d != null) {
                return d.value() == Definition.REFUGEES;
            }
        }
        return false;
    }

    @Override
    public BitSet keyWords(Lexicon lex) {
        return lex.nouns.keyWords(n -> n.kind() == Lexicon.Noun.Kind.RECORD);
    }
}
