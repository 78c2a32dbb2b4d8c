package tally.ingest.extract.analysis;

import java.util.List;
import tally.ingest.extract.mention.NumberMention;
import tally.stats.Basis;
import tally.stats.Metric;
import tally.stats.Period;
import tally.stats.Qualifier;

/**
 * A number on its way to becoming a figure: each step of the extractor returns it with what it
 * found (the words that qualify it, what it counts and the rule that said so, where, when).
 *
 * @param mentionStart the first token of the mention: its qualifier ("more than") or the number
 * @param mentionEnd   after the words that say what it counts (0 until linked)
 * @param rule         the link rule that said what it counts, null until linked
 * @param continues    it goes on with the statistic before it (a list item, a breakdown)
 */
public record Candidate(NumberMention number, int mentionStart, int mentionEnd, Qualifier qualifier, Metric metric,
                        String rule, boolean continues, String place, Period period, Basis basis, List<String> warnings) {

    /** A number just read: the mention is the number itself, exact until a qualifier says otherwise. */
    public static Candidate of(NumberMention number) {
        return new Candidate(number, number.start(), 0, Qualifier.EXACT, null, null, false, null, null, null, List.of());
    }

    public Candidate withMention(int start, Qualifier q) {
        return new Candidate(number, start, mentionEnd, q, metric, rule, continues, place, period, basis, warnings);
    }

    public Candidate withQualifier(Qualifier q) {
        return new Candidate(number, mentionStart, mentionEnd, q, metric, rule, continues, place, period, basis, warnings);
    }

    public Candidate linked(Metric m, int linkEnd, String linkRule, boolean continuing) {
        return new Candidate(number, mentionStart, Math.max(linkEnd, number.end()), qualifier, m, linkRule, continuing, place, period, basis, warnings);
    }

    public Candidate placed(String p, List<String> why) {
        return new Candidate(number, mentionStart, mentionEnd, qualifier, metric, rule, continues, p, period, basis, join(warnings, why));
    }

    public Candidate dated(Period p, Basis b, List<String> why) {
        return new Candidate(number, mentionStart, mentionEnd, qualifier, metric, rule, continues, place, p, b, join(warnings, why));
    }

    private static List<String> join(List<String> a, List<String> b) {
        if (b.isEmpty()) {
            return a;
        }
        return a.isEmpty() ? b : java.util.stream.Stream.concat(a.stream(), b.stream()).toList();
    }
}
