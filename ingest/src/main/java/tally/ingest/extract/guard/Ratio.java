package tally.ingest.extract.guard;

import java.util.List;
import tally.ingest.extract.analysis.SentenceAnalysis;
import tally.ingest.extract.mention.NumberMention;
import tally.ingest.lexicon.Lexicon;
import tally.ingest.text.PhraseTable;
import tally.ingest.text.Token;

/** "six out of 10", "one in five", and the 10 of "one in 10 abductions": a share, not a count. */
final class Ratio implements NumberGuard {

    private final Lexicon lex;

    Ratio(Lexicon lex) {
        this.lex = lex;
    }

    @Override
    public boolean blocks(SentenceAnalysis s, NumberMention n) {
        List<Token> t = s.tokens();
        PhraseTable.Match<Boolean> after = lex.ratios.at(t, n.end());
        if (after != null && countStartsAt(s, n.end() + after.length())) {
            return true;
        }
        PhraseTable.Match<Boolean> before = lex.ratios.endingAt(t, n.start());
        return before != null && (before.length() > 1 || countEndsAt(s, n.start() - before.length()));
    }

    private static boolean countEndsAt(SentenceAnalysis s, int end) {
        NumberMention m = s.numberEndingAt(end);
        return m != null && !m.yearLike();
    }

    private static boolean countStartsAt(SentenceAnalysis s, int i) {
        for (NumberMention m : s.numbers()) {
            if (m.start() == i) {
                return !m.yearLike();
            }
        }
        return false;
    }
}
