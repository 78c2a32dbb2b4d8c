package tally.ingest.extract.link;

import java.util.BitSet;
import java.util.List;
import tally.ingest.lexicon.Lexicon;
import tally.ingest.text.PhraseTable;
import tally.ingest.text.Token;
import tally.stats.Metric;

/**
 * A count whose verb is a word that stands for a verb said before it ({@code [pro verb]}: "de las personas que han
 * arribado, 12.393 lo han hecho a Canarias", "20,000 tried to cross and about 2,300 did so"): it counts what that verb
 * counts, or what the noun before it names ("inmigrantes"), else the statistic being counted. Only people or a bare
 * number.
 */
final class ProVerb implements LinkRule {

    private final Grammar g;

    ProVerb(Grammar g) {
        this.g = g;
    }

    @Override
    public Link link(LinkQuery q) {
        NounPhrase np = q.np();
        if (!np.bareOr(Lexicon.Noun.Kind.PERSON, Lexicon.Noun.Kind.MIGRANT)) {
            return null;
        }
        List<Token> t = q.s().tokens();
        int j = np.end();
        if (j < t.size() && t.get(j).is(",")) {
            j++; // "unos 2.300, lo consiguieron"
        }
        if (j >= t.size() || g.lex.proVerbs.at(t, j) == null) {
            return null;
        }
        Metric before = namedBefore(q);
        Metric metric = before != null ? before : q.statistic();
        return metric == null ? null : Link.continuing(metric, np.end(), np.demonym());
    }

    /** What the nearest verb or noun of a metric before the mention in its sentence counts, or null. */
    private Metric namedBefore(LinkQuery q) {
        List<Token> t = q.s().tokens();
        for (int i = q.mentionStart(); i > 0; i--) {
            PhraseTable.Match<Lexicon.Verb> verb = g.lex.verbs.endingAt(t, i);
            Metric m = verb == null ? null : Grammar.metricFor(verb.value(), null, q.aboutMigration());
            if (m != null) {
                return m;
            }
            PhraseTable.Match<Lexicon.Noun> noun = g.lex.nouns.endingAt(t, i);
            if (noun != null && (noun.value().kind() == Lexicon.Noun.Kind.METRIC || noun.value().kind() == Lexicon.Noun.Kind.MIGRANT)) {
                return noun.value().metric();
            }
        }
        return null;
    }

    @Override
    public BitSet keyWords(Lexicon lex) {
        return lex.proVerbs.keyWords(v -> true);
    }
}
