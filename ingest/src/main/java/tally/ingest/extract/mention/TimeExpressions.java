package tally.ingest.extract.mention;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import tally.ingest.lexicon.Lexicon;
import tally.ingest.lexicon.TimeRule;
import tally.ingest.lexicon.TimeTemplate;
import tally.ingest.text.PhraseTable;
import tally.ingest.text.Token;
import tally.ingest.text.WordIds;
import tally.stats.Period;

/**
 * Finds the lexicon's time templates in a sentence and resolves them ({@link TimePeriods}) against
 * the publication date ("last year" in a 2012 article is 2011). Left to right, longest match first, no overlaps; each
 * template is matched in time linear in its length (one bounded gap), so hostile input stays cheap.
 */
public final class TimeExpressions {

    private static final int MAX_GAP = 10;
    /**
     * The largest count an {n} slot takes: a year of days, so that a tally's length in days reads ("500 murders in fewer
     * than 290 days"); the rules that take months or weeks bound their own (a first-months span past twelve is no period).
     */
    private static final int MAX_N = 366;

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
        TimeSlots[] memo = new TimeSlots[tokens.size() + 1];
        boolean[] known = new boolean[tokens.size() + 1];
        List<TimeMention> found = new ArrayList<>();
        int i = 0;
        while (i < tokens.size()) {
            TimeSlots best = longestAt(tokens, i, numberAt, memo, known);
            if (best == null) {
                i++;
                continue;
            }
            // A longer expression starting one word later wins ("in August 2010" over "in August"); one that skips
            // words through a gap yields to an expression starting inside it that runs further ("desde Estados Unidos
            // desde el 1 de enero hasta el 31 de mayo" is the span, not "desde ... el 1 de enero").
            int next = laterAndLonger(tokens, i, best, numberAt, memo, known);
            if (next > i) {
                i = next;
                continue;
            }
            TimeTemplate bestTemplate = best.template;
            TimeMention m = TimePeriods.resolve(bestTemplate.rule(), best, i, published);
            if (m != null) {
                found.add(m);
            }
            i = best.end;
        }
        return yearsBefore(firstMonthsOfTheYearBefore(monthsOfTheYearBefore(found, published), tokens), published);
    }

    /** The last word of "the first N months" written bare, and the words after it that make it of something else. */
    private static final Set<String> MONTHS_WORDS = Set.of("months", "meses");
    private static final Set<String> OF_WORDS = Set.of("of", "de", "del");

    /**
     * "The first N months" with nothing after it ("los primeros cinco meses" written bare) is of the year the sentence
     * named before it ("2019, año en el que ... se presentaron en los primeros cinco meses 4.927 homicidios"), else of
     * the publication year; followed by "of"/"de" it is the first months of something else ("the first six months of the
     * war") and no time at all.
     */
    private static List<TimeMention> firstMonthsOfTheYearBefore(List<TimeMention> found, List<Token> tokens) {
        List<TimeMention> out = new ArrayList<>(found.size());
        Integer year = null;
        for (TimeMention m : found) {
            boolean bare = m.rule() == TimeRule.FIRST_MONTHS_THIS_YEAR && m.period() != null && m.end() > 0
                    && MONTHS_WORDS.contains(tokens.get(m.end() - 1).lower());
            if (bare && m.end() < tokens.size() && OF_WORDS.contains(tokens.get(m.end()).lower())) {
                continue;
            }
            if (bare && year != null && year != m.period().from().getYear()) {
                m = new TimeMention(m.start(), m.end(), Period.months(YearMonth.of(year, 1),
                        YearMonth.of(year, m.period().to().getMonthValue())), m.warning(), TimeRule.FIRST_MONTHS, m.fromAnchor());
            }
            if (m.rule() == TimeRule.YEAR && m.period() != null) {
                year = m.period().from().getYear();
            }
            out.add(m);
        }
        return out;
    }

    /**
     * A bare month after a month with its year in the same sentence, and later in that year, is of that year: "In April
     * 2022 the deaths fell to 817, to 544 in May and to 429 in June" (May and June 2022), not the latest May before
     * publication.
     */
    private static List<TimeMention> monthsOfTheYearBefore(List<TimeMention> found, LocalDate published) {
        List<TimeMention> out = new ArrayList<>(found.size());
        YearMonth anchor = null;
        for (TimeMention m : found) {
            if (m.rule() == TimeRule.MONTH && m.period() != null) {
                anchor = YearMonth.from(m.period().from());
            } else if (m.rule() == TimeRule.MONTH_RECENT && m.period() != null && anchor != null) {
                YearMonth own = YearMonth.from(m.period().from());
                YearMonth same = YearMonth.of(anchor.getYear(), own.getMonth());
                if (!own.equals(same) && same.isAfter(anchor) && (published == null || !same.atDay(1).isAfter(published))) {
                    m = new TimeMention(m.start(), m.end(), Period.month(same), m.warning(), TimeRule.MONTH, m.fromAnchor());
                }
            }
            out.add(m);
        }
        return out;
    }

    /** Where a longer expression starts that overlaps the best one at i and runs past it, or i when none does. */
    private int laterAndLonger(List<Token> tokens, int i, TimeSlots best, NumberMention[] numberAt, TimeSlots[] memo, boolean[] known) {
        int last = best.template != null && best.template.hasGap() ? best.end - 1 : i + 1;
        for (int k = i + 1; k <= last && k < tokens.size(); k++) {
            TimeSlots later = longestAt(tokens, k, numberAt, memo, known);
            if (later != null && later.end > best.end) {
                return k;
            }
        }
        return i;
    }

    /**
     * Expressions counted from the sentence's own time before them: "in 2015, down from 5,936 the year
     * before", "in June, up from 742 the month before", "in August 2010 ... the following spring", "the
     * same period last year". Those with no time before them in the sentence are left to the figure
     * before ({@code PeriodResolver}); "the year before" then holds the year before publication.
     */
    private static List<TimeMention> yearsBefore(List<TimeMention> found, LocalDate published) {
        List<TimeMention> out = new ArrayList<>(found.size());
        Period anchor = null;
        for (TimeMention m : found) {
            if (m.rule().anchored()) {
                out.add(m.anchoredOn(anchor));
            } else {
                out.add(m);
                anchor = m.period() != null ? m.period() : anchor;
            }
        }
        return out;
    }

    /**
     * Whether {@link #find} may find an expression starting at a token in [from, to): only at a number
     * or a start word can one start ({@link #longest}), so where there is none the sentence's
     * expressions need not be found to know that none starts there.
     */
    public boolean mayStartIn(List<Token> tokens, List<NumberMention> numbers, int from, int to) {
        for (NumberMention n : numbers) {
            if (n.start() >= from && n.start() < to) {
                return true;
            }
        }
        for (int i = Math.max(0, from); i < to && i < tokens.size(); i++) {
            int word = tokens.get(i).word();
            if (word != WordIds.NONE && startWords.get(word)) {
                return true;
            }
        }
        return false;
    }

    private TimeSlots longestAt(List<Token> tokens, int i, NumberMention[] numberAt, TimeSlots[] memo, boolean[] known) {
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
    private TimeSlots longest(List<Token> tokens, int i, NumberMention[] numberAt) {
        if (i >= tokens.size()) {
            return null;
        }
        int word = tokens.get(i).word();
        if (numberAt[i] == null && (word == WordIds.NONE || !startWords.get(word))) {
            return null; // most tokens: no table below has a phrase starting here
        }
        PhraseTable.Match<List<TimeTemplate>> leading = byLeadingWords.at(tokens, i);
        TimeSlots best = leading == null ? null : longer(leading.value(), tokens, i, numberAt, null);
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
    private TimeSlots longerFromSlot(SlotGroup group, List<Token> tokens, int i, NumberMention[] numberAt, TimeSlots best) {
        List<TimeTemplate> templates = group.templates();
        if (templates.isEmpty()) {
            return best;
        }
        TimeSlots first = new TimeSlots();
        int next = bind(group.slot(), tokens, i, numberAt, first);
        if (next < 0) {
            return best;
        }
        TimeSlots scratch = new TimeSlots();
        for (TimeTemplate t : templates) {
            TimeSlots s = match(t, 1, tokens, next, numberAt, scratch.assign(first));
            if (s != null && beats(s, t, best)) {
                s.template = t;
                best = s;
                scratch = s == scratch ? new TimeSlots() : scratch;
            }
        }
        return best;
    }

    /**
     * Whether a match of template t is better than the best so far: longer, or as long and spelled out word for
     * word where the best skipped words through a gap ("desde el 1 de enero hasta el 31 de mayo" is the span, not
     * "desde ... el 31 de mayo").
     */
    private static boolean beats(TimeSlots s, TimeTemplate t, TimeSlots best) {
        return best == null || s.end > best.end || s.end == best.end && best.template != null && best.template.hasGap() && !t.hasGap();
    }

    /** The longest match at i of these templates, or {@code best} when none is longer. */
    private TimeSlots longer(List<TimeTemplate> templates, List<Token> tokens, int i, NumberMention[] numberAt, TimeSlots best) {
        // Most templates tried fail: they fill one set of slots in turn, and a new set is made only
        // when a match keeps the one filled.
        TimeSlots scratch = new TimeSlots();
        for (TimeTemplate t : templates) {
            TimeSlots s = match(t, 0, tokens, i, numberAt, scratch.assign(null));
            if (s != null && beats(s, t, best)) {
                s.template = t;
                best = s;
                scratch = s == scratch ? new TimeSlots() : scratch;
            }
        }
        return best;
    }

    private TimeSlots match(TimeTemplate t, int e, List<Token> tokens, int i, NumberMention[] numberAt, TimeSlots slots) {
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
                    TimeSlots s = match(t, e + 1, tokens, i + skip, numberAt, slots.copy());
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

    private TimeSlots slot(TimeTemplate t, int e, TimeTemplate.Slot slot, List<Token> tokens, int i, NumberMention[] numberAt, TimeSlots slots) {
        int next = bind(slot, tokens, i, numberAt, slots);
        return next < 0 ? null : match(t, e + 1, tokens, next, numberAt, slots);
    }

    /** An ordinal mark written onto a day ("el 1º de enero", "1° de mayo", "January 1st"): part of the day. */
    private static boolean ordinalMark(List<Token> tokens, int i) {
        if (i >= tokens.size() || tokens.get(i).start() != tokens.get(i - 1).end()) {
            return false;
        }
        String m = tokens.get(i).lower();
        return m.equals("º") || m.equals("°") || m.equals("st") || m.equals("nd") || m.equals("rd") || m.equals("th");
    }

    /** Fills the slot from token i on: the token after its value, or -1 when it has none there. */
    private int bind(TimeTemplate.Slot slot, List<Token> tokens, int i, NumberMention[] numberAt, TimeSlots slots) {
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
                yield ordinalMark(tokens, i + 1) ? i + 2 : i + 1;
            }
            case N -> {
                NumberMention n = i < numberAt.length ? numberAt[i] : null;
                if (n == null || n.yearLike() || n.value() < 1 || n.value() > MAX_N || n.value() != Math.rint(n.value())) {
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
            case MONTHNUMBER -> {
                Token tok = tokens.get(i);
                int m = tok.isNumber() && tok.text().length() == 2 ? Integer.parseInt(tok.text()) : 0;
                if (m < 1 || m > 12) {
                    yield -1;
                }
                slots.month = m;
                yield i + 1;
            }
            case SEASON -> {
                PhraseTable.Match<Lexicon.Season> m = lexicon.seasons.at(tokens, i);
                if (m == null) {
                    yield -1;
                }
                slots.season = m.value();
                yield i + m.length();
            }
            case WEEKDAY, WEEKDAY2 -> {
                PhraseTable.Match<Integer> m = lexicon.weekdays.at(tokens, i);
                if (m == null || lexicon.capitalizedMonths && !tokens.get(i).isCapitalized()) {
                    yield -1;
                }
                if (slot == TimeTemplate.Slot.WEEKDAY) {
                    slots.weekday = m.value();
                } else {
                    slots.weekday2 = m.value();
                }
                yield i + m.length();
            }
        };
    }
}
