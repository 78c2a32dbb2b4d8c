package tally.ingest.extract;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import tally.stats.Period;

/**
 * Finds the lexicon's time templates in a sentence and resolves them against the publication date
 * ("last year" in a 2012 article is 2011). Left to right, longest match first, no overlaps; each
 * template is matched in time linear in its length (one bounded gap), so hostile input stays cheap.
 */
public final class TimeExpressions {

    private static final int MAX_GAP = 10;

    private final Lexicon lexicon;
    /**
     * Templates starting with words, by those words: the match at a token lists, in lexicon order,
     * every template whose leading words all match there ("the" alone selects none).
     */
    private final PhraseTable<List<TimeTemplate>> byLeadingWords = new PhraseTable<>();
    /** The others by the slot they start with ("{month} {year}"): a number's, a month's, a season's, a weekday's. */
    private final List<SlotGroup> numberFirst;
    private final SlotGroup monthFirst;
    private final SlotGroup seasonFirst;
    private final SlotGroup weekdayFirst;
    /** The words that start a template's leading words, a month, a season or a weekday: the tokens, besides numbers, where a match may start. */
    private final BitSet startWords = new BitSet();

    /** The templates that start with one slot, in lexicon order. */
    private record SlotGroup(TimeTemplate.Slot slot, List<TimeTemplate> templates) {
    }

    public TimeExpressions(Lexicon lexicon) {
        this.lexicon = lexicon;
        Map<TimeTemplate.Slot, List<TimeTemplate>> byFirstSlot = new EnumMap<>(TimeTemplate.Slot.class);
        Set<List<String>> leading = new LinkedHashSet<>();
        for (TimeTemplate t : lexicon.timeTemplates) {
            TimeTemplate.Element first = t.elements().get(0);
            if (first.type() == TimeTemplate.Element.Type.WORD) {
                leading.add(leadingWords(t));
            } else {
                byFirstSlot.computeIfAbsent(first.slot(), k -> new ArrayList<>()).add(t);
            }
        }
        // The longest leading words that match stand for all shorter ones.
        for (List<String> words : leading) {
            List<TimeTemplate> templates = lexicon.timeTemplates.stream().filter(t -> {
                List<String> own = leadingWords(t);
                return !own.isEmpty() && own.size() <= words.size() && words.subList(0, own.size()).equals(own);
            }).toList();
            byLeadingWords.add(words.stream().mapToInt(WordIds::intern).toArray(), templates);
        }
        Function<TimeTemplate.Slot, SlotGroup> group = slot -> new SlotGroup(slot, byFirstSlot.getOrDefault(slot, List.of()));
        numberFirst = List.of(group.apply(TimeTemplate.Slot.YEAR), group.apply(TimeTemplate.Slot.DAY), group.apply(TimeTemplate.Slot.N));
        monthFirst = group.apply(TimeTemplate.Slot.MONTH);
        seasonFirst = group.apply(TimeTemplate.Slot.SEASON);
        weekdayFirst = group.apply(TimeTemplate.Slot.WEEKDAY);
        for (PhraseTable<?> table : List.of(byLeadingWords, lexicon.months, lexicon.seasons, lexicon.weekdays)) {
            startWords.or(table.firstWords(value -> true));
        }
    }

    private static List<String> leadingWords(TimeTemplate t) {
        List<String> words = new ArrayList<>();
        for (TimeTemplate.Element el : t.elements()) {
            if (el.type() != TimeTemplate.Element.Type.WORD) {
                break;
            }
            words.add(el.value());
        }
        return words;
    }

