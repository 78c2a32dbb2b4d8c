package tally.ingest.extract.link;

import java.util.BitSet;
import java.util.List;
import tally.ingest.extract.analysis.Candidate;
import tally.ingest.extract.analysis.SentenceAnalysis;
import tally.ingest.extract.mention.NumberMention;
import tally.ingest.extract.mention.PlaceMention;
import tally.ingest.extract.mention.TimeMention;
import tally.ingest.lexicon.Lexicon;
import tally.ingest.text.PhraseTable;
import tally.ingest.text.Token;

/**
 * A bare count that opens the next item of a list whose item before opens with a figure of the same
 * sentence, each item a count and a few words of its own: "934 por sicariato, 498 por homicidio
 * calificado", "23 en Guanacaste y 16 en Heredia", "1.597 eran peruanos, 115 ciudadanos venezolanos",
 * "el jueves 3 se repatriaron a 1.243; el viernes 4, 1.862", "La Paz con 35, Cochabamba 24", "followed by Region 12 with
 * 51, Bicol Region, 34 and Ilocos Region, 27". It takes that figure's
 * metric and goes on with its statistic. Only people, records or a bare number; not a part of them
 * ("3 de ellos").
 */
final class ListItem implements LinkRule {

    /** How many tokens the item before may have after its count. */
    private static final int ITEM_REACH = 10; // "Eight policemen were injured in the provincial capital, one in Mardan"
    /** How many function words may open an item's label ("en", "el"). */
    private static final int LABEL_WORDS = 2;

    private final Grammar g;

    ListItem(Grammar g) {
        this.g = g;
    }

    @Override
    public Link link(LinkQuery q) {
        NounPhrase np = q.np();
        List<Candidate> earlier = q.earlier();
        boolean people = np.demonym() != null || np.headIs(Lexicon.Noun.Kind.PERSON) || np.headIs(Lexicon.Noun.Kind.RECORD);
        if (earlier.isEmpty() || !people && (np.head() != null || np.unknownWords())) {
            return null; // "5 núcleos familiares" counts something else
        }
        SentenceAnalysis s = q.s();
        List<Token> t = s.tokens();
        if (np.end() < t.size() && g.lex.partitive.contains(t.get(np.end())) || g.ownClause(q)) {
            return null; // "12 people, 3 of them children"; "and 1,274,148 who surrendered"
        }
        Candidate area = areaItemAfter(q);
        if (area != null) {
            return Link.continuing(area.metric(), np.end(), null);
        }
        if (closesDateRange(s, q.mentionStart())) {
            return null; // "between March 1 and 9": the day that ends a range, not an item
        }
        int label = withArticle(t, labelStart(s, q.mentionStart()), q.mentionStart());
        int p = separatorEnd(s, label);
        if (p < 0 && label != q.mentionStart()) {
            p = separatorEnd(s, q.mentionStart()); // "1.597 eran peruanos, 115": the place ends the item before
        }
        if (p < 0) {
            return null;
        }
        for (int k = p; k > Math.max(0, p - ITEM_REACH); k--) {
            for (Candidate f : earlier) {
                if (f.number().end() == k) {
                    return Link.continuing(f.metric(), np.end(), null); // "12 venezolanos" among victims in Lima: no place
                }
            }
            Token prev = t.get(k - 1);
            TimeMention time = prev.isNumber() ? s.timeEndingAt(k) : null;
            if (time != null && time.start() < k - 1 && numberEndingAt(s, k) == null) {
                k = time.start() + 1; // "11,050 in 2017 and 5,269 in 2018": the year closes the item before, no count
                continue;
            }
            NumberMention other = prev.isNumber() ? numberEndingAt(s, k) : null;
            if (prev.isNumber() && (other == null || !g.notACount.isNotACount(s, other)) || prev.isPunct() && !prev.is("-") && !quoteMark(prev)) {
                return null; // another count, or a separator: not the item right before ("el lunes 3" is a day)
            }
        }
        return null;
    }

