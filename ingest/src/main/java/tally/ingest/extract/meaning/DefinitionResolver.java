package tally.ingest.extract.meaning;

import java.util.List;
import tally.ingest.extract.analysis.ArticleContext;
import tally.ingest.extract.analysis.Candidate;
import tally.ingest.extract.analysis.ClauseBreak;
import tally.ingest.extract.analysis.SentenceAnalysis;
import tally.ingest.lexicon.Lexicon;
import tally.ingest.text.PhraseTable;
import tally.ingest.text.Token;
import tally.ingest.text.TokenGap;
import tally.stats.Category;
import tally.stats.Definition;
import tally.stats.Metric;

/**
 * Which definition a figure follows (realnews/README.md, "Definition"): the lexicon's
 * {@code [definition]} phrase nearest the count that fits the metric (for violence anywhere in the count's clause, for
 * migration within {@value #REACH} tokens; asylum claims are always refugees' claims)
 * ("15,273 killed in drug-related violence": organized crime; "25,757 homicides": homicide), else
 * the definition of the figure before when it goes on with it ("including 11 children") or counts the
 * same metric (on the real development set, 0.631 right against 0.599 without), else the title's, else the
 * lede's (the article's first sentence), else unspecified. A phrase
 * that mixes two ("migrants and refugees") is unspecified in the lexicon, and the words of the source
 * the count is credited to are not read ("the U.N. refugee agency said").
 */
public final class DefinitionResolver {

    private final Lexicon lex;

    /** How far from the count a migration definition word may stand: further on, it describes something else (violence: the sentence). */
    private static final int REACH = 16;

    /** How near the count an organized-crime word must stand to make its murders organized crime's. */
    private static final int TIE_REACH = 6;

    /** Where the count stands when the words read are not its sentence's (the lede): every number there is another count's. */
    private static final int ELSEWHERE = Integer.MAX_VALUE;

    public DefinitionResolver(Lexicon lex) {
        this.lex = lex;
    }