    public List<TimeMention> find(List<Token> tokens, List<NumberMention> numbers, LocalDate published) {
        NumberMention[] numberAt = new NumberMention[tokens.size()];
        numbers.forEach(n -> numberAt[n.start()] = n);
        // The longest match at each position, computed once: the look-ahead below asks for i + 1,
        // which is the next position's own question.
        Slots[] memo = new Slots[tokens.size() + 1];
        boolean[] known = new boolean[tokens.size() + 1];
        List<TimeMention> found = new ArrayList<>();
        int i = 0;
        while (i < tokens.size()) {
            Slots best = longestAt(tokens, i, numberAt, memo, known);
            if (best == null) {
                i++;
                continue;
            }
            // A longer expression starting one word later wins ("in August 2010" over "in August").
            Slots later = longestAt(tokens, i + 1, numberAt, memo, known);
            if (later != null && later.end > best.end) {
                i++;
                continue;
            }
            TimeTemplate bestTemplate = best.template;
            TimeMention m = resolve(bestTemplate.rule(), best, i, published);
            if (m != null) {
                found.add(m);
            }
            i = best.end;
        }
        return yearsBefore(found, published);
    }

    /** "in 2015, down from 5,936 the year before": the year before the sentence's own year. */
    private static List<TimeMention> yearsBefore(List<TimeMention> found, LocalDate published) {
        List<TimeMention> out = new ArrayList<>(found.size());
        Period anchor = null;
        for (TimeMention m : found) {
            if ("YEAR_BEFORE".equals(m.rule())) {
                Integer year = anchor != null ? Integer.valueOf(anchor.from().getYear()) : published != null ? published.getYear() : null;
                out.add(year == null
                        ? new TimeMention(m.start(), m.end(), null, "no publication date: a relative time cannot be resolved", m.rule())
                        : new TimeMention(m.start(), m.end(), Period.year(year - 1), null, m.rule()));
            } else {
                out.add(m);
                anchor = m.period() != null ? m.period() : anchor;
            }
        }
        return out;
    }

    /**
     * The latest calendar date written out in the tokens ("July 13, 2014", "March 2011"), or null.
     * A page block dated after the article's publication cannot be part of the article.
     */
    public LocalDate latestWrittenDate(List<Token> tokens) {
        LocalDate latest = null;
        for (int i = 0; i < tokens.size(); i++) {
            Token t = tokens.get(i);
            PhraseTable.Match<Integer> month = t.isCapitalized() || !lexicon.capitalizedMonths ? lexicon.months.at(tokens, i) : null;
            if (month == null) {
                continue;
            }
            int j = i + month.length();
            if (j < tokens.size() && lexicon.dateJoiners.contains(tokens.get(j))) {
                j++; // "diciembre de 2006"
            }
            int day = 1;
            if (j < tokens.size() && tokens.get(j).isNumber() && tokens.get(j).text().length() <= 2) {
                day = Integer.parseInt(tokens.get(j).text());
                j++;
                if (j < tokens.size() && tokens.get(j).is(",")) {
                    j++;
                }
            }
            // Four digits, not any four-character number: "March 2.12" has no year.
            if (j < tokens.size() && tokens.get(j).isNumber() && tokens.get(j).text().length() == 4
                    && tokens.get(j).text().chars().allMatch(Character::isDigit)) {
                try {
                    LocalDate d = LocalDate.of(Integer.parseInt(tokens.get(j).text()), month.value(), day);
                    latest = latest == null || d.isAfter(latest) ? d : latest;
                } catch (java.time.DateTimeException e) {
                    // not a date
                }
            }
        }
        return latest;
    }

    private Slots longestAt(List<Token> tokens, int i, NumberMention[] numberAt, Slots[] memo, boolean[] known) {
        if (!known[i]) {
            memo[i] = longest(tokens, i, numberAt);
            known[i] = true;
        }
        return memo[i];
    }

