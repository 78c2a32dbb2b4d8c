package tally.ingest.extract.guard;

import java.util.List;
import tally.ingest.extract.analysis.SentenceAnalysis;
import tally.ingest.extract.mention.NumberMention;
import tally.ingest.lexicon.Lexicon;
import tally.ingest.text.Token;

/**
 * "Dec. 1", "1 December", "1 de diciembre", "el jueves 3 se repatriaron", "el viernes 4, 1.862": the day of a date
 * (a whole number up to 31: "septiembre 1.223 personas" is a count, and so is "on Sunday 3 people were killed", and "en febrero 7, en
 * marzo 11" a month series); a two-digit year after a day ("April 3, 14 (BOR)"); the last day of a span after its month
 * ("from September 14 to 20").
 */
final class CalendarDate implements NumberGuard {

    private final Lexicon lex;

    CalendarDate(Lexicon lex) {
        this.lex = lex;
    }

    /** The last day of the longest month. */
    private static final int LAST_DAY = 31;

    @Override
    public boolean blocks(SentenceAnalysis s, NumberMention n) {
        List<Token> t = s.tokens();
        int a = n.start();
        int b = n.end();
        if (shortYearAfterDay(t, a, b)) {
            return true;
        }
        if (n.value() > LAST_DAY || n.value() != Math.rint(n.value())) {
            return false;
        }
        if (monthItem(t, a, b)) {
            return false;
        }
        return isMonth(t, a - 1) || a > 1 && t.get(a - 1).is(".") && isMonth(t, a - 2) || isMonth(t, b)
                || b < t.size() && lex.dateJoiners.contains(t.get(b)) && isMonth(t, b + 1) || dayAfterWeekday(t, a, b)
                || rangeEndDay(t, a, b, n.value());
    }

    /**
     * The last day of a span of days after its month ("the week from September 14 to 20 came to 2,214", "March 2 and 8,"):
     * after "and" or "or" only with no word of its own after it ("on May 5 and 12 people died" keeps its count).
     */
    private boolean rangeEndDay(List<Token> t, int a, int b, double value) {
        if (a < 3 || !lex.rangeJoin.contains(t.get(a - 1)) || !t.get(a - 2).isNumber() || !isMonth(t, a - 3)) {
            return false;
        }
        double first;
        try {
            first = Double.parseDouble(t.get(a - 2).text());
        } catch (NumberFormatException e) {
            return false;
        }
        if (first >= value || first < 1) {
            return false;
        }
        boolean loose = t.get(a - 1).is("and") || t.get(a - 1).is("or") || t.get(a - 1).is("y") || t.get(a - 1).is("o");
        return !loose || b == t.size() || t.get(b).isPunct() || lex.stopwords.contains(t.get(b));
    }

    /**
     * "April 3, 14 (BOR) - Five people...": two digits after a month, its day and a comma, with no word of their own
     * after them, are the year ('14); "April 3, 14 people were killed" keeps its count.
     */
    private boolean shortYearAfterDay(List<Token> t, int a, int b) {
        return a > 2 && b - a == 1 && t.get(a).text().length() == 2 && t.get(a - 1).is(",") && t.get(a - 2).isNumber()
                && t.get(a - 2).text().length() <= 2 && isMonth(t, a - 3) && (b == t.size() || t.get(b).isPunct());
    }

    /**
     * A month named as a period by a locative, then a count that closes its item ("en enero hubo 17, en febrero 7, en
     * marzo 11 y en abril 9"): a month series, not a day; "in March 11, 2004" is still a date.
     */
    private boolean monthItem(List<Token> t, int a, int b) {
        if (a < 2 || !isMonth(t, a - 1) || lex.months.at(t, a - 1).length() != 1 || !lex.locative.contains(t.get(a - 2))) {
            return false;
        }
        if (b == t.size()) {
            return true;
        }
        Token after = t.get(b);
        boolean yearAfterComma = after.is(",") && b + 1 < t.size() && t.get(b + 1).isNumber() && t.get(b + 1).text().length() == 4;
        return (after.is(",") || after.is(";") || after.is(".") || lex.conjunctions.at(t, b) != null) && !yearAfterComma;
    }

    /** A weekday, then the number with no word of its own after it: punctuation or a function word. */
    private boolean dayAfterWeekday(List<Token> t, int a, int b) {
        return a > 0 && lex.weekdays.endingAt(t, a) != null && (t.get(a - 1).isCapitalized() || !lex.capitalizedMonths)
                && (b == t.size() || t.get(b).isPunct() || lex.stopwords.contains(t.get(b)));
    }

    private boolean isMonth(List<Token> t, int i) {
        return i >= 0 && i < t.size() && (t.get(i).isCapitalized() || !lex.capitalizedMonths) && lex.months.at(t, i) != null;
    }
}
