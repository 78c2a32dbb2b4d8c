package tally.ingest.extract.link;

import java.util.BitSet;
import java.util.List;
import tally.ingest.extract.analysis.Candidate;
import tally.ingest.extract.analysis.SentenceAnalysis;
import tally.ingest.extract.guard.Ranges;
import tally.ingest.extract.mention.PlaceMention;
import tally.ingest.extract.mention.TimeMention;
import tally.ingest.extract.mention.NumberMention;
import tally.ingest.lexicon.Lexicon;
import tally.ingest.text.PhraseTable;
import tally.ingest.text.Token;
import tally.stats.Metric;

/**
 * A count with no word of its own for what it counts, standing where a list, breakdown or
 * comparison continues the statistic the article is counting (its last figure, in this sentence or
 * a sentence or two before): "including 120 children", "El Salvador (5.433), Chile (5.294)",
 * "Sonora led with 212", "compared to 122 for 2014", "111 and 73, respectively", "en diciembre
 * fueron 93", "20 occurred in Division A", "85 carpetas" after kidnappings, "los 56.586 de 2021". Only people, records or a bare number: "12 trucks" is
 * no continuation of anything.
 */
final class Elliptical implements LinkRule {

    private final Grammar g;

    Elliptical(Grammar g) {
        this.g = g;
    }