    /**
     * @param continues the count goes on with the figure before it
     * @param source    who the sentence credits the count to, or null: its words ("the U.N. refugee agency")
     *                  describe the source, not the count
     */
    public Definition definition(SentenceAnalysis s, Candidate c, boolean continues, AttributionReader.Source source,
                                 ArticleContext context) {
        if (c.metric() == Metric.ASYLUM_CLAIMS) {
            return Definition.REFUGEES; // a claim for asylum is a refugee's, whatever the sentence calls it
        }
        List<Token> t = s.tokens();
        // Violence: the count's clause, however long ("killed 14 soldiers ... in an attack claimed by Boko Haram"), since
        // a word in another clause of the sentence is as often another event's ("..., while 141 were killed by vigilantes");
        // migration: near the count, since a migration word in another clause after it describes something else
        boolean violence = c.metric().category() == Category.VIOLENCE;
        int end = Math.max(c.mentionEnd(), c.mentionStart() + 1);
        int from = violence ? clauseStart(t, c.mentionStart()) : Math.max(0, c.mentionStart() - REACH);
        int to = violence ? clauseEnd(t, end) : Math.min(t.size(), end + REACH);
        // A capitalized definition word inside a name ("el Informe ... sobre Inmigración Irregular") is no definition of a
        // migration count, in a language that writes no headline in title case (the one that capitalizes no month either);
        // a named armed group or cartel still says what the violence is
        boolean skipNames = !violence && !lex.capitalizedMonths;
        Definition best = nearest(t, from, to, c, c.mentionStart(), source, skipNames);
        if (best == Definition.HOMICIDE && within(t, Math.max(from, c.mentionStart() - TIE_REACH), Math.min(to, end + TIE_REACH),
                source, Definition.ORGANIZED_CRIME)) {
            // "1,244 murders attributed to organized crime", "homicidios atribuidos al narco", "drug-related murders": the
            // murders are what is counted, organized crime what the text ties them to, and the tie decides
            // (realnews/README.md, "Definition"); a cartel further off in the clause ("2,000 homicides since the cartel's
            // split", "11 homicidios, pese al llamado a los grupos del crimen organizado") is the setting, not the count's kind
            best = Definition.ORGANIZED_CRIME;
        } else if (best == Definition.IRREGULAR && c.metric() == Metric.MIGRANTS && within(t, from, to, source, Definition.RETURNEES)) {
            // "9,936 undocumented Afghans returned from Iran": the count is of people going back (returnees, the guide's
            // metric choices); "undocumented" says what they were in the country they left
            best = Definition.RETURNEES;
        } else if ((best == Definition.REFUGEES || best == Definition.INTERNALLY_DISPLACED) && c.metric() == Metric.MIGRANTS
                && within(t, Math.max(from, clauseStart(t, c.mentionStart())), Math.min(to, clauseEnd(t, end)), source,
                Definition.RETURNEES)) {
            // "5,400 Somali refugees have returned home", "440,000 internally displaced people have returned to their homes",
            // "refugiados que retornaron": so are refugees and the displaced who go back, when their own clause says so
            // ("300 refugees arrived, while 40 returned" leaves the 300 refugees)
            best = Definition.RETURNEES;
        }
        if (best != null) {
            return best;
        }
        Candidate previous = context.previousFigure();
        // The figure before, of the same metric, is the statistic the article is about ("drug-related" said once); of
        // another metric of its category, the same violence ("killed nine and injured six" in a war, in gang violence),
        // unless its definition is what that metric counts ("asesinadas" makes homicides, not kidnappings).
        // "Irregular" does not carry to a migration figure of another metric: "525 migrants died" after "24,684 illegal migrants
        // were intercepted" counts the deaths of every migrant on the route (on the real development set that carry was
        // right 3 times in 11); "returned" does ("4,093 returned and 5,843 were deported": returnees both)
        boolean sameStatistic = continues || previous != null && (previous.metric() == c.metric()
                || previous.metric().category() == c.metric().category() && previous.definition() != Definition.HOMICIDE
                && (violence || previous.definition() != Definition.IRREGULAR));
        if (sameStatistic && previous != null && previous.definition() != null && previous.definition().appliesTo(c.metric())) {
            return previous.definition();
        }
        List<Token> title = context.before().titleTokens(); // "Mexico releases its database of drug-war killings"
        Definition titled = nearest(title, 0, title.size(), c, 0, null, false);
        SentenceAnalysis lede = context.before().lede();
        if (titled == null && lede != null && lede != s) {
            // A lede that states what the article counts ("Las llegadas irregulares de migrantes a España han descendido
            // un 29,3%", "More than 2,500 people were killed or injured in gang violence") defines the figures that go
            // on with it, as a title does (realnews/README.md, "Definition": a sentence before;
            // on the real development set, definition 0.887 -> 0.896 en, 0.804 -> 0.841 es); "murdered" there says what
            // the deaths are, not the kidnappings after them
            List<Token> l = lede.tokens();
            titled = nearest(l, 0, l.size(), c, ELSEWHERE, null, skipNames);
            if (titled == Definition.HOMICIDE && c.metric() != Metric.DEATHS) {
                titled = null;
            }
        }
        return titled != null ? titled : Definition.UNSPECIFIED;
    }

    /**
     * Where the count's clause opens: after the last semicolon, or comma and conjunction or contrast ("and", "while",
     * "mientras que"), before it; else the sentence's start.
     */
    private int clauseStart(List<Token> t, int start) {
        for (int i = start - 1; i >= 0; i--) {
            if (ClauseBreak.at(lex, t, i)) {
                return i + 1;
            }
        }
        return 0;
    }

    /**
     * Where the count's clause ends: at the first semicolon, or comma and conjunction or contrast, after it; or at a comma
     * and a relative pronoun past the count's words, whose clause is said of the noun before it ("wounded in the blast at
     * the depot, which rebels had shelled before"), not of the count. A relative right after the count's words is said of
     * the people counted ("mataron a 7 comerciantes, que se negaban a pagar al cártel") and stays in the clause.
     */
    private int clauseEnd(List<Token> t, int end) {
        for (int i = end; i < t.size(); i++) {
            if (ClauseBreak.at(lex, t, i) || i > end && relativeOfAnotherNoun(t, i)) {
                return i;
            }
        }
        return t.size();
    }

