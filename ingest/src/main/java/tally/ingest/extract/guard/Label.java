package tally.ingest.extract.guard;

import java.util.List;
import tally.ingest.extract.analysis.SentenceAnalysis;
import tally.ingest.extract.mention.NumberMention;
import tally.ingest.lexicon.Lexicon;
import tally.ingest.text.Token;

/** "Page 2", "No. 5", "Highway 15", "MS-13": a number that names rather than counts ({@code [label]}). */
final class Label implements NumberGuard {

    private final Lexicon lex;

    Label(Lexicon lex) {
        this.lex = lex;
    }

    @Override
    public boolean blocks(SentenceAnalysis s, NumberMention n) {
        List<Token> t = s.tokens();
        int a = n.start();
        return lex.labels.endingAt(t, a) != null
                || a > 0 && (t.get(a - 1).is(".") || t.get(a - 1).is("-")) && lex.labels.endingAt(t, a - 1) != null;
    }
}