    /**
     * The longest match at token i of the templates whose first element can match there (most
     * tokens have none): those starting with words, then those starting with a number, a month, a
     * season or a weekday. Of two matches that end at the same token the first tried wins.
     */
    private Slots longest(List<Token> tokens, int i, NumberMention[] numberAt) {
        if (i >= tokens.size()) {
            return null;
        }
        int word = tokens.get(i).word();
        if (numberAt[i] == null && (word == WordIds.NONE || !startWords.get(word))) {
            return null; // most tokens: no table below has a phrase starting here
        }
        PhraseTable.Match<List<TimeTemplate>> leading = byLeadingWords.at(tokens, i);
        Slots best = leading == null ? null : longer(leading.value(), tokens, i, numberAt, null);
        if (numberAt[i] != null) {
            for (SlotGroup g : numberFirst) {
                best = longerFromSlot(g, tokens, i, numberAt, best);
            }
        }
        if (lexicon.months.at(tokens, i) != null) {
            best = longerFromSlot(monthFirst, tokens, i, numberAt, best);
        }
        if (lexicon.seasons.at(tokens, i) != null) {
            best = longerFromSlot(seasonFirst, tokens, i, numberAt, best);
        }
        if (lexicon.weekdays.at(tokens, i) != null) {
            best = longerFromSlot(weekdayFirst, tokens, i, numberAt, best);
        }
        return best;
    }

    /**
     * Like {@link #longer} for the templates starting with one slot: that slot takes the same value
     * in all of them, so it is filled once and each template goes on from its second element.
     */
    private Slots longerFromSlot(SlotGroup group, List<Token> tokens, int i, NumberMention[] numberAt, Slots best) {
        List<TimeTemplate> templates = group.templates();
        Slots first = new Slots();
        int next = templates.isEmpty() ? -1 : bind(group.slot(), tokens, i, numberAt, first);
        if (next < 0) {
            return best;
        }
        Slots scratch = new Slots();
        for (TimeTemplate t : templates) {
            Slots s = match(t, 1, tokens, next, numberAt, scratch.assign(first));
            if (s != null && (best == null || s.end > best.end)) {
                s.template = t;
                best = s;
                scratch = s == scratch ? new Slots() : scratch;
            }
        }
        return best;
    }

    /** The longest match at i of these templates, or {@code best} when none is longer. */
    private Slots longer(List<TimeTemplate> templates, List<Token> tokens, int i, NumberMention[] numberAt, Slots best) {
        // Most templates tried fail: they fill one set of slots in turn, and a new set is made only
        // when a match keeps the one filled.
        Slots scratch = new Slots();
        for (TimeTemplate t : templates) {
            Slots s = match(t, 0, tokens, i, numberAt, scratch.assign(null));
            if (s != null && (best == null || s.end > best.end)) {
                s.template = t;
                best = s;
                scratch = s == scratch ? new Slots() : scratch;
            }
        }
        return best;
    }

    /** Slot values captured while matching. */
    private static final class Slots {
        TimeTemplate template;
        Integer year;
        Integer year2;
        Integer month;
        Integer month2;
        Integer day;
        Integer day2;
        Lexicon.Season season;
        Integer n;
        Integer weekday;
        int end;

        Slots copy() {
            return new Slots().assign(this);
        }

        /** These slots, set to the values of {@code other} (no template), or emptied when it is null. */
        Slots assign(Slots other) {
            template = null;
            year = other == null ? null : other.year;
            year2 = other == null ? null : other.year2;
            month = other == null ? null : other.month;
            month2 = other == null ? null : other.month2;
            day = other == null ? null : other.day;
            day2 = other == null ? null : other.day2;
            season = other == null ? null : other.season;
            n = other == null ? null : other.n;
            weekday = other == null ? null : other.weekday;
            end = other == null ? 0 : other.end;
            return this;
        }
    }

    private Slots match(TimeTemplate t, int e, List<Token> tokens, int i, NumberMention[] numberAt, Slots slots) {
        if (e == t.elements().size()) {
            slots.end = i;
            return slots;
        }
        TimeTemplate.Element el = t.elements().get(e);
        switch (el.type()) {
            case WORD -> {
                if (i < tokens.size() && tokens.get(i).word() == el.word()) {
                    return match(t, e + 1, tokens, i + 1, numberAt, slots);
                }
                return null;
            }
            case GAP -> {
                for (int skip = 1; skip <= MAX_GAP && i + skip <= tokens.size(); skip++) {
                    Token last = tokens.get(i + skip - 1);
                    if (last.isPunct() && !last.is("-")) {
                        return null;
                    }
                    Slots s = match(t, e + 1, tokens, i + skip, numberAt, slots.copy());
                    if (s != null) {
                        return s;
                    }
                }
                return null;
            }
            default -> {
                return slot(t, e, el.slot(), tokens, i, numberAt, slots);
            }
        }
    }

