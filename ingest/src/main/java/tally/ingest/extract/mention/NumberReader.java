package tally.ingest.extract.mention;

import com.ibm.icu.text.RuleBasedNumberFormat;
import com.ibm.icu.util.ULocale;
import java.text.ParsePosition;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import tally.ingest.lexicon.Lexicon;
import tally.ingest.text.PhraseTable;
import tally.ingest.text.Token;
import tally.ingest.text.WordSet;

/**
 * Finds numbers in tokens: digits with separators and decimals, scales from the lexicon ("1.2
 * million"), and number words parsed by ICU's spell-out rules ("fifteen thousand"). The number-word
 * vocabulary is derived from ICU's own spell-out of the language, not from a hand-written table.
 */
public final class NumberReader {

    /** No spelled-out number in news runs longer ("nine hundred ninety-nine thousand ..."); bounds the parse. */
    private static final int MAX_NUMBER_WORDS = 12;
    /** Longer digit runs are identifiers or noise, not counts. */
    private static final int MAX_DIGITS = 15;
    /** The scale after which Mexican usage writes the hundreds in digits ("15 mil 273", "mil 229"). */
    private static final double THOUSAND = 1000;
    /** The scale after which Spanish usage writes the thousands in digits and "mil" ("4 millones 810 mil 443"). */
    private static final double MILLION = 1_000_000;

    private final Lexicon lexicon;
    private final ULocale locale;
    /** Words that can start a spelled-out number ("one" .. "ninety-nine"). */
    private final WordSet firstWords;
    /** Every word of a spelled-out number, scale words included. */
    private final WordSet vocabulary;
    private final ThreadLocal<RuleBasedNumberFormat> strict;
    private final ThreadLocal<RuleBasedNumberFormat> lenient;
    /** Parsed spans ("two", "one hundred and twenty"): ICU's lenient parse is slow and news repeats itself. */
    private final Map<String, Double> parsed = new ConcurrentHashMap<>();
    private static final int CACHE_LIMIT = 50_000;
    private static final Double NOT_A_NUMBER = Double.NaN;

    public NumberReader(Lexicon lexicon) {
        this.lexicon = lexicon;
        this.locale = new ULocale(lexicon.lang());
        this.strict = ThreadLocal.withInitial(() -> new RuleBasedNumberFormat(locale, RuleBasedNumberFormat.SPELLOUT));
        this.lenient = ThreadLocal.withInitial(() -> {
            RuleBasedNumberFormat f = new RuleBasedNumberFormat(locale, RuleBasedNumberFormat.SPELLOUT);
            f.setLenientParseMode(true); // "one hundred and twenty", "Six"
            return f;
        });
        Set<String> firstWords = new HashSet<>();
        Set<String> vocabulary = new HashSet<>();
        RuleBasedNumberFormat format = new RuleBasedNumberFormat(locale, RuleBasedNumberFormat.SPELLOUT);
        for (int n = 1; n < 100; n++) {
            String[] words = format.format(n).toLowerCase(Locale.ROOT).split("[\\s\\-\u00ad]+");
            firstWords.add(words[0]);
            vocabulary.addAll(List.of(words));
        }
        for (long n : new long[] {1_000, 2_000, 1_000_000, 2_000_000, 1_000_000_000L, 2_000_000_000L}) {
            vocabulary.addAll(List.of(format.format(n).toLowerCase(Locale.ROOT).split("[\\s\\-\u00ad]+")));
        }
        String[] thousand = format.format(1_000).toLowerCase(Locale.ROOT).split("[\\s\\-\u00ad]+");
        if (thousand.length == 1) {
            firstWords.add(thousand[0]); // a thousand said in one word counts bare: "más de mil personas"
        }
        for (int n = 100; n < 1000; n += 100) {
            // "cien", "doscientos": in some languages the hundreds are words of their own
            String[] words = format.format(n).toLowerCase(Locale.ROOT).split("[\\s\\-\u00ad]+");
            firstWords.add(words[0]);
            vocabulary.addAll(List.of(words));
        }
        this.firstWords = new WordSet(firstWords);
        this.vocabulary = new WordSet(vocabulary);
    }

