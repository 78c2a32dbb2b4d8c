package tally.ingest.extract.meaning;

import java.util.List;
import java.util.Set;
import tally.ingest.extract.analysis.SentenceAnalysis;
import tally.ingest.lexicon.Lexicon;
import tally.ingest.text.PhraseTable;
import tally.ingest.text.Token;

/**
 * Who a sentence credits its figures to: the words after a lead ("according to INEGI", "según
 * el INEGI", "citing police") or the subject of a verb of saying at the end of the sentence ("...,
 * the UN refugee agency said"; "..., said the ministry"). A source must name someone: a capitalized
 * word or an authority ("police", "officials"); "he said" credits no one.
 */
public final class AttributionReader {

    /** The most words a source takes ("the Mexican National Institute of Statistics and Geography"). */
    private static final int MAX_WORDS = 9;
    /** Words that open a source and are dropped ("the UN" is "UN"), in both languages. */
    private static final Set<String> ARTICLES = Set.of("the", "a", "an", "el", "la", "los", "las", "un", "una");

    /** Who a sentence credits its figures to, as written, over tokens [start, end). */
    public record Source(String name, int start, int end) {

        /** Whether token i is part of the source ("the U.N. refugee agency": not a definition of the count). */
        public boolean covers(int i) {
            return i >= start && i < end;
        }
    }

    private final Lexicon lex;

    public AttributionReader(Lexicon lex) {
        this.lex = lex;
    }

    /** Who the sentence credits its figures to, or null. */
    public Source source(SentenceAnalysis s) {
        List<Token> t = s.tokens();
        for (int i = 0; i < t.size(); i++) {
            PhraseTable.Match<Boolean> lead = lex.attributionLeads.at(t, i);
            if (lead != null) {
                int from = i + lead.length();
                int to = from;
                while (to < t.size() && to - from < MAX_WORDS && !t.get(to).isPunct() && !t.get(to).isNumber()
                        && !lex.attribution.contains(t.get(to)) && !s.startsTime(to)) {
                    to++;
                }
                Source source = named(s, from, to);
                if (source != null) {
                    return source;
                }
                i = to - 1;
            }
        }
        // "..., the UN refugee agency said." or "..., said the ministry."
        for (int i = t.size() - 1; i >= 1; i--) {
            if (!lex.attribution.contains(t.get(i)) || lex.attributionLeads.at(t, i) != null) {
                continue;
            }
            int from = i;
            while (from > 0 && i - from < MAX_WORDS && !t.get(from - 1).isPunct() && !t.get(from - 1).isNumber()) {
                from--;
            }
            if (from == 0 || t.get(from - 1).isPunct() && !t.get(from - 1).is("-")) {
                Source before = named(s, from, i);
                if (before != null) {
                    return before;
                }
            }
            int to = i + 1;
            while (to < t.size() && to - i <= MAX_WORDS && !t.get(to).isPunct() && !t.get(to).isNumber() && !s.startsTime(to)) {
                to++;
            }
            if (t.get(i - 1).isPunct() && (to == t.size() || t.get(to).isPunct())) {
                return named(s, i + 1, to);
            }
        }
        return null;
    }

    /** "UN" is the United Nations, not the Spanish article "un". */
    private static boolean acronym(Token t) {
        String text = t.text();
        return text.length() > 1 && text.equals(text.toUpperCase(java.util.Locale.ROOT));
    }

    /** The words [from, to) as written, without a leading article, when they name someone; else null. */
    private Source named(SentenceAnalysis s, int from, int to) {
        List<Token> t = s.tokens();
        while (from < to && ARTICLES.contains(t.get(from).lower()) && !acronym(t.get(from))) {
            from++;
        }
        if (from >= to) {
            return null;
        }
        boolean names = false;
        for (int k = from; k < to && !names; k++) {
            // A sentence's first word is capitalized whatever it is ("He said", "They told").
            names = k > 0 && t.get(k).isCapitalized() || lex.authorities.at(t, k) != null;
        }
        if (!names) {
            return null;
        }
        int base = s.span().start();
        return new Source(s.quote().substring(t.get(from).start() - base, t.get(to - 1).end() - base), from, to);
    }
}
