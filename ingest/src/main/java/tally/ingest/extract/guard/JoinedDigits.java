package tally.ingest.extract.guard;

import java.util.List;
import tally.ingest.extract.analysis.SentenceAnalysis;
import tally.ingest.extract.mention.NumberMention;
import tally.ingest.text.Token;

/** Scores, times and phone numbers: digits joined to other digits by '-', ':', '/' or an en dash. */
final class JoinedDigits implements NumberGuard {

    @Override
    public boolean blocks(SentenceAnalysis s, NumberMention n) {
        List<Token> t = s.tokens();
        return n.digits() && (joined(t, n.end(), n.end() + 1, n.end() - 1) || joined(t, n.start() - 1, n.start() - 2, n.start()));
    }

    /**
     * A colon joins digits only when it touches both ("10:30"): "in 2017-2018: 11,050 in 2017" opens a list after a
     * year, no time.
     */
    private static boolean joined(List<Token> t, int joiner, int other, int own) {
        if (joiner < 0 || joiner >= t.size() || other < 0 || other >= t.size()) {
            return false;
        }
        Token j = t.get(joiner);
        Token o = t.get(other);
        boolean adjacent = other > joiner ? j.end() == o.start() : o.end() == j.start();
        if (j.is(":") && !(other > joiner ? t.get(own).end() == j.start() : j.end() == t.get(own).start())) {
            return false;
        }
        return (j.is("-") || j.is(":") || j.is("/") || j.is("\u2013")) && o.isNumber() && adjacent;
    }
}