    /** Every number in the tokens, left to right, none overlapping. */
    public List<NumberMention> read(String text, List<Token> tokens) {
        List<NumberMention> found = new ArrayList<>();
        int i = 0;
        while (i < tokens.size()) {
            NumberMention m = !tokens.get(i).isNumber() ? articleNumber(tokens, i)
                    : lexicon.decimalComma ? groupedDigits(text, tokens, i) : digits(text, tokens, i);
            if (m == null && !tokens.get(i).isNumber()) {
                m = words(text, tokens, i);
            }
            if (m == null) {
                i++;
            } else {
                m = withFootnoteMark(tokens, m);
                found.add(m);
                i = m.end();
            }
        }
        return found;
    }

    /**
     * A number with the footnote marks glued after it ("854,704* Rohingya refugees", "1,204† homicides"): the marks are
     * part of the number as written, so what it counts is read after them.
     */
    private static NumberMention withFootnoteMark(List<Token> tokens, NumberMention m) {
        int end = m.end();
        while (m.digits() && end < tokens.size() && tokens.get(end).start() == tokens.get(end - 1).end() && isFootnoteMark(tokens.get(end).text())) {
            end++;
        }
        return end == m.end() ? m : new NumberMention(m.value(), m.start(), end, m.digits(), m.yearLike());
    }

    private static boolean isFootnoteMark(String token) {
        return token.equals("*") || token.equals("\u2020") || token.equals("\u2021");
    }

    private NumberMention digits(String text, List<Token> tokens, int i) {
        Token t = tokens.get(i);
        String raw = t.text();
        int end = i + 1;
        // "1\u2009500": a thin or narrow no-break space is a thousands separator, as typesetters write it;
        // so is a plain space in "6 000", "1 274 148" (South African and UN English) after a group of at most three digits.
        boolean spaced = raw.length() <= 3 && (i == 0 || !tokens.get(i - 1).isNumber());
        while (end < tokens.size() && (thinSpaceGroup(text, tokens.get(end - 1), tokens.get(end))
                || spaced && spaceGroup(text, tokens.get(end - 1), tokens.get(end), tokens, end)) && raw.length() <= MAX_DIGITS) {
            raw += "," + tokens.get(end).text();
            end++;
        }
        if (end == i + 1 && strayCommaGroup(text, tokens, i)) {
            raw += "," + tokens.get(i + 2).text(); // "1, 421 people": a stray space after the thousands comma
            end = i + 3;
        }
        if (raw.length() > MAX_DIGITS + 4) {
            return null;
        }
        double value = wholeNumber(raw);
        if (Double.isNaN(value)) {
            try {
                value = Double.parseDouble(raw.replace(",", ""));
            } catch (NumberFormatException e) {
                return null;
            }
        }
        boolean yearLike = raw.length() == 4 && raw.indexOf(',') < 0 && raw.indexOf('.') < 0 && value >= 1800 && value <= 2100;
        return scaled(tokens, new NumberMention(value, i, end, true, yearLike));
    }

    /**
     * Whether {@code next} is three digits after {@code group} (digits only) and one plain space, and no
     * other number follows it the same way ("in 2019 150 people" has a four-digit year before: never read so).
     */
    private static boolean spaceGroup(String text, Token group, Token next, List<Token> tokens, int nextIndex) {
        if (!next.isNumber() || next.start() != group.end() + 1 || next.text().length() != 3 || text.charAt(group.end()) != ' ') {
            return false;
        }
        if (!group.text().chars().allMatch(c -> c >= '0' && c <= '9') || !next.text().chars().allMatch(c -> c >= '0' && c <= '9')) {
            return false;
        }
        Token after = nextIndex + 1 < tokens.size() ? tokens.get(nextIndex + 1) : null;
        return after == null || !after.isNumber() || after.start() != next.end() + 1 || after.text().length() == 3;
    }

