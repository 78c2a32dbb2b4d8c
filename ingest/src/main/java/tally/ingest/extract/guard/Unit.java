package tally.ingest.extract.guard;

import java.util.List;
import tally.ingest.extract.analysis.SentenceAnalysis;
import tally.ingest.extract.mention.NumberMention;
import tally.ingest.lexicon.Lexicon;
import tally.ingest.text.Token;

/** "20 kilometers", "5-year": a measure, money or duration ({@code [unit]}). */
final class Unit implements NumberGuard {

    private final Lexicon lex;

    Unit(Lexicon lex) {
        this.lex = lex;
    }

    @Override
    public boolean blocks(SentenceAnalysis s, NumberMention n) {
        List<Token> t = s.tokens();
        int b = n.end();
        return lex.units.at(t, b) != null || b < t.size() && t.get(b).is("-") && lex.units.at(t, b + 1) != null;
    }
}
