package tally.ingest.extract.guard;

import java.util.List;
import tally.ingest.extract.analysis.SentenceAnalysis;
import tally.ingest.extract.mention.NumberMention;
import tally.ingest.lexicon.Lexicon;

/**
 * The guards that tell from its own words that a number counts no people: years, labels, units,
 * dates, ratios, scores, ages, differences. Link rules and period resolution ask it too, of the other numbers
 * of a sentence ("is there another count between these two?").
 */
public final class NotACount {

    private final List<NumberGuard> guards;

    public NotACount(Lexicon lex) {
        this.guards = List.of(new YearOrFraction(), new Label(lex), new Unit(lex), new CalendarDate(lex), new Ratio(lex),
                new JoinedDigits(), new AgeInApposition(lex), new OneOf(lex), new Difference(lex));
    }

    /** The first guard that blocks the number, or null when it may be a count. */
    public NumberGuard blocking(SentenceAnalysis s, NumberMention n) {
        for (NumberGuard g : guards) {
            if (g.blocks(s, n)) {
                return g;
            }
        }
        return null;
    }

    public boolean isNotACount(SentenceAnalysis s, NumberMention n) {
        return blocking(s, n) != null;
    }

    public List<NumberGuard> guards() {
        return guards;
    }
}
