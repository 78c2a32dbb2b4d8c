package tally.ingest.extract.analysis;

import java.util.List;
import tally.ingest.lexicon.Lexicon;
import tally.ingest.text.Token;

/**
 * Where a sentence's clause ends: a semicolon, or a comma before a conjunction or a contrast ("and", "while",
 * "mientras que"). What stands past it is as often another event's as this count's (its period, its definition).
 */
public final class ClauseBreak {

    private ClauseBreak() {
    }

    /** Whether a new clause opens after token i. */
    public static boolean at(Lexicon lex, List<Token> t, int i) {
        return t.get(i).is(";") || t.get(i).is(",") && i + 1 < t.size()
                && (lex.conjunctions.at(t, i + 1) != null || lex.clauseContrasts.at(t, i + 1) != null);
    }
}
