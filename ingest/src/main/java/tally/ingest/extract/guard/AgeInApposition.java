package tally.ingest.extract.guard;

import java.util.List;
import tally.ingest.extract.analysis.SentenceAnalysis;
import tally.ingest.extract.mention.NumberMention;
import tally.ingest.text.Token;

/** "Juan Perez, 25, was killed": an age between commas after a name. */
final class AgeInApposition implements NumberGuard {

    /** Above this, a number between commas after a name is no age. */
    private static final int OLDEST = 120;

    @Override
    public boolean blocks(SentenceAnalysis s, NumberMention n) {
        List<Token> t = s.tokens();
        int a = n.start();
        int b = n.end();
        return n.digits() && a >= 2 && b < t.size() && t.get(a - 1).is(",") && t.get(b).is(",")
                && t.get(a - 2).isCapitalized() && n.value() < OLDEST;
    }
}