    private Slots slot(TimeTemplate t, int e, TimeTemplate.Slot slot, List<Token> tokens, int i, NumberMention[] numberAt, Slots slots) {
        int next = bind(slot, tokens, i, numberAt, slots);
        return next < 0 ? null : match(t, e + 1, tokens, next, numberAt, slots);
    }

    /** Fills the slot from token i on: the token after its value, or -1 when it has none there. */
    private int bind(TimeTemplate.Slot slot, List<Token> tokens, int i, NumberMention[] numberAt, Slots slots) {
        if (i >= tokens.size()) {
            return -1;
        }
        return switch (slot) {
            case YEAR, YEAR2 -> {
                NumberMention n = i < numberAt.length ? numberAt[i] : null;
                if (n == null || !n.yearLike()) {
                    yield -1;
                }
                if (slot == TimeTemplate.Slot.YEAR) {
                    slots.year = (int) n.value();
                } else {
                    slots.year2 = (int) n.value();
                }
                yield i + 1;
            }
            case DAY, DAY2 -> {
                Token tok = tokens.get(i);
                int d = tok.isNumber() && tok.text().length() <= 2 ? Integer.parseInt(tok.text()) : 0;
                if (d < 1 || d > 31) {
                    yield -1;
                }
                if (slot == TimeTemplate.Slot.DAY) {
                    slots.day = d;
                } else {
                    slots.day2 = d;
                }
                yield i + 1;
            }
            case N -> {
                NumberMention n = i < numberAt.length ? numberAt[i] : null;
                if (n == null || n.yearLike() || n.value() < 1 || n.value() > 100 || n.value() != Math.rint(n.value())) {
                    yield -1;
                }
                slots.n = (int) n.value();
                yield n.end();
            }
            case MONTH, MONTH2 -> {
                PhraseTable.Match<Integer> m = lexicon.months.at(tokens, i);
                // In English a bare "may" or "march" is a month only when capitalized.
                if (m == null || lexicon.capitalizedMonths && !tokens.get(i).isCapitalized()) {
                    yield -1;
                }
                if (slot == TimeTemplate.Slot.MONTH) {
                    slots.month = m.value();
                } else {
                    slots.month2 = m.value();
                }
                yield i + m.length();
            }
            case SEASON -> {
                PhraseTable.Match<Lexicon.Season> m = lexicon.seasons.at(tokens, i);
                if (m == null) {
                    yield -1;
                }
                slots.season = m.value();
                yield i + m.length();
            }
            case WEEKDAY -> {
                PhraseTable.Match<Integer> m = lexicon.weekdays.at(tokens, i);
                if (m == null || lexicon.capitalizedMonths && !tokens.get(i).isCapitalized()) {
                    yield -1;
                }
                slots.weekday = m.value();
                yield i + m.length();
            }
        };
    }