    /** Whether {@code next} is three digits after {@code group} and one thin or narrow no-break space. */
    private static boolean thinSpaceGroup(String text, Token group, Token next) {
        if (!next.isNumber() || next.start() != group.end() + 1 || next.text().length() != 3) {
            return false;
        }
        char sep = text.charAt(group.end());
        String g = group.text();
        int lastGroup = g.length() - g.lastIndexOf(',') - 1;
        return (sep == '\u2009' || sep == '\u202f') && next.text().chars().allMatch(c -> c >= '0' && c <= '9')
                && g.chars().allMatch(c -> c >= '0' && c <= '9' || c == ',') && lastGroup <= 3;
    }

    /**
     * The value of digits and thousands commas ("15,273"), or NaN for any other number ("2.5").
     * Most numbers are whole: summed as a long, with no copy or double parsing. The conversion to
     * double rounds to the nearest, as {@link Double#parseDouble} does, so the value is the same.
     */
    private static double wholeNumber(String raw) {
        if (raw.length() > 18) {
            return Double.NaN; // more digits than a long holds
        }
        long value = 0;
        for (int k = 0; k < raw.length(); k++) {
            char c = raw.charAt(k);
            if (c >= '0' && c <= '9') {
                value = 10 * value + (c - '0');
            } else if (c != ',') {
                return Double.NaN;
            }
        }
        return value;
    }

    /**
     * Digits where a comma may be the decimal mark (Spanish): a group of exactly three digits after
     * a dot, comma or single space is thousands ("35.000", "15,273", "35 000", "1.200.000"); any
     * other digits after a comma or dot are decimals ("1,2 millones", "1.5").
     */
    private NumberMention groupedDigits(String text, List<Token> tokens, int i) {
        int p = tokens.get(i).start();
        int limit = text.length();
        StringBuilder digits = new StringBuilder();
        while (p < limit && isDigit(text.charAt(p))) {
            digits.append(text.charAt(p++));
        }
        if (digits.length() > MAX_DIGITS) {
            return null;
        }
        boolean grouped = false;
        while (digits.length() <= MAX_DIGITS && p + 3 < limit + 1 && p < limit && isGroupSeparator(text.charAt(p))
                && (grouped || digits.length() <= 3)) {
            int group = strayGroupAt(text, p + 1) || !grouped && text.charAt(p) == ',' && strayCommaGroup(text, tokens, i)
                    ? p + 2 : p + 1; // "10, 094", "1, 421": a stray space after the thousands comma
            if (!threeDigitsAt(text, group)) {
                break;
            }
            digits.append(text, group, group + 3);
            p = group + 3;
            grouped = true;
        }
        String decimals = "";
        if (p + 1 < limit && (text.charAt(p) == ',' || text.charAt(p) == '.') && isDigit(text.charAt(p + 1))) {
            int q = p + 1;
            while (q < limit && isDigit(text.charAt(q))) {
                q++;
            }
            decimals = text.substring(p + 1, q);
            p = q;
        }
        double value = Double.parseDouble(decimals.isEmpty() ? digits.toString() : digits + "." + decimals);
        int end = i;
        while (end < tokens.size() && tokens.get(end).start() < p) {
            end++;
        }
        boolean yearLike = !grouped && decimals.isEmpty() && digits.length() == 4 && value >= 1800 && value <= 2100;
        return scaled(tokens, new NumberMention(value, i, end, true, yearLike));
    }

