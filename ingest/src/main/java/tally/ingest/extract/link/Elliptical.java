package tally.ingest.extract.link;

import java.util.BitSet;
import java.util.List;
import tally.ingest.extract.analysis.Candidate;
import tally.ingest.extract.guard.PercentAside;
import tally.ingest.lexicon.Lexicon;
import tally.ingest.text.PhraseTable;
import tally.ingest.text.Token;
import tally.stats.Metric;

/**
 * A count with no word of its own for what it counts, standing where a list, breakdown or
 * comparison continues the statistic the article is counting (its last figure, in this sentence or
 * a sentence or two before): "including 120 children", "El Salvador (5.433), Chile (5.294)",
 * "Sonora led with 212", "compared to 122 for 2014", "111 and 73, respectively", "en diciembre
 * fueron 93", "20 occurred in Division A", "85 carpetas" after kidnappings, "los 56.586 de 2021". Only people, records or
 * a bare number: "12 trucks" is no continuation of anything. The constructions that are more than a word before or after
 * the count have their own classes ({@link LineBreakdown}, {@link ChangeOfValue}, {@link PlaceOrTimeItem},
 * {@link EllipsisArticle}, {@link ListNamedAfter}), and so do the counts that go on with something else ({@link NoContinuation}).
 */
final class Elliptical implements LinkRule {

    private final Grammar g;
    private final NoContinuation noContinuation;
    private final ChangeOfValue changeOfValue;
    private final PlaceOrTimeItem placeOrTimeItem;
    private final EllipsisArticle ellipsisArticle;
    private final ListNamedAfter listNamedAfter;
    private final LineBreakdown lineBreakdown;

    Elliptical(Grammar g) {
        this.g = g;
        this.noContinuation = new NoContinuation(g);
        this.changeOfValue = new ChangeOfValue(g);
        this.placeOrTimeItem = new PlaceOrTimeItem(g);
        this.ellipsisArticle = new EllipsisArticle(g);
        this.listNamedAfter = new ListNamedAfter(g);
        this.lineBreakdown = new LineBreakdown(g);
    }

    @Override
    public Link link(LinkQuery q) {
        NounPhrase np = q.np();
        if (!np.bareOr(Lexicon.Noun.Kind.PERSON, Lexicon.Noun.Kind.RECORD)) {
            return null;
        }
        List<Candidate> earlier = q.earlier();
        Metric namedAfter = earlier.isEmpty() ? listNamedAfter.metric(q) : null;
        Metric current = namedAfter != null ? namedAfter : !earlier.isEmpty() ? earlier.get(earlier.size() - 1).metric() : q.currentMetric().get();
        if (current == null || !continues(q) || noContinuation.at(q, current)) {
            return null;
        }
        if (composition(q) && (current == Metric.DEATHS || current == Metric.MIGRANT_DEATHS)) {
            return null; // "The group consists of 83 adult males": who a group of the living is, not the dead counted since
        }
        Metric own = g.ownVerb(q);
        if (own != null && own != current) {
            return new Link(own, np.end(), false, np.demonym()); // "three were killed, while four others were hospitalised": its own verb says what it counts
        }
        return Link.continuing(current, np.end(), np.demonym());
    }

    /**
     * A list lead or comparison right before the mention, an opening bracket or colon, "respectively"
     * after it, a copula and people after a bare count ("50,610 were men"), or "of them" after it.
     */
    private boolean continues(LinkQuery q) {
        List<Token> t = q.s().tokens();
        int start = q.mentionStart();
        if (g.lex.listLeads.endingAt(t, start) != null || composition(q) || g.lex.comparisons.endingAt(t, start) != null
                || PercentAside.endingAt(g.lex, g.lex.comparisons, t, start) != null) {
            return true; // "compared to 122 for 2014", "up 12% from 571 in 2019"
        }
        PhraseTable.Match<Boolean> lead = start > 1 && t.get(start - 1).is(",") ? g.lex.listLeads.endingAt(t, start - 1) : null;
        if (lead == null && start > 1 && t.get(start - 1).is(",")) {
            lead = g.lex.commaListLeads.endingAt(t, start - 1); // "373 asesinatos, de estos, 18 fueron en enero"; not "de estas tres naciones"
        }
        if (lead != null) {
            int leadStart = start - 1 - lead.length();
            if (leadStart == 0 || t.get(leadStart - 1).isPunct()) {
                return true; // "Of them, 12,000 are in Imphal": a lead that opens its clause, then a comma
            }
        }
        if (start > 0 && (t.get(start - 1).is("(") || t.get(start - 1).is(":"))) {
            return true;
        }
        if (shareRestated(t, start)) {
            return true; // "el 82,6 % de ellos, o sea 1.871", "82%, or 1,871": the share said again as a count
        }
        if (areaListOpening(q)) {
            return true; // "por departamento es el siguiente: La Paz, 21 víctimas; Cochabamba, 17"
        }
        if (start > 1 && (t.get(start - 1).is("\u2013") || t.get(start - 1).is("\u2014")) && !t.get(start - 2).isNumber()) {
            return true; // "the rest were soldiers – 9,044 of the army", "estas personas –52 colombianos y 31 bolivianos–"; not "2010–2015"
        }
        if (lineBreakdown.nextItem(q)) {
            return true; // "entre las que se contabilizan: / 2 mil 672 mujeres / 772 niñas, niños y adolescentes"
        }
        int after = q.np().end();
        if (q.head() == null && changeOfValue.at(q, start)) {
            return true; // "pasaron de 38 a 166", "pasaron de 158 en enero de 2016 a 254 este año"
        }
        if (q.head() == null && !q.earlier().isEmpty() && placeOrTimeItem.at(q, start)) {
            return true; // "en Lima se registraron 514 y en el Callao 158, mientras que en Trujillo 90"
        }
        if (q.head() == null && ellipsisArticle.before(q, start) && after < t.size() && g.lex.ellipsisParticiples.contains(t.get(after))) {
            return true; // "los 1240 registrados en Buenos Aires", "los 22.304 registrados en 2024"
        }
        if (q.head() == null && ellipsisArticle.before(q, start) && ellipsisArticle.timeFollows(q, after)) {
            return true; // "comparando los 56.586 de 2021", "los 24.634 y 24.657 de enero y febrero"
        }
        if (q.head() == null && g.lex.partOfThem.at(t, after) != null && (start == 0 || t.get(start - 1).isPunct())) {
            return true; // ", 940 of them in Quebec"; not "returned 600 of them", the object of a verb
        }
        if (q.head() == null && g.lex.breakdownVerbs.at(t, after) != null) {
            return true; // "Of the 66 murders, 20 occurred in Division A", "with 14 happening on the south side"
        }
        PhraseTable.Match<Boolean> copula = q.head() == null ? g.lex.breakdownCopulas.at(t, after) : null;
        if (copula != null && peopleAt(q, after + copula.length())) {
            return true;
        }
        if (after < t.size() && t.get(after).is(",")) {
            after++;
        }
        // an item lead after it ("Renca presentó 54 víctimas, le sigue Maipú", "had 54 victims, followed by"): the list's first item
        return after < t.size() && (g.lex.listTrailers.contains(t.get(after)) || g.lex.itemLeads.at(t, after) != null);
    }