    /**
     * A comma and a relative pronoun ("which", "que") at token i after a common noun of a thing or place ("the depot,
     * which", "la alcaldía, que"). Not after a noun of one event ("an ambush, which police blamed on a gang": who did
     * the event the count belongs to), nor after a name, a date or a weekday ("in Tumaco on Sunday, which"), where the
     * relative is as often said of the whole event.
     */
    private boolean relativeOfAnotherNoun(List<Token> t, int i) {
        if (i < 1 || !t.get(i).is(",") || i + 1 >= t.size()
                || !lex.relativePronouns.contains(t.get(i + 1)) && !lex.relativeOnly.contains(t.get(i + 1))) {
            return false;
        }
        Token noun = t.get(i - 1);
        if (!noun.isWord() || noun.isCapitalized() || lex.months.at(t, i - 1) != null || lex.weekdays.at(t, i - 1) != null) {
            return false;
        }
        return lex.incident.endingAt(t, i) == null;
    }

    /** Whether a phrase of this definition stands in tokens [from, to), outside the source's words. */
    private boolean within(List<Token> t, int from, int to, AttributionReader.Source source, Definition wanted) {
        for (int i = from; i < to; ) {
            PhraseTable.Match<Definition> m = lex.definitions.at(t, i);
            if (m == null) {
                i++;
                continue;
            }
            if (m.value() == wanted && (source == null || !source.covers(i))) {
                return true;
            }
            i += m.length();
        }
        return false;
    }

    /**
     * A definition phrase written capitalized inside a sentence, in a run of capitalized words after a lower-case word, is
     * part of a name: a report, an office, a law ("el Informe ... sobre Inmigración Irregular", "the Illegal Immigration
     * Reform Act"), not what the count follows (realnews/README.md, "Definition"). A run that opens the sentence or follows
     * punctuation is a title-case headline, and counts.
     */
    private static boolean inName(List<Token> t, int i, int length) {
        for (int k = i; k < i + length; k++) {
            if (t.get(k).isWord() && !t.get(k).isCapitalized()) {
                return false;
            }
        }
        int k = i - 1;
        while (k >= 0 && t.get(k).isCapitalized()) {
            k--;
        }
        return k >= 0 && t.get(k).isWord() && !t.get(k).isCapitalized();
    }

    /**
     * A migration definition word right after the number of a count before this count of deaths on the route ("4,819
     * illegal migrants were intercepted, adding that 505 migrants died"; "300 migrantes irregulares ..., y otros 40
     * murieron") describes that count: the deaths are of every migrant on the route (realnews/README.md, "Definition": a
     * word that describes another count does not count; on the real development set 62 of 66 migrant deaths are
     * unspecified). Arrests or arrivals after "4,200 irregular crossings" are of those crossings, and a word after this
     * count ("16.760 migrantes y 553 embarcaciones irregulares") goes on with it, as the annotators read them.
     */
    private static boolean otherCount(List<Token> t, int i, Candidate c, int own) {
        if (c.metric() != Metric.MIGRANT_DEATHS) {
            return false; // "4,200 irregular crossings ..., with 1,100 arrests at the border": the arrests are of those crossings
        }
        for (int k = i - 1, words = 0; k >= 0 && words <= 1; k--) {
            Token p = t.get(k);
            if (p.isNumber()) {
                return k < own;
            }
            if (!p.isWord()) {
                return false;
            }
            words++;
        }
        return false;
    }

    /** The phrase nearest the count in tokens [from, to) whose definition fits its metric, outside the source's words. */
    private Definition nearest(List<Token> t, int from, int to, Candidate c, int own, AttributionReader.Source source, boolean skipNames) {
        Definition best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (int i = from; i < to; ) {
            PhraseTable.Match<Definition> m = lex.definitions.at(t, i);
            if (m == null) {
                i++;
                continue;
            }
            if (m.value().appliesTo(c.metric()) && (source == null || !source.covers(i)) && !(skipNames && inName(t, i, m.length()))
                    && !otherCount(t, i, c, own)) {
                int d = TokenGap.between(i, i + m.length(), c.mentionStart(), c.mentionEnd());
                if (d < bestDistance) {
                    best = m.value();
                    bestDistance = d;
                }
            }
            i += m.length(); // "war on drugs" is not also "war"
        }
        return best;
    }
}
