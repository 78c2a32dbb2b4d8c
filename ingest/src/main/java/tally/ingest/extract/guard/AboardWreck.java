package tally.ingest.extract.guard;

import java.util.List;
import tally.ingest.extract.analysis.SentenceAnalysis;
import tally.ingest.extract.mention.NumberMention;
import tally.ingest.lexicon.Lexicon;
import tally.ingest.text.Token;

/**
 * People aboard a boat or truck that capsized, sank or overturned are no figure (realnews/README.md, "What is not a
 * figure": people aboard that have not arrived): "a boat carrying 86 migrants that capsized", "una patera con 40
 * personas a bordo naufragó"; the dead and the rescued are counted apart. A {@code [aboard]} phrase right before the
 * count and an {@code [accident]} word in its sentence.
 */
public final class AboardWreck implements NumberGuard {

    private final Lexicon lex;

    public AboardWreck(Lexicon lex) {
        this.lex = lex;
    }

    @Override
    public boolean blocks(SentenceAnalysis s, NumberMention n) {
        List<Token> t = s.tokens();
        int k = lex.qualifiersStart(t, n.start()); // "a boat carrying more than 80"
        return lex.aboard.endingAt(t, k) != null && t.stream().anyMatch(lex.accidents::contains);
    }
}