    private static TimeMention resolve(String rule, Slots s, int start, LocalDate published) {
        Integer pubYear = published == null ? null : published.getYear();
        try {
            return switch (rule) {
                case "YEAR" -> at(start, s, Period.year(s.year));
                case "YEARS" -> s.year2 > s.year ? at(start, s, Period.years(s.year, s.year2)) : null;
                case "MONTH" -> at(start, s, Period.month(YearMonth.of(s.year, s.month)));
                case "MONTHS" -> months(start, s, s.year);
                case "MONTH_SPAN" -> at(start, s, Period.months(YearMonth.of(s.year, s.month), YearMonth.of(s.year2, s.month2)));
                case "SEASON" -> at(start, s, Period.months(YearMonth.of(s.year, s.season.firstMonth()), YearMonth.of(s.year, s.season.lastMonth())));
                case "HALF1" -> at(start, s, Period.months(YearMonth.of(s.year, 1), YearMonth.of(s.year, 6)));
                case "HALF2" -> at(start, s, Period.months(YearMonth.of(s.year, 7), YearMonth.of(s.year, 12)));
                case "FIRST_MONTHS" -> at(start, s, Period.months(YearMonth.of(s.year, 1), YearMonth.of(s.year, s.n)));
                case "SINCE_YEAR" -> since(start, s, LocalDate.of(s.year, 1, 1), published);
                case "SINCE_MONTH" -> since(start, s, LocalDate.of(s.year, s.month, 1), published);
                case "SINCE_DAY" -> since(start, s, LocalDate.of(s.year, s.month, s.day), published);
                case "DAY" -> at(start, s, Period.day(LocalDate.of(s.year, s.month, s.day)));
                case "DAY_SPAN" -> at(start, s, new Period(LocalDate.of(s.year, s.month, s.day), LocalDate.of(s.year, s.month2, s.day2)));
                case "SAME" -> new TimeMention(start, s.end, null, null, "SAME");
                case "YEAR_BEFORE" -> new TimeMention(start, s.end, null, null, "YEAR_BEFORE");
                case "SINCE_SEASON" -> since(start, s, LocalDate.of(s.year, s.season.firstMonth(), 1), published);
                case "UNTIL_YEAR_END" -> cumulative(start, s, LocalDate.of(s.year, 12, 31));
                case "UNTIL_MONTH_END" -> cumulative(start, s, YearMonth.of(s.year, s.month).atEndOfMonth());
                case "UNTIL_DAY" -> cumulative(start, s, LocalDate.of(s.year, s.month, s.day));
                default -> rule.startsWith("QUARTER_") && !rule.startsWith("QUARTER_THIS_YEAR_")
                        ? at(start, s, quarter(s.year, rule.charAt(rule.length() - 1) - '0'))
                        : relative(rule, s, start, published, pubYear);
            };
        } catch (java.time.DateTimeException | IllegalArgumentException | NullPointerException e) {
            return null; // "February 30", "between 2009 and 2007": not a period
        }
    }

