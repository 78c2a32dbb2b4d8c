package tally.ingest.extract.analysis;

import java.util.List;
import tally.ingest.extract.mention.NumberMention;
import tally.stats.Basis;
import tally.stats.Definition;
import tally.stats.Kind;
import tally.stats.Metric;
import tally.stats.Period;
import tally.stats.Qualifier;

/**
 * A number on its way to becoming a figure: each step of the extractor returns it with what it
 * found (the words that qualify it, what it counts and the rule that said so, where, when, and what
 * sort of count it is).
 *
 * @param mentionStart the first token of the mention: its qualifier ("more than") or the number
 * @param mentionEnd   after the words that say what it counts (0 until linked)
 * @param rule         the link rule that said what it counts, null until linked
 * @param continues    it goes on with the statistic before it (a list item, a breakdown)
 * @param subdivision  the ISO 3166-2 code of the state or province inside {@code place}, or null
 */
public record Candidate(NumberMention number, int mentionStart, int mentionEnd, Qualifier qualifier, Metric metric,
                        String rule, boolean continues, String place, String subdivision, Period period, Basis basis,
                        Kind kind, Definition definition, String attribution, List<String> warnings) {

    /** A number just read: the mention is the number itself, exact until a qualifier says otherwise. */
    public static Candidate of(NumberMention number) {
        return new Candidate(number, number.start(), 0, Qualifier.EXACT, null, null, false, null, null, null, null, null, null,
                null, List.of());
    }

    public Candidate withMention(int start, Qualifier q) {
        return new Candidate(number, start, mentionEnd, q, metric, rule, continues, place, subdivision, period, basis, kind,
                definition, attribution, warnings);
    }

    public Candidate withQualifier(Qualifier q) {
        return new Candidate(number, mentionStart, mentionEnd, q, metric, rule, continues, place, subdivision, period, basis,
                kind, definition, attribution, warnings);
    }

    public Candidate linked(Metric m, int linkEnd, String linkRule, boolean continuing) {
        return new Candidate(number, mentionStart, Math.max(linkEnd, number.end()), qualifier, m, linkRule, continuing, place,
                subdivision, period, basis, kind, definition, attribution, warnings);
    }

    public Candidate placed(String p, String sub, List<String> why) {
        return new Candidate(number, mentionStart, mentionEnd, qualifier, metric, rule, continues, p, sub, period, basis, kind,
                definition, attribution, join(warnings, why));
    }

    public Candidate dated(Period p, Basis b, List<String> why) {
        return new Candidate(number, mentionStart, mentionEnd, qualifier, metric, rule, continues, place, subdivision, p, b,
                kind, definition, attribution, join(warnings, why));
    }

    /** With what sort of count it is, which definition it follows and who it is credited to. */
    public Candidate meaning(Kind k, Definition d, String credited) {
        return new Candidate(number, mentionStart, mentionEnd, qualifier, metric, rule, continues, place, subdivision, period,
                basis, k, d, credited, warnings);
    }

    private static List<String> join(List<String> a, List<String> b) {
        if (b.isEmpty()) {
            return a;
        }
        return a.isEmpty() ? b : java.util.stream.Stream.concat(a.stream(), b.stream()).toList();
    }
}
