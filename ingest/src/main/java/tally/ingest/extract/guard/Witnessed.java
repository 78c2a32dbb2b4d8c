package tally.ingest.extract.guard;

import tally.ingest.extract.analysis.SentenceAnalysis;
import tally.ingest.lexicon.Lexicon;

/**
 * What one witness saw is no tally (realnews/README.md, "What is not a figure"): "a witness saw five bodies at the
 * scene", "I saw two women who were dead", "vi tres cuerpos", beside the toll the authorities give. Only a person
 * seeing is meant, so "the city saw 500 murders last year" stays a figure. Words right before the count:
 * {@code [witnessed]}.
 */
public final class Witnessed {

    private final Lexicon lex;

    public Witnessed(Lexicon lex) {
        this.lex = lex;
    }

    public boolean blocks(SentenceAnalysis s, int mentionStart) {
        return lex.witnessed.endingAt(s.tokens(), mentionStart) != null;
    }
}