    /**
     * Token {@code i}, one to three digits, then a comma, one space and exactly three digits that end the number: one
     * number with a stray space ("the 1, 421 recorded", "Of that number, 12, 853 were"), unless a month or weekday
     * stands before it ("August 19, 206 migrants") or it continues a list of numbers ("4, 7, 120").
     */
    private boolean strayCommaGroup(String text, List<Token> tokens, int i) {
        Token first = tokens.get(i);
        if (i + 2 >= tokens.size() || first.end() - first.start() > 3 || !allDigits(text, first.start(), first.end())) {
            return false;
        }
        Token comma = tokens.get(i + 1);
        Token group = tokens.get(i + 2);
        if (!comma.is(",") || comma.start() != first.end() || group.start() != comma.end() + 1 || text.charAt(comma.end()) != ' '
                || group.end() - group.start() != 3 || !allDigits(text, group.start(), group.end())) {
            return false;
        }
        if (i + 4 < tokens.size() && (tokens.get(i + 3).is(",") || lexicon.conjunctions.at(tokens, i + 3) != null)
                && tokens.get(i + 4).isNumber()) {
            return false; // "1, 421, 500", "10, 120 y 130": a list
        }
        if (i > 0 && (lexicon.months.endingAt(tokens, i) != null || lexicon.weekdays.endingAt(tokens, i) != null)) {
            return false;
        }
        return i < 2 || !tokens.get(i - 1).is(",") || !tokens.get(i - 2).isNumber() || tokens.get(i - 2).end() - tokens.get(i - 2).start() > 3;
    }

    private static boolean allDigits(String text, int from, int to) {
        for (int k = from; k < to; k++) {
            if (!isDigit(text.charAt(k))) {
                return false;
            }
        }
        return true;
    }

    /** A space, then a group of three digits that starts with a zero ("10, 094"): no second number of a list starts so. */
    private static boolean strayGroupAt(String text, int i) {
        return i + 1 < text.length() && text.charAt(i) == ' ' && text.charAt(i + 1) == '0' && text.charAt(i - 1) != ' ';
    }

    private static boolean isGroupSeparator(char c) {
        return c == '.' || c == ',' || c == ' ' || c == '\u00a0' || c == '\u202f' || c == '\u2009';
    }

