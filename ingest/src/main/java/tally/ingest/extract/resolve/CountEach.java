package tally.ingest.extract.resolve;

import java.util.ArrayList;
import java.util.List;
import tally.ingest.extract.analysis.Candidate;
import tally.ingest.extract.analysis.SentenceAnalysis;
import tally.ingest.extract.mention.PlaceMention;
import tally.ingest.extract.mention.TimeMention;
import tally.ingest.lexicon.Lexicon;
import tally.ingest.text.PhraseTable;
import tally.ingest.text.Token;

/**
 * A count said of each of several places ("Tabasco and Colima with 64 each", "Tarija, Oruro y Potosí, siete cada uno",
 * "Clarendon and Portland recorded nine murders each", "Baja California y Oaxaca, cada entidad con 10"): the places
 * joined right before it share the one number, and each place is its own figure (realnews/README.md, "Lists": "6 each"
 * is two figures). The lexicon's {@code [each]} stands between the places and the number, or right after the number or
 * what it counts, where it ends its phrase ("each year", "cada uno de los estados" are something else).
 */
public final class CountEach {

    /** How many tokens may stand between the last place and the mention ("with", "recorded", "se cometieron"). */
    private static final int GAP = 5;

    /** How far past what the count counts the word of each may stand ("18 secuestros de migrantes cada una"). */
    private static final int REACH = 3;

    private final Lexicon lex;

    public CountEach(Lexicon lex) {
        this.lex = lex;
    }

    /** The places {@code c} is counted in each of, in the sentence's order; empty for a count of one place (most). */
    public List<PlaceMention> places(SentenceAnalysis s, Candidate c) {
        List<Token> t = s.tokens();
        boolean after = false;
        for (int i = c.number().end(); i < Math.min(t.size(), c.mentionEnd() + REACH) && !after; i++) { // a linked mention ends at or past its number
            if (t.get(i).isPunct() && !t.get(i).is(",")) {
                break;
            }
            after = endsWithEach(s, i); // "with 64 each", "18 secuestros de migrantes cada una", "8 homicidios dolosos, por estado"
        }
        List<PlaceMention> places = s.places();
        int last = -1;
        for (int k = 0; k < places.size(); k++) {
            PlaceMention p = places.get(k);
            if (p.end() <= c.mentionStart() && c.mentionStart() - p.end() <= GAP && plainGap(t, p.end(), c.mentionStart())) {
                last = k;
            }
        }
        if (last < 1 || places.get(last).country() == null || !after && !eachBetween(t, places.get(last).end(), c.mentionStart())) {
            return List.of();
        }
        List<PlaceMention> joined = new ArrayList<>();
        joined.add(places.get(last));
        boolean conjunction = false;
        for (int k = last - 1; k >= 0; k--) {
            PlaceMention p = places.get(k);
            Joint joint = joint(t, p.end(), joined.get(0).start());
            if (joint == Joint.NONE || p.country() == null) {
                break;
            }
            conjunction |= joint == Joint.CONJUNCTION && joined.size() == 1; // "A, B and C": the last joint is the conjunction
            joined.add(0, p);
        }
        return joined.size() >= 2 && conjunction ? joined : List.of();
    }

    /** The lexicon's {@code [each]} between the places and the count ("Baja California y Oaxaca, cada entidad con 10"). */
    private boolean eachBetween(List<Token> t, int from, int to) {
        for (int i = from; i < to; i++) {
            if (lex.each.at(t, i) != null) {
                return true;
            }
        }
        return false;
    }

    /**
     * The lexicon's {@code [each]} at {@code i}, ending its phrase: the sentence's end, a punctuation mark, a conjunction,
     * a place word or a time ("seven murders each as at January 22").
     */
    private boolean endsWithEach(SentenceAnalysis s, int i) {
        List<Token> t = s.tokens();
        PhraseTable.Match<Boolean> each = i < t.size() ? lex.each.at(t, i) : null;
        if (each == null) {
            return false;
        }
        int after = i + each.length();
        if (after >= t.size() || !t.get(after).isWord() || lex.conjunctions.at(t, after) != null || lex.locative.contains(t.get(after))) {
            return true;
        }
        for (TimeMention m : s.times()) {
            if (m.start() >= after && m.start() <= after + TIME_AFTER) {
                return true;
            }
        }
        return false;
    }

    /** How far after the word of each a time may start and still end its phrase ("each as at January 22"). */
    private static final int TIME_AFTER = 2;

    /** Words only, and at most a comma, between the last place and the count: no other number, no clause end. */
    private static boolean plainGap(List<Token> t, int from, int to) {
        for (int i = from; i < to; i++) {
            Token tok = t.get(i);
            if (tok.kind() == Token.Kind.NUMBER || tok.isPunct() && !tok.is(",")) {
                return false;
            }
        }
        return true;
    }

    private enum Joint { NONE, COMMA, CONJUNCTION }

    /** What joins two places: a comma, a conjunction (after a comma or not), or something else. */
    private Joint joint(List<Token> t, int from, int to) {
        if (to - from == 1 && t.get(from).is(",")) {
            return Joint.COMMA;
        }
        int i = from < to && t.get(from).is(",") ? from + 1 : from;
        PhraseTable.Match<Boolean> and = i < to ? lex.conjunctions.at(t, i) : null;
        return and != null && i + and.length() == to ? Joint.CONJUNCTION : Joint.NONE;
    }
}