    @Override
    public Link link(LinkQuery q) {
        NounPhrase np = q.np();
        if (!(np.head() == null || np.headIs(Lexicon.Noun.Kind.PERSON) || np.headIs(Lexicon.Noun.Kind.RECORD))) {
            return null;
        }
        List<Candidate> earlier = q.earlier();
        Metric namedAfter = earlier.isEmpty() ? namedAfterList(q) : null;
        Metric current = namedAfter != null ? namedAfter : !earlier.isEmpty() ? earlier.get(earlier.size() - 1).metric() : q.currentMetric().get();
        if (current == null || !continues(q) || comparesWithNoFigure(q) || remainder(q) || afterCountOfThings(q) || partOfThings(q)) {
            return null;
        }
        Metric own = g.ownVerb(q);
        if (own != null && own != current) {
            return new Link(own, np.end(), false, np.demonym()); // "three were killed, while four others were hospitalised": its own verb says what it counts
        }
        return Link.continuing(current, np.end(), np.demonym());
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
     * A bare count that is a part of things ("dos de las cuatro prisiones", "two of the four camps"): the partitive's
     * noun, past its article and number, counts things or words the lexicon does not know, not people.
     */
    private boolean partOfThings(LinkQuery q) {
        List<Token> t = q.s().tokens();
        int k = q.np().end();
        if (q.head() != null || k >= t.size() || !g.lex.partitive.contains(t.get(k))) {
            return false;
        }
        k++;
        while (k < t.size() && g.lex.stopwords.contains(t.get(k))) {
            k++; // "de las", "of the"
        }
        NumberMention inside = k < t.size() ? q.s().numberAt(k) : null;
        if (inside == null) {
            return false; // "20 de ellos", "one of the victims": no count of its own
        }
        NounPhrase np = g.nounPhrases.at(q.s(), inside.end());
        return np.unknownWords() || np.headIs(Lexicon.Noun.Kind.THING);
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
     * period last year"), not with the statistic the article is counting.
     */
    private boolean comparesWithNoFigure(LinkQuery q) {
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
        for (Candidate c : q.earlier()) {
            if (c.number().start() == before.start()) {
                return false;
            }
        }
        return true;
    }

    /**
     * A list lead or comparison right before the mention, an opening bracket or colon, "respectively"
     * after it, a copula and people after a bare count ("50,610 were men"), or "of them" after it.
     */
    private boolean continues(LinkQuery q) {
        List<Token> t = q.s().tokens();
        int start = q.mentionStart();
        if (g.lex.listLeads.endingAt(t, start) != null || g.lex.comparisons.endingAt(t, start) != null) {
            return true;
        }
        PhraseTable.Match<Boolean> lead = start > 1 && t.get(start - 1).is(",") ? g.lex.listLeads.endingAt(t, start - 1) : null;
        if (lead != null) {
            int leadStart = start - 1 - lead.length();
            if (leadStart == 0 || t.get(leadStart - 1).isPunct()) {
                return true; // "Of them, 12,000 are in Imphal": a lead that opens its clause, then a comma
            }
        }
        if (start > 0 && (t.get(start - 1).is("(") || t.get(start - 1).is(":"))) {
            return true;
        }
        if (start > 1 && (t.get(start - 1).is("\u2013") || t.get(start - 1).is("\u2014")) && !t.get(start - 2).isNumber()) {
            return true; // "the rest were soldiers – 9,044 of the army", "estas personas –52 colombianos y 31 bolivianos–"; not "2010–2015"
        }
        if (nextLineItem(q)) {
            return true; // "entre las que se contabilizan: / 2 mil 672 mujeres / 772 niñas, niños y adolescentes"
        }
        int after = q.np().end();
        if (q.head() == null && changeValue(q, start)) {
            return true; // "pasaron de 38 a 166", "pasaron de 158 en enero de 2016 a 254 este año"
        }
        if (q.head() == null && !q.earlier().isEmpty() && afterPlaceOrTime(q, start)) {
            return true; // "en Lima se registraron 514 y en el Callao 158, mientras que en Trujillo 90"
        }
        if (q.head() == null && afterEllipsisArticle(q, start) && after < t.size() && g.lex.ellipsisParticiples.contains(t.get(after))) {
            return true; // "los 1240 registrados en Buenos Aires", "los 22.304 registrados en 2024"
        }
        if (q.head() == null && afterEllipsisArticle(q, start) && timeFollows(q, after)) {
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
        return after < t.size() && g.lex.listTrailers.contains(t.get(after));
    }

    /**
     * Either value of a change: the one a verb of change started from ("pasaron de 38 a 166", "fell from 191 to
     * 180") or the one it came to, after "a"/"to" and the value it started from, past that value's time ("de 158
     * en enero y febrero de 2016, a 254").
     */
    private boolean changeValue(LinkQuery q, int start) {
        List<Token> t = q.s().tokens();
        if (changeOpensClause(t, start)) {
            return true;
        }
        int k = start;
        if (k < 2 || !g.lex.rangeJoin.contains(t.get(k - 1))) {
            return false;
        }
        NumberMention from = null;
        for (NumberMention m : q.s().numbers()) {
            if (m.end() < k && !m.yearLike()) {
                from = m;
            }
        }
        return from != null && changeOpensClause(t, from.start());
    }

    /**
     * A verb of change before the value at {@code start} that opens its clause, so that what changed is the
     * statistic being counted ("la cifra creció: pasó de 11 a 75", ", pasando de 38 a 166"), not a subject of
     * its own ("las de rapiña cayeron de 17.766 a 13.487": another offence).
     */
    private boolean changeOpensClause(List<Token> t, int start) {
        if (!Ranges.changeFrom(g.lex, t, start)) {
            return false;
        }
        int verb = start - g.lex.totalLinks.endingAt(t, start).length();
        return verb == 0 || t.get(verb - 1).isPunct();
    }

    /**
     * A place or time right before the count, opened by a comma or a word that joins it to a figure before in
     * the sentence ("y en el Callao 158", "mientras que en Trujillo 90", "in Sonora 212, in Sinaloa 140"): the
     * next item of that statistic's list.
     */
    private boolean afterPlaceOrTime(LinkQuery q, int start) {
        List<Token> t = q.s().tokens();
        PlaceMention place = q.s().placeEndingAt(start);
        TimeMention time = place == null ? q.s().timeEndingAt(start) : null;
        int k = place != null ? place.start() : time != null ? time.start() : namedAfterLocative(q, start);
        if (k < 0) {
            return false;
        }
        while (k > 0) {
            if (t.get(k - 1).is(",") || t.get(k - 1).is(";") || g.lex.conjunctions.endingAt(t, k) != null
                    || g.lex.listLeads.endingAt(t, k) != null) {
                return true;
            }
            if (!g.lex.stopwords.contains(t.get(k - 1))) {
                return false;
            }
            k--;
        }
        return false;
    }

    /**
     * A name the place table does not hold, after a locative and before a count that closes its item ("mientras
     * que en Trujillo 90", "y en el Callao 158"): where it starts (the locative), or -1.
     */
    private int namedAfterLocative(LinkQuery q, int start) {
        List<Token> t = q.s().tokens();
        int end = q.n().end();
        if (end < t.size() && !t.get(end).isPunct() && g.lex.conjunctions.at(t, end) == null) {
            return -1;
        }
        int k = start;
        while (k > 0 && start - k < 3 && t.get(k - 1).isCapitalized() && !t.get(k - 1).isNumber()) {
            k--;
        }
        if (k == start || k == 0) {
            return -1;
        }
        if (k > 1 && g.lex.stopwords.contains(t.get(k - 1)) && g.lex.locative.contains(t.get(k - 2))) {
            k--; // "en el Callao"
        }
        return g.lex.locative.contains(t.get(k - 1)) ? k - 1 : -1;
    }

    /** An article stands for the left-out noun right before the count, or before the counts it is joined to by "and". */
    private boolean afterEllipsisArticle(LinkQuery q, int start) {
        List<Token> t = q.s().tokens();
        while (start > 1 && g.lex.conjunctions.endingAt(t, start) != null) {
            int joined = start - g.lex.conjunctions.endingAt(t, start).length();
            NumberMention before = null;
            for (NumberMention m : q.s().numbers()) {
                if (m.end() == joined) {
                    before = m;
                }
            }
            if (before == null) {
                return false;
            }
            start = before.start();
        }
        return start > 0 && g.lex.ellipsisArticles.contains(t.get(start - 1));
    }

    /** A time at token i, perhaps after a preposition ("de 2021", "de todo 2020") or past more counts joined by "and" ("y 24.657 de febrero"). */
    private boolean timeFollows(LinkQuery q, int i) {
        List<Token> t = q.s().tokens();
        PhraseTable.Match<Boolean> and;
        while (i < t.size() && (and = g.lex.conjunctions.at(t, i)) != null && q.s().numberAt(i + and.length()) != null) {
            i = q.s().numberAt(i + and.length()).end();
        }
        for (int k = i; k < Math.min(t.size(), i + 3); k++) {
            if (q.s().startsTime(k)) {
                return true;
            }
            if (!g.lex.stopwords.contains(t.get(k))) {
                return false; // past "de", "de todo", "de todo el" only
            }
        }
        return false;
    }

    /** How many counts in brackets a list must have for the statistic named after it to be theirs. */
    private static final int NAMED_AFTER_ITEMS = 3;
    /** How far after the list's last item the noun of its statistic may stand ("son las entidades que registraron ... muertes"). */
    private static final int NAMED_AFTER_REACH = 15;

    /**
     * The metric of a list of counts in brackets that names its statistic only after its last item, in the same
     * clause: "Baja California (254), Colima (103) ... y Zacatecas (81) son las entidades que registraron más muertes
     * violentas", "Jalisco (15), Sonora (12) and Sinaloa (9) were the states with the most homicides". The first count
     * of the list, in brackets, at least three of them, and no other number before the noun; else null.
     */
    private Metric namedAfterList(LinkQuery q) {
        List<Token> t = q.s().tokens();
        int start = q.mentionStart();
        int end = q.n().end();
        if (start == 0 || !t.get(start - 1).is("(") || end >= t.size() || !t.get(end).is(")")) {
            return null;
        }
        int items = 0;
        int last = -1;
        for (int i = start; i < t.size(); i++) {
            Token tok = t.get(i);
            if (tok.is(".") || tok.is(";") || tok.is(":")) {
                break;
            }
            if (tok.isNumber()) {
                NumberMention m = q.s().numberAt(i);
                if (m == null || !t.get(m.start() - 1).is("(") || m.end() >= t.size() || !t.get(m.end()).is(")")) {
                    break; // a number outside brackets: the list has ended, or it is no list
                }
                items++;
                last = m.end() + 1;
                i = m.end();
            } else if (last >= 0 && i - last > NAMED_AFTER_REACH) {
                break;
            } else if (last >= 0 && i >= last) {
                PhraseTable.Match<Lexicon.Noun> noun = g.lex.nouns.at(t, i);
                if (noun != null && noun.value().counted() != null) {
                    return items >= NAMED_AFTER_ITEMS ? noun.value().counted() : null;
                }
            }
        }
        return null;
    }

    /** How many words a list item set out on a line of its own may have after its count's noun phrase ("niños y adolescentes"). */
    private static final int LINE_ITEM_TAIL = 6;

    /**
     * A sentence that is a count of people and nothing else ("772 niñas, niños y adolescentes"), after a sentence that
     * ends with a colon or with such a count right after one (or opening it): the next item of a breakdown set out line
     * by line ("entre las que se contabilizan: / 2 mil 672 mujeres / 772 niñas"). Not a bare number: a line of people.
     */
    private boolean nextLineItem(LinkQuery q) {
        NounPhrase np = q.np();
        if (!np.ofPeople() || q.s().numbers().size() != 1
                || !onlyItem(q.s().tokens(), q.mentionStart(), np.end())) {
            return false;
        }
        SentenceAnalysis prev = q.previousSentence() == null ? null : q.previousSentence().get();
        if (prev == null || prev.tokens().isEmpty()) {
            return false;
        }
        List<Token> pt = prev.tokens();
        if (pt.get(pt.size() - 1).is(":")) {
            return true;
        }
        NumberMention last = prev.numbers().isEmpty() ? null : prev.numbers().get(prev.numbers().size() - 1);
        if (last == null || g.notACount.isNotACount(prev, last)) {
            return false;
        }
        NounPhrase item = g.nounPhrases.at(prev, last.end());
        boolean people = item.ofPeople();
        int k = last.start();
        while (k > 0 && g.lex.qualifiers.endingAt(pt, k) != null) {
            k -= g.lex.qualifiers.endingAt(pt, k).length();
        }
        boolean opens = k == 0 || pt.get(k - 1).is(":") || onlyPunctBefore(pt, k);
        return people && opens && onlyItem(pt, k, item.end());
    }

    /** Nothing but punctuation (a bullet) before the count, and no more than a few words, commas and "and"s after its noun phrase. */
    private boolean onlyItem(List<Token> t, int start, int npEnd) {
        if (!onlyPunctBefore(t, start) && !(start > 0 && t.get(start - 1).is(":"))) {
            return false;
        }
        int words = 0;
        for (int i = npEnd; i < t.size(); i++) {
            Token tok = t.get(i);
            if (tok.isNumber() || tok.isPunct() && !tok.is(",") && !tok.is(".") && !tok.is(";") || ++words > LINE_ITEM_TAIL) {
                return false;
            }
        }
        return true;
    }

    private static boolean onlyPunctBefore(List<Token> t, int start) {
        for (int i = 0; i < start; i++) {
            if (!t.get(i).isPunct()) {
                return false;
            }
        }
        return true;
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
