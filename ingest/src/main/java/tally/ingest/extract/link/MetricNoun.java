package tally.ingest.extract.link;

import java.util.BitSet;
import java.util.List;
import tally.ingest.lexicon.Lexicon;
import tally.ingest.text.PhraseTable;
import tally.ingest.text.Token;
import tally.stats.Metric;

/**
 * A metric noun after the number: "15,273 homicides", "53 migrants dead" on a crossing are migrant deaths, arrests
 * in a sentence about migration apprehensions ("con 1.774 detenciones solo en julio" after irregular crossings).
 */
final class MetricNoun implements LinkRule {

    private final Grammar g;

    private final ChangeOfValue changeOfValue;

    private final SubjectVerb subjectVerb;

    MetricNoun(Grammar g) {
        this.g = g;
        this.changeOfValue = new ChangeOfValue(g);
        this.subjectVerb = new SubjectVerb(g);
    }

    @Override
    public Link link(LinkQuery q) {
        if (q.np().head() == null) {
            Metric to = changeOfValue.fromValueNoun(q);
            return to == null ? null : new Link(to, q.np().end(), false, q.np().demonym()); // "pasó de 1 208 a 810 homicidios"
        }
        if (!q.np().headIs(Lexicon.Noun.Kind.METRIC)) {
            return null;
        }
        if (q.head().metric() == Metric.MIGRANTS && g.lex.actsOf.endingAt(q.s().tokens(), q.verbEnd()) != null) {
            return null; // "the loss of life of 15 refugees", "el asesinato de 12 desplazados": the act counts them (ActOf)
        }
        if (q.head().metric() == Metric.MIGRANTS && befell(q)) {
            return null; // "two refugees have been killed", "cinco desplazados fueron secuestrados": the verb counts them
        }
        Metric m = g.crossingAdjusted(q, q.head().metric(), Metric.MIGRANT_DEATHS);
        if (m == Metric.ARRESTS && q.aboutMigration() && !ofOtherPeople(q)) {
            m = Metric.APPREHENSIONS; // "1.774 detenciones" of people crossing: as a verb of arrest says of migrants
        }
        return new Link(m, q.np().end(), false, q.np().demonym());
    }

    /** Whether the verb the people are subject of counts them as something else than migrants (SubjectVerb links them so). */
    private boolean befell(LinkQuery q) {
        Link verb = subjectVerb.link(q);
        return verb != null && verb.metric() != Metric.MIGRANTS;
    }

    /** How far after the noun the people it counts may be named ("35 detenciones de presuntos traficantes"). */
    private static final int OF_REACH = 4;

    /** The arrests are of people who are no migrants: "35 detenciones de traficantes", "45 arrests of smugglers". */
    private boolean ofOtherPeople(LinkQuery q) {
        List<Token> t = q.s().tokens();
        int end = q.np().end();
        if (end >= t.size() || !g.lex.nounTrailers.contains(t.get(end))) {
            return false;
        }
        for (int i = end + 1; i < Math.min(t.size(), end + OF_REACH); i++) {
            PhraseTable.Match<Lexicon.Noun> noun = g.lex.nouns.at(t, i);
            if (noun != null) {
                return noun.value().kind() == Lexicon.Noun.Kind.PERSON;
            }
            if (t.get(i).isPunct() || t.get(i).isNumber()) {
                return false;
            }
        }
        return false;
    }

    @Override
    public BitSet keyWords(Lexicon lex) {
        return lex.nouns.keyWords(n -> n.kind() == Lexicon.Noun.Kind.METRIC);
    }
}
