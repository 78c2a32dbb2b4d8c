package tally.ingest.extract.guard;

import java.util.List;
import tally.ingest.extract.analysis.SentenceAnalysis;
import tally.ingest.lexicon.Lexicon;
import tally.ingest.text.Token;
import tally.stats.Metric;

/**
 * Harm that is no violence (realnews/README.md, "What is not a figure"): deaths from illness or hunger ("a
 * cholera outbreak that has claimed 1,740 lives", "mueren de desnutrición"), deaths and injuries in accidents ("the
 * trailer overturned, leaving 56 dead and more than 60 injured", "65 fatal accidents in which 75 persons died",
 * police tallies of road deaths beside their murders, "the 102 road fatalities ... compared to 77"): a {@code [disease]} or
 * {@code [accident]} word, or a {@code [road harm]} word before a noun of harm, in a death
 * count's clause, an {@code [accident]} word anywhere in an injury count's sentence; suicides, a {@code [self harm]}
 * phrase right after a death's link ("12 inmates killed themselves", "murieron por suicidio"). Migrants killed in an
 * accident on the way still count, as migrant deaths (their metric is no longer deaths here).
 */
public final class NonViolentHarm {

    /** How far before the count and after its link an illness may stand, within the clause. */
    private static final int REACH = 12;

    private final Lexicon lex;

    public NonViolentHarm(Lexicon lex) {
        this.lex = lex;
    }

    /** Whether the clause of a count linked to {@code metric} over [mentionStart, linkEnd) names a cause that is no violence. */
    public boolean blocks(SentenceAnalysis s, Metric metric, int mentionStart, int linkEnd) {
        return blocks(s, metric, mentionStart, linkEnd, List.of());
    }

    /**
     * As {@link #blocks(SentenceAnalysis, Metric, int, int)}, told the figures found before it in the sentence: injuries beside
     * migrant deaths ("the incident, which claimed the lives of 54 people and injured 58 others") are of the crash on the way.
     */
    public boolean blocks(SentenceAnalysis s, Metric metric, int mentionStart, int linkEnd, List<tally.ingest.extract.analysis.Candidate> earlier) {
        if (metric != Metric.DEATHS && metric != Metric.INJURIES) {
            return false;
        }
        List<Token> t = s.tokens();
        if (metric == Metric.INJURIES && (t.stream().anyMatch(lex.accidents::contains)
                || earlier.stream().anyMatch(c -> c.metric() == Metric.MIGRANT_DEATHS))) {
            return true;
        }
        if (metric == Metric.DEATHS && lex.selfHarm.at(t, linkEnd) != null) {
            return true; // "killed themselves", "died by suicide"
        }
        for (int i = mentionStart; i < linkEnd && i < t.size(); i++) {
            if (roadHarm(t, i)) {
                return true; // "102 road fatalities"
            }
        }
        for (int i = mentionStart - 1; i >= 0 && i >= mentionStart - REACH && !t.get(i).is(";"); i--) {
            if (nonViolentCause(t.get(i)) || roadHarm(t, i)) {
                return true;
            }
        }
        for (int i = linkEnd; i < t.size() && i < linkEnd + REACH && !t.get(i).is(";"); i++) {
            if (nonViolentCause(t.get(i))) {
                return true;
            }
        }
        return false;
    }

    /** "road fatalities", "traffic deaths": a road word right before a noun of harm ("the road to Kabul" is none). */
    private boolean roadHarm(List<Token> t, int i) {
        if (!lex.roadHarm.contains(t.get(i)) || i + 1 >= t.size()) {
            return false;
        }
        var noun = lex.nouns.at(t, i + 1);
        return noun != null && noun.value().kind() == Lexicon.Noun.Kind.METRIC
                && (noun.value().metric() == Metric.DEATHS || noun.value().metric() == Metric.INJURIES);
    }

    private boolean nonViolentCause(Token tok) {
        return lex.diseases.contains(tok) || lex.accidents.contains(tok);
    }
}