    private static TimeMention relative(String rule, Slots s, int start, LocalDate published, Integer pubYear) {
        if (published == null) {
            return new TimeMention(start, s.end, null, "no publication date: a relative time cannot be resolved", rule);
        }
        return switch (rule) {
            case "LAST_YEAR" -> at(start, s, Period.year(pubYear - 1));
            case "PAST_YEAR" -> at(start, s, new Period(published.minusYears(1), published));
            case "THIS_YEAR" -> at(start, s, new Period(LocalDate.of(pubYear, 1, 1), published));
            case "LAST_MONTH" -> at(start, s, Period.month(YearMonth.from(published).minusMonths(1)));
            case "THIS_MONTH" -> at(start, s, new Period(published.withDayOfMonth(1), published));
            case "LAST_WEEK" -> at(start, s, new Period(published.minusDays(7), published.minusDays(1)));
            case "THIS_WEEK" -> at(start, s, new Period(published.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)), published));
            case "PAST_YEARS" -> at(start, s, new Period(published.minusYears(s.n), published));
            case "PAST_MONTHS" -> at(start, s, new Period(published.minusMonths(s.n), published));
            case "PAST_DECADE" -> at(start, s, new Period(published.minusYears(10), published));
            case "PAST_TWO_DECADES" -> at(start, s, new Period(published.minusYears(20), published));
            case "MONTHS_LAST_YEAR" -> months(start, s, pubYear - 1);
            case "MONTHS_THIS_YEAR" -> months(start, s, pubYear);
            case "MONTH_LAST_YEAR" -> at(start, s, Period.month(YearMonth.of(pubYear - 1, s.month)));
            case "MONTH_THIS_YEAR" -> at(start, s, Period.month(YearMonth.of(pubYear, s.month)));
            case "HALF1_LAST_YEAR" -> at(start, s, Period.months(YearMonth.of(pubYear - 1, 1), YearMonth.of(pubYear - 1, 6)));
            case "HALF1_THIS_YEAR" -> at(start, s, Period.months(YearMonth.of(pubYear, 1), YearMonth.of(pubYear, 6)));
            case "FIRST_MONTHS_LAST_YEAR" -> at(start, s, Period.months(YearMonth.of(pubYear - 1, 1), YearMonth.of(pubYear - 1, s.n)));
            case "FIRST_MONTHS_THIS_YEAR" -> at(start, s, Period.months(YearMonth.of(pubYear, 1), YearMonth.of(pubYear, s.n)));
            case "UNTIL_LAST_YEAR_END" -> cumulative(start, s, LocalDate.of(pubYear - 1, 12, 31));
            case "SINCE_MONTH_RECENT" -> since(start, s, recentMonth(s.month, published).atDay(1), published);
            case "SINCE_DAY_RECENT" -> since(start, s, recentDay(s.month, s.day, published), published);
            case "MONTH_RECENT" -> at(start, s, Period.month(recentMonth(s.month, published)));
            case "MONTHS_RECENT" -> {
                // "between November and March" in an April article runs from the November before.
                int endYear = recentMonth(s.month2, published).getYear();
                yield at(start, s, Period.months(YearMonth.of(s.month2 < s.month ? endYear - 1 : endYear, s.month),
                        YearMonth.of(endYear, s.month2)));
            }
            case "FISCAL_YEAR_ENDED" -> at(start, s, Period.year(recentMonth(s.month, published).getYear()));
            case "DAY_RECENT" -> at(start, s, Period.day(recentDay(s.month, s.day, published)));
            case "DAY_SPAN_RECENT" -> at(start, s, new Period(recentDay(s.month, s.day, published), recentDay(s.month2, s.day2, published)));
            case "YESTERDAY" -> at(start, s, Period.day(published.minusDays(1)));
            case "TODAY", "WEEKDAY" -> at(start, s, Period.day(published));
            default -> {
                if (rule.startsWith("QUARTER_THIS_YEAR_")) {
                    yield at(start, s, quarter(pubYear, rule.charAt(rule.length() - 1) - '0'));
                }
                throw new IllegalStateException("unknown time rule " + rule);
            }
        };
    }

    private static Period quarter(int year, int q) {
        return Period.months(YearMonth.of(year, 3 * q - 2), YearMonth.of(year, 3 * q));
    }

    /** The latest such month that has begun by the publication date ("in May" in a June article). */
    private static YearMonth recentMonth(int month, LocalDate published) {
        YearMonth m = YearMonth.of(published.getYear(), month);
        return m.atDay(1).isAfter(published) ? m.minusYears(1) : m;
    }

    private static LocalDate recentDay(int month, int day, LocalDate published) {
        LocalDate d = LocalDate.of(published.getYear(), month, day);
        return d.isAfter(published) ? d.minusYears(1) : d;
    }

    private static TimeMention at(int start, Slots s, Period p) {
        return new TimeMention(start, s.end, p, null, s.template == null ? null : s.template.rule());
    }

    private static TimeMention months(int start, Slots s, int year) {
        return at(start, s, Period.months(YearMonth.of(year, s.month), YearMonth.of(year, s.month2)));
    }

    private static TimeMention since(int start, Slots s, LocalDate from, LocalDate published) {
        if (published == null) {
            return new TimeMention(start, s.end, null, "no publication date: 'since' has no end", "SINCE");
        }
        return from.isAfter(published) ? null : at(start, s, new Period(from, published));
    }

    private static TimeMention cumulative(int start, Slots s, LocalDate until) {
        return new TimeMention(start, s.end, null, "cumulative count up to " + until + " with no stated start", "UNTIL");
    }
}