    /**
     * An item named by an area, then a comma and its count, right after the count of the item before: "Region 12 with
     * 51, Bicol Region, 34 and Ilocos Region, 27", "the highest toll at 105, followed by Quezon City Police District, 59".
     * The area as {@link Grammar#areaItemStart} reads it. The figure before, or null.
     */
    private Candidate areaItemAfter(LinkQuery q) {
        int label = g.areaItemStart(q);
        if (label < 0) {
            return null;
        }
        List<Token> t = q.s().tokens();
        int p = label;
        PhraseTable.Match<Boolean> lead = g.lex.itemLeads.endingAt(t, p);
        p -= lead == null ? 0 : lead.length();
        PhraseTable.Match<Boolean> and = lead == null ? g.lex.conjunctions.endingAt(t, p) : null;
        p -= and == null ? 0 : and.length();
        if (p > 0 && (t.get(p - 1).is(",") || t.get(p - 1).is(";"))) {
            p--;
        }
        if (p == label) {
            return null; // no separator: "the drug war in Bicol Region, 34 people" is no item
        }
        for (Candidate f : q.earlier()) {
            if (f.number().end() == p || f.mentionEnd() == p) {
                return f; // "51, Bicol Region, 34", "58 murders, followed by Clarendon Division, 44"
            }
        }
        return null;
    }

    /** Quotes inside an item's words are no separator ("20 occurred in Police ‘A’ Division, 12 in ..."). */
    private static boolean quoteMark(Token tok) {
        return Grammar.isQuote(tok) || tok.is("'") || tok.is("\u2018") || tok.is("\u2019");
    }

    /** A number that is no count (a day) stands right before the mention, past one "and" or "to" ("el martes 4, 955" is an item). */
    private boolean closesDateRange(SentenceAnalysis s, int start) {
        List<Token> t = s.tokens();
        int k = start;
        if (k > 0 && (g.lex.conjunctions.at(t, k - 1) != null || g.lex.rangeJoin.contains(t.get(k - 1)))) {
            k--;
        }
        NumberMention day = k > 0 && t.get(k - 1).isNumber() ? numberEndingAt(s, k) : null;
        return k < start && day != null && g.notACount.isNotACount(s, day);
    }

    private static NumberMention numberEndingAt(SentenceAnalysis s, int k) {
        for (NumberMention n : s.numbers()) {
            if (n.end() == k) {
                return n;
            }
        }
        return null;
    }

    /** Where the item's label starts, if a time or a place labels the count ("el viernes 4, 1.862", "Beni 4"). */
    private int labelStart(SentenceAnalysis s, int start) {
        List<Token> t = s.tokens();
        int p = start > 0 && t.get(start - 1).is(",") ? start - 1 : start;
        PhraseTable.Match<Boolean> lead = g.lex.listLeads.endingAt(t, p);
        int q = lead == null ? p : p - lead.length();
        int labelled = q;
        TimeMention time = s.timeEndingAt(q);
        NumberMention day = q > 0 ? s.numberAt(q - 1) : null;
        if (time == null && day != null && day.end() == q && g.notACount.isNotACount(s, day)) {
            q = day.start(); // "el viernes 4": a number that is no count labels the item, after its weekday
            time = s.timeEndingAt(q);
        }
        if (time != null && time.start() < q) {
            return time.start();
        }
        q = labelled;
        PlaceMention place = s.placeEndingAt(q);
        return place != null && place.start() < q ? place.start() : start;
    }

    /** The label's preposition or article too ("en 2018, 61", "el martes 4, 955"), not a conjunction. */
    private int withArticle(List<Token> t, int label, int start) {
        int p = label;
        while (label < start && p > 0 && label - p < LABEL_WORDS && g.lex.stopwords.contains(t.get(p - 1)) && g.lex.conjunctions.at(t, p - 1) == null) {
            p--;
        }
        return p;
    }

    /** The end of the item before: before the comma, semicolon or conjunction that ends at p, or -1. */
    private int separatorEnd(SentenceAnalysis s, int p) {
        List<Token> t = s.tokens();
        if (p <= 0) {
            return -1;
        }
        if (t.get(p - 1).is(",") || t.get(p - 1).is(";")) {
            return p - 1;
        }
        PhraseTable.Match<Boolean> and = g.lex.conjunctions.endingAt(t, p);
        if (and == null) {
            return -1;
        }
        int before = p - and.length();
        return before > 0 && (t.get(before - 1).is(",") || t.get(before - 1).is(";")) ? before - 1 : before; // "; y el domingo 6, 1.909"
    }

    /** None: it continues a figure of the same sentence, which another rule linked. */
    @Override
    public BitSet keyWords(Lexicon lex) {
        return new BitSet();
    }
}
