package tally.ingest.extract.guard;

import java.util.List;
import tally.ingest.extract.analysis.SentenceAnalysis;
import tally.ingest.extract.mention.NumberMention;
import tally.ingest.lexicon.Lexicon;
import tally.ingest.text.Token;

/** "one of the victims", "uno de ellos": one member of a group, not a count; "one by one", "uno a uno": a manner ({@code [one by one]}). */
final class OneOf implements NumberGuard {

    private final Lexicon lex;

    OneOf(Lexicon lex) {
        this.lex = lex;
    }

    /** "one of the", and a partitive of either language after it: "uno de ellos", "uno de los heridos"; "one by one". */
    @Override
    public boolean blocks(SentenceAnalysis s, NumberMention n) {
        List<Token> t = s.tokens();
        return n.value() == 1 && n.end() < t.size()
                && (t.get(n.end()).is("of") || lex.partOfThem.at(t, n.end()) != null || lex.amongThose.at(t, n.end()) != null
                || lex.oneByOne.at(t, n.end()) != null);
    }
}