    /** Exactly three digits at i, not followed by another digit. */
    private static boolean threeDigitsAt(String text, int i) {
        return i + 3 <= text.length() && isDigit(text.charAt(i)) && isDigit(text.charAt(i + 1)) && isDigit(text.charAt(i + 2))
                && (i + 3 == text.length() || !isDigit(text.charAt(i + 3)));
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    /** "a million", "half a million", "medio millón": a scale counted by an article or a fraction (the lexicon's). */
    private NumberMention articleNumber(List<Token> tokens, int i) {
        PhraseTable.Match<Double> m = lexicon.articleNumbers.at(tokens, i);
        return m == null ? null : new NumberMention(m.value(), i, i + m.length(), false, false);
    }

    private NumberMention words(String text, List<Token> tokens, int i) {
        PhraseTable.Match<Double> scale = lexicon.scales.at(tokens, i);
        if (scale != null && scale.length() == 1 && scale.value() == THOUSAND && hundredsAt(tokens, i + 1)) {
            // "mil 229": a bare thousand, then the hundreds in digits (Mexican usage)
            return new NumberMention(THOUSAND + Integer.parseInt(tokens.get(i + 1).text()), i, i + 2, false, false);
        }
        if (!tokens.get(i).isWord() || !firstWords.contains(tokens.get(i))) {
            return null;
        }
        // The longest run of number words, joined by hyphens or "and".
        int end = i + 1;
        int j = i + 1;
        while (j < tokens.size() && j - i < MAX_NUMBER_WORDS) {
            Token t = tokens.get(j);
            if (t.isWord() && vocabulary.contains(t)) {
                end = j + 1;
                j++;
            } else if ((t.is("-") || t.is("and")) && j + 1 < tokens.size() && vocabulary.contains(tokens.get(j + 1))
                    && !(t.is("and") && firstWords.contains(tokens.get(j + 1)) && !tokens.get(j - 1).lower().matches(".*(hundred|thousand|million|billion)"))) {
                j++;
            } else {
                break;
            }
        }
        for (int k = end; k > i; k--) {
            double value = parse(text.substring(tokens.get(i).start(), tokens.get(k - 1).end()).toLowerCase(Locale.ROOT));
            if (value > 0) {
                PhraseTable.Match<Double> last = lexicon.scales.at(tokens, k - 1);
                if (last != null && last.value() == THOUSAND && hundredsAt(tokens, k)) {
                    // "mil 229": a thousand in words, then the hundreds in digits (Mexican usage)
                    return new NumberMention(value + Integer.parseInt(tokens.get(k).text()), i, k + 1, false, false);
                }
                if (last != null && last.value() >= MILLION) {
                    // "dos millones 475 mil 669": the millions in words, then the thousands and hundreds in digits
                    return millionsTail(tokens, new NumberMention(value, i, k, false, false), last);
                }
                return scaled(tokens, new NumberMention(value, i, k, false, false));
            }
        }
        return null;
    }

    /** The whole span as a number, or NaN: ICU's strict rules first, lenient ones when those fail. */
    private double parse(String span) {
        Double known = parsed.get(span);
        if (known != null) {
            return known;
        }
        double value = parseWhole(strict.get(), span);
        if (Double.isNaN(value)) {
            value = parseWhole(lenient.get(), span);
        }
        if (parsed.size() > CACHE_LIMIT) {
            parsed.clear();
        }
        parsed.put(span, value);
        return value;
    }

    private static double parseWhole(RuleBasedNumberFormat format, String span) {
        ParsePosition pos = new ParsePosition(0);
        Number n = format.parse(span, pos);
        return n != null && pos.getIndex() == span.length() ? n.doubleValue() : NOT_A_NUMBER;
    }

    /** Up to three digits at token i, the hundreds after a thousand ("15 mil 273"). */
    private static boolean hundredsAt(List<Token> tokens, int i) {
        return i < tokens.size() && tokens.get(i).isNumber() && tokens.get(i).text().length() <= 3
                && tokens.get(i).text().chars().allMatch(Character::isDigit);
    }

    /** Applies a following scale word ("million", "dozen"), optionally hyphenated ("1.2-million"). */
    private NumberMention scaled(List<Token> tokens, NumberMention m) {
        int at = m.end();
        if (at < tokens.size() && tokens.get(at).is("-")) {
            at++;
        }
        PhraseTable.Match<Double> scale = lexicon.scales.at(tokens, at);
        if (scale == null || (m.digits() && tokens.get(at).start() > tokens.get(m.end() - 1).end() + 1 && scale.value() < 12)) {
            return m;
        }
        // Single-letter scales ("5m", "100k") must be written against the digits.
        if (tokens.get(at).text().length() == 1 && tokens.get(at).start() != tokens.get(m.end() - 1).end()) {
            return m;
        }
        return millionsTail(tokens, new NumberMention(m.value() * scale.value(), m.start(), at + scale.length(), m.digits(), false), scale);
    }

    /**
     * The thousands and hundreds written in digits after a scale word ("4 millones 810 mil 443", "15 mil 273"), added to
     * {@code m}, which ends with that scale.
     */
    private NumberMention millionsTail(List<Token> tokens, NumberMention m, PhraseTable.Match<Double> scale) {
        int end = m.end();
        double value = m.value();
        // "4 millones 810 mil 443": a million followed by the thousands in digits and "mil", then the hundreds
        PhraseTable.Match<Double> thousands = scale.value() >= MILLION && hundredsAt(tokens, end)
                ? lexicon.scales.at(tokens, end + 1) : null;
        if (thousands != null && thousands.length() == 1 && thousands.value() == THOUSAND) {
            value += Integer.parseInt(tokens.get(end).text()) * THOUSAND;
            end += 2;
            scale = thousands;
        }
        // "15 mil 273": a thousand followed by the hundreds (Mexican usage).
        if (scale.value() == THOUSAND && hundredsAt(tokens, end)) {
            value += Integer.parseInt(tokens.get(end).text());
            end++;
        }
        return new NumberMention(value, m.start(), end, m.digits(), false);
    }
}