    /** How many words may stand between a share and the comma after it ("el 82,6 % de ellos, o sea 1.871"). */
    private static final int SHARE_TRAIL = 3;

    /**
     * A share, a comma and the lexicon's {@code [share restated]} right before the count ("el 23,5%, o sea 5.007", "82%,
     * or 1,871"): the count that share comes to. Not a change ("una caída del 19,5 %, o sea, 667", "down 82.83%, or
     * 2,129"), whose count is a difference: a word of change in the share's clause rules it out.
     */
    private boolean shareRestated(List<Token> t, int start) {
        int k = start;
        PhraseTable.Match<?> qualifier = g.lex.qualifiers.endingAt(t, k);
        if (qualifier != null) {
            k -= qualifier.length(); // "o sea unos 1.900"
        }
        if (k > 0 && t.get(k - 1).is(",")) {
            k--; // "o sea, 1.871"
        }
        PhraseTable.Match<Boolean> words = k > 0 ? g.lex.shareRestated.endingAt(t, k) : null;
        if (words == null) {
            return false;
        }
        int comma = k - words.length() - 1;
        if (comma < 2 || !t.get(comma).is(",")) {
            return false;
        }
        for (int end = comma; end > Math.max(1, comma - SHARE_TRAIL); end--) {
            PhraseTable.Match<Boolean> pct = g.lex.percent.endingAt(t, end);
            if (pct != null) {
                int number = end - pct.length() - 1;
                return number >= 0 && t.get(number).isNumber() && !changeIn(t, number, comma);
            }
            if (t.get(end - 1).isPunct() || t.get(end - 1).isNumber()) {
                return false;
            }
        }
        return false;
    }

    /** A word of change in the clause of the share at {@code number}, before it or up to {@code comma}. */
    private boolean changeIn(List<Token> t, int number, int comma) {
        for (int i = number - 1; i >= 0 && !t.get(i).isPunct(); i--) {
            if (g.lex.changeSign.at(t, i) != null) {
                return true;
            }
        }
        for (int i = number + 1; i < comma; i++) {
            if (g.lex.changeSign.at(t, i) != null) {
                return true;
            }
        }
        return false;
    }

    /** The lexicon's {@code [composition lead]} right before the mention ("The group consists of 83 adult males"). */
    private boolean composition(LinkQuery q) {
        return g.lex.compositionLeads.endingAt(q.s().tokens(), q.mentionStart()) != null;
    }

    /**
     * The first item of a list of areas after a colon: the area, a comma, then its count ("by parish: Westmoreland,
     * 126; Hanover, 40", "por departamento: La Paz, 21 víctimas; Cochabamba, 17"). {@link ListItem} takes the items
     * after it.
     */
    private boolean areaListOpening(LinkQuery q) {
        int label = g.areaItemStart(q);
        return label > 0 && q.s().tokens().get(label - 1).is(":");
    }

    /** A noun of people or of migrants ("2,400 were spontaneous returnees"), or a demonym, at token i. */
    private boolean peopleAt(LinkQuery q, int i) {
        NounPhrase np = g.nounPhrases.at(q.s(), i);
        return np.headIs(Lexicon.Noun.Kind.PERSON) || np.headIs(Lexicon.Noun.Kind.MIGRANT)
                || np.head() != null && np.head().counted() == Metric.MIGRANTS || q.s().demonymAt(i) != null;
    }

    /**
     * None: it continues a figure of the same sentence, linked by another rule, or one of the
     * sentences before, after which the extractor reads every number of the next sentences.
     */
    @Override
    public BitSet keyWords(Lexicon lex) {
        return new BitSet();
    }
}
