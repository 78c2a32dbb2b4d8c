package tally.ingest.extract.link;

import java.util.BitSet;
import java.util.List;
import tally.ingest.lexicon.Lexicon;
import tally.ingest.text.PhraseTable;
import tally.ingest.text.Token;
import tally.stats.Metric;

/**
 * A metric noun after the number: "15,273 homicides", "53 migrants dead" on a crossing are migrant deaths, arrests
 * in a sentence about migration apprehensions ("con 1.774 detenciones solo en julio" after irregular crossings);
 * also records of one named after them ("435 casos de muertes violentas", "212 cases of kidnappings").
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
        if (q.np().headIs(Lexicon.Noun.Kind.RECORD)) {
            return recordsOf(q);
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
        if (m == Metric.ARRESTS && (q.aboutMigration() || migrantsBefore(q)) && !ofOtherPeople(q)) {
            m = Metric.APPREHENSIONS; // "1.774 detenciones" of people crossing: as a verb of arrest says of migrants
        }
        return new Link(m, q.np().end(), false, q.np().demonym());
    }

    /** How many articles or stopwords may stand between a record's "of" and the metric noun it records. */
    private static final int RECORDED_REACH = 2;

    /**
     * Records whose metric noun follows them past "de"/"of" ("435 casos de muertes violentas", "cases of the killings"):
     * they count that metric, as the lexicon's fixed rows do ("casos de homicidio"); null when no metric noun follows.
     */
    private Link recordsOf(LinkQuery q) {
        List<Token> t = q.s().tokens();
        int k = q.np().end();
        if (k >= t.size() || !g.lex.partitive.contains(t.get(k))) {
            return null;
        }
        k++;
        for (int skipped = 0; k < t.size() && skipped < RECORDED_REACH && g.lex.stopwords.contains(t.get(k)); skipped++) {
            k++;
        }
        PhraseTable.Match<Lexicon.Noun> noun = k < t.size() ? g.lex.nouns.at(t, k) : null;
        if (noun == null || noun.value().counted() == null) {
            return null;
        }
        int end = k + noun.length();
        if (victimsFollow(q, end)) {
            return null;
        }
        Metric m = g.crossingAdjusted(q, noun.value().counted(), Metric.MIGRANT_DEATHS);
        return new Link(m, end, false, q.np().demonym());
    }

    /** How far after its relative pronoun the count of the records' victims may stand ("que dejaron 4.878 víctimas"). */
    private static final int VICTIMS_REACH = 3;

    /**
     * A relative clause after the records counts what they left ("3.670 casos de homicidios, los que dejaron 4.878
     * víctimas"): the records are events, attempts among them, and the count that follows is the one of people.
     */
    private boolean victimsFollow(LinkQuery q, int end) {
        List<Token> t = q.s().tokens();
        int k = end < t.size() && t.get(end).is(",") ? end + 1 : end;
        if (k < t.size() && g.lex.stopwords.contains(t.get(k)) && !g.lex.relativePronouns.contains(t.get(k))) {
            k++; // "los que"
        }
        if (k >= t.size() || !g.lex.relativePronouns.contains(t.get(k))) {
            return false;
        }
        for (int i = k + 1; i < Math.min(t.size(), k + 1 + VICTIMS_REACH); i++) {
            if (t.get(i).isNumber()) {
                return true;
            }
        }
        return false;
    }

    /**
     * A migrant noun stands before the metric noun in the phrase: "640 migrantes detenidos", "son 1.200 los migrantes
     * detenidos" are migrants held at the border, as a verb of arrest says of migrants, though the participle is the head.
     */
    private boolean migrantsBefore(LinkQuery q) {
        List<Token> t = q.s().tokens();
        for (int i = q.n().end(); i < q.np().end(); i++) {
            PhraseTable.Match<Lexicon.Noun> noun = g.lex.nouns.at(t, i);
            if (noun != null && noun.value().kind() == Lexicon.Noun.Kind.MIGRANT) {
                return true;
            }
        }
        return false;
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
