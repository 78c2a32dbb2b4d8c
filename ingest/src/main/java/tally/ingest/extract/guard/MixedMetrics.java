package tally.ingest.extract.guard;

import java.util.List;
import tally.ingest.extract.analysis.SentenceAnalysis;
import tally.ingest.lexicon.Lexicon;
import tally.ingest.text.PhraseTable;
import tally.ingest.text.Token;
import tally.stats.Metric;

/**
 * "1,400 people were killed, injured or kidnapped", "42 menores fueron asesinados o resultaron
 * heridos": one count of several metrics, which is no figure of any ({@code [disjunction]}).
 */
public final class MixedMetrics {

    /** How far after the linking words the other metric's verb may end ("killed, injured or kidnapped"). */
    private static final int REACH = 8;

    private final Lexicon lex;

    public MixedMetrics(Lexicon lex) {
        this.lex = lex;
    }

    /** Whether the words after a count linked to {@code metric}, ending at {@code linkEnd}, join another metric's verb by "or". */
    public boolean blocks(SentenceAnalysis s, Metric metric, int linkEnd) {
        List<Token> t = s.tokens();
        boolean or = false;
        int i = linkEnd;
        while (i < t.size() && i < linkEnd + REACH) {
            PhraseTable.Match<Boolean> disjunction = lex.disjunctions.at(t, i);
            if (disjunction != null) {
                or = true;
                i += disjunction.length();
                continue;
            }
            PhraseTable.Match<Lexicon.Verb> verb = lex.verbs.at(t, i);
            if (verb != null) {
                if (or && verb.value().forPeople() != metric && verb.value().forMigrants() != metric) {
                    return true;
                }
                i += verb.length();
                continue;
            }
            PhraseTable.Match<Boolean> filler = lex.toVerb.at(t, i);
            if (filler != null) {
                i += filler.length();
                continue;
            }
            if (!t.get(i).is(",")) {
                return false;
            }
            i++;
        }
        return false;
    }
}
