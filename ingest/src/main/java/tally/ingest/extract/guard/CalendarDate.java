package tally.ingest.extract.guard;

import java.util.List;
import tally.ingest.extract.analysis.SentenceAnalysis;
import tally.ingest.extract.mention.NumberMention;
import tally.ingest.lexicon.Lexicon;
import tally.ingest.text.Token;

/** "Dec. 1", "1 December", "1 de diciembre": the day of a date (a whole number up to 31: "septiembre 1.223 personas" is a count). */
final class CalendarDate implements NumberGuard {

    private final Lexicon lex;

    CalendarDate(Lexicon lex) {
        this.lex = lex;
    }

    /** The last day of the longest month. */
    private static final int LAST_DAY = 31;

    @Override
    public boolean blocks(SentenceAnalysis s, NumberMention n) {
        if (n.value() > LAST_DAY || n.value() != Math.rint(n.value())) {
            return false;
        }
        List<Token> t = s.tokens();
        int a = n.start();
        int b = n.end();
        return isMonth(t, a - 1) || a > 1 && t.get(a - 1).is(".") && isMonth(t, a - 2) || isMonth(t, b)
                || b < t.size() && lex.dateJoiners.contains(t.get(b)) && isMonth(t, b + 1);
    }

    private boolean isMonth(List<Token> t, int i) {
        return i >= 0 && i < t.size() && (t.get(i).isCapitalized() || !lex.capitalizedMonths) && lex.months.at(t, i) != null;
    }
}
