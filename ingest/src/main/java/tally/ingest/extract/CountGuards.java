package tally.ingest.extract;

import java.util.List;

/**
 * Numbers that are not counts of people: years, labels, units, dates, ratios, scores, ages, rates,
 * ranges' low ends, daily averages and forecasts. Each guard reads only lexicon words.
 */
final class CountGuards {

    private static final int FORECAST_LOOKBACK = 8;

    private final Lexicon lex;

    CountGuards(Lexicon lex) {
        this.lex = lex;
    }


    boolean endsWithScale(Sentence s, NumberMention n) {
        return lex.scales.endingAt(s.tokens(), n.end()) != null;
    }

    /** The low end of a range ("between 30 and 40", "30 to 40"), which the high end stands for. */
    boolean isRangeStart(Sentence s, NumberMention n) {
        List<Token> t = s.tokens();
        if (n.end() >= t.size() || !lex.rangeJoin.contains(t.get(n.end()))) {
            return false;
        }
        NumberMention high = s.numberAt(n.end() + 1);
        return high != null && !high.yearLike() && !n.yearLike() && rangeLow(s, high) == n;
    }

    /** The low end of the range that n closes, or null. "from 30 to 40" is a change, not a range. */
    NumberMention rangeLow(Sentence s, NumberMention n) {
        List<Token> t = s.tokens();
        if (n.start() < 2 || !lex.rangeJoin.contains(t.get(n.start() - 1))) {
            return null;
        }
        NumberMention low = null;
        for (NumberMention m : s.numbers()) {
            if (m.end() == n.start() - 1) {
                low = m;
            }
        }
        if (low == null || low.yearLike() || n.yearLike() || low.value() >= n.value()) {
            return null;
        }
        String join = t.get(n.start() - 1).lower();
        boolean opened = low.start() > 0 && lex.rangeOpen.contains(t.get(low.start() - 1));
        boolean afterFrom = low.start() > 0 && lex.origin.contains(t.get(low.start() - 1));
        return (opened || !join.equals("and")) && !afterFrom ? low : null;
    }

    /** "On an average day in May, agents encountered 4,400 people": a daily rate, not a count. */
    boolean isDailyAverage(Sentence s, NumberMention n) {
        for (int i = Math.max(0, n.start() - 10); i < n.start(); i++) {
            if (lex.averageDay.at(s.tokens(), i) != null) {
                return true;
            }
        }
        return false;
    }

    /** Guards for numbers that are not counts of people: years, labels, units, dates, ratios, scores, ages. */
    boolean isNotACount(Sentence s, NumberMention n) {
        List<Token> t = s.tokens();
        int a = n.start();
        int b = n.end();
        if (n.yearLike() || n.value() < 1) {
            return true;
        }
        if (lex.labels.endingAt(t, a) != null || (a > 0 && t.get(a - 1).is(".") && lex.labels.endingAt(t, a - 1) != null)) {
            return true;
        }
        if (lex.units.at(t, b) != null || (b < t.size() && t.get(b).is("-") && lex.units.at(t, b + 1) != null)) {
            return true;
        }
        if (isMonth(t, a - 1) || (a > 1 && t.get(a - 1).is(".") && isMonth(t, a - 2)) || isMonth(t, b)
                || (b < t.size() && lex.dateJoiners.contains(t.get(b)) && isMonth(t, b + 1))) {
            return true; // "Dec. 1", "1 December", "1 de diciembre"
        }
        PhraseTable.Match<Boolean> ratio = lex.ratios.at(t, b);
        if (ratio != null && isSmallCount(s, b + ratio.length())) {
            return true; // "six out of 10", "one in five"
        }
        PhraseTable.Match<Boolean> ratioBefore = lex.ratios.endingAt(t, a);
        if (ratioBefore != null && (ratioBefore.length() > 1 || endsSmallCount(s, a - ratioBefore.length()))) {
            return true; // the 10 of "one in 10 abductions"
        }
        // Scores, times and phone numbers: digits joined by '-', ':' or '/'.
        if (n.digits() && (joinedToDigits(t, b, b + 1) || joinedToDigits(t, a - 1, a - 2))) {
            return true;
        }
        // An age in apposition: "Juan Perez, 25, was killed".
        if (n.digits() && a >= 2 && b < t.size() && t.get(a - 1).is(",") && t.get(b).is(",")
                && t.get(a - 2).isCapitalized() && n.value() < 120) {
            return true;
        }
        // "one of the ..." is not a count.
        return n.value() == 1 && b < t.size() && t.get(b).is("of");
    }

    /**
     * A rate follows, perhaps after an adjective or two: "per 100,000 inhabitants", "18 a day",
     * "20 muertes violentas cada día". Yearly rates are figures with basis per_year.
     */
    boolean isRate(Sentence s, int i) {
        PhraseTable.Match<Boolean> rate = lex.rates.at(s.tokens(), i);
        if (rate != null && i + rate.length() < s.tokens().size() && s.tokens().get(i + rate.length()).isNumber()) {
            return true;
        }
        for (int k = i; k < Math.min(s.tokens().size(), i + 3); k++) {
            if (lex.ratePeriods.at(s.tokens(), k) != null) {
                return true;
            }
            if (s.tokens().get(k).isPunct() || lex.stopwords.contains(s.tokens().get(k))) {
                return false;
            }
        }
        return false;
    }

    static boolean endsSmallCount(Sentence s, int end) {
        for (NumberMention n : s.numbers()) {
            if (n.end() == end) {
                return !n.yearLike();
            }
        }
        return false;
    }

    static boolean isSmallCount(Sentence s, int i) {
        for (NumberMention n : s.numbers()) {
            if (n.start() == i) {
                return !n.yearLike();
            }
        }
        return false;
    }

    boolean isMonth(List<Token> t, int i) {
        return i >= 0 && i < t.size() && (t.get(i).isCapitalized() || !lex.capitalizedMonths) && lex.months.at(t, i) != null;
    }

    static boolean joinedToDigits(List<Token> t, int joiner, int other) {
        if (joiner < 0 || joiner >= t.size() || other < 0 || other >= t.size()) {
            return false;
        }
        Token j = t.get(joiner);
        Token o = t.get(other);
        boolean adjacent = other > joiner ? j.end() == o.start() : o.end() == j.start();
        return (j.is("-") || j.is(":") || j.is("/") || j.is("\u2013")) && o.isNumber() && adjacent;
    }

    boolean isForecast(Sentence s, int mentionStart, int linkEnd) {
        List<Token> t = s.tokens();
        int from = mentionStart;
        while (from > 0 && from > mentionStart - FORECAST_LOOKBACK && !t.get(from - 1).is(";") && !t.get(from - 1).is(":")) {
            from--;
        }
        for (int i = from; i < linkEnd && i < t.size(); i++) {
            if (lex.forecasts.at(t, i) != null) {
                return true;
            }
        }
        return false;
    }
}
