package tally.ingest.extract.mention;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.TemporalAdjusters;
import java.util.function.UnaryOperator;
import tally.ingest.lexicon.Lexicon;
import tally.ingest.lexicon.TimeRule;
import tally.stats.Period;

/**
 * The period a matched time template means: its {@link TimeRule} applied to the slots it filled
 * and, for relative rules, the publication date ("last year" in a 2012 article is 2011).
 */
final class TimePeriods {

    /** "mid-April" starts on the 15th (realnews/README.md, "Period"). */
    private static final int MID_MONTH_DAY = 15;

    private TimePeriods() {
    }

    /** The number of weeks a template counts: its {n}, or one for a template with none ("la primera semana de junio"). */
    private static int weeks(TimeSlots s) {
        return s.n == null ? 1 : s.n;
    }

    /** The time mention over tokens [start, s.end), or null when the slots make no period ("February 30"). */
    static TimeMention resolve(TimeRule rule, TimeSlots s, int start, LocalDate published) {
        if (rule.relative() && published == null) {
            return new TimeMention(start, s.end, null, "no publication date: a relative time cannot be resolved", rule);
        }
        try {
            return switch (rule) {
                case YEAR -> at(start, s, Period.year(s.year));
                case YEARS -> s.year2 > s.year ? at(start, s, Period.years(s.year, s.year2)) : null;
                case MONTH -> at(start, s, Period.month(YearMonth.of(s.year, s.month)));
                case MONTHS -> months(start, s, s.year);
                case MONTH_SPAN -> at(start, s, Period.months(YearMonth.of(s.year, s.month), YearMonth.of(s.year2, s.month2)));
                case SEASON -> at(start, s, Period.months(YearMonth.of(s.year, s.season.firstMonth()), YearMonth.of(s.year, s.season.lastMonth())));
                case HALF1 -> at(start, s, Period.months(YearMonth.of(s.year, 1), YearMonth.of(s.year, 6)));
                case HALF2 -> at(start, s, Period.months(YearMonth.of(s.year, 7), YearMonth.of(s.year, 12)));
                case FIRST_MONTHS -> at(start, s, Period.months(YearMonth.of(s.year, 1), YearMonth.of(s.year, s.n)));
                case FIRST_WEEKS -> at(start, s, firstWeeks(s.year, s.n));
                case FIRST_DAYS -> at(start, s, firstDays(YearMonth.of(s.year, 1), s.n));
                case MONTH_FIRST_DAYS -> at(start, s, firstDays(YearMonth.of(s.year, s.month), s.n));
                case MONTH_FIRST_WEEKS -> at(start, s, firstDays(YearMonth.of(s.year, s.month), 7 * weeks(s)));
                case MONTH_FIRST_HALF -> at(start, s, firstDays(YearMonth.of(s.year, s.month), 15));
                case MONTH_LAST_WEEK -> at(start, s, lastWeek(YearMonth.of(s.year, s.month)));
                case QUARTER_1 -> at(start, s, quarter(s.year, 1));
                case QUARTER_2 -> at(start, s, quarter(s.year, 2));
                case QUARTER_3 -> at(start, s, quarter(s.year, 3));
                case QUARTER_4 -> at(start, s, quarter(s.year, 4));
                case DAY -> at(start, s, Period.day(LocalDate.of(s.year, s.month, s.day)));
                case DATE_SPAN -> at(start, s, new Period(LocalDate.of(s.year, s.month, s.day), LocalDate.of(s.year2, s.month2, s.day2)));
                case DATE_SPAN_OPEN_END -> {
                    // "del 1 de octubre de 2014 al 31 de mayo": the end is the first such day from the start on
                    LocalDate from = LocalDate.of(s.year, s.month, s.day);
                    LocalDate to = LocalDate.of(s.year, endMonth(s), s.day2);
                    yield at(start, s, new Period(from, to.isBefore(from) ? to.plusYears(1) : to));
                }
                case DAY_SPAN -> at(start, s, new Period(LocalDate.of(s.year, s.month, s.day), LocalDate.of(s.year, endMonth(s), s.day2)));
                case MONTH_TO_DAY -> {
                    // "entre enero y el 20 de noviembre de 2022": the year is the end's, so a start month after the
                    // end's is of the year before
                    LocalDate to = LocalDate.of(s.year, s.month2, s.day2);
                    LocalDate from = LocalDate.of(s.year, s.month, 1);
                    yield at(start, s, new Period(from.isAfter(to) ? from.minusYears(1) : from, to));
                }
                case MONTHS_TO_MONTH -> at(start, s, monthsTo(YearMonth.of(s.year, s.month), s.n));
                case SINCE_YEAR -> since(start, s, LocalDate.of(s.year, 1, 1), published);
                case SINCE_MONTH -> since(start, s, LocalDate.of(s.year, s.month, 1), published);
                case SINCE_DAY -> since(start, s, LocalDate.of(s.year, s.month, s.day), published);
                case SINCE_SEASON -> since(start, s, LocalDate.of(s.year, s.season.firstMonth(), 1), published);
                case SINCE_MID_MONTH -> since(start, s, LocalDate.of(s.year, s.month, MID_MONTH_DAY), published);
                case UNTIL_YEAR_END -> cumulative(start, s, LocalDate.of(s.year, 12, 31));
                case UNTIL_MONTH_END -> untilInYear(start, s, YearMonth.of(s.year, s.month).atEndOfMonth(), published);
                case UNTIL_DAY -> untilInYear(start, s, LocalDate.of(s.year, s.month, s.day), published);
                case UNTIL_MONTH_RECENT -> yearToDate(start, s, recentMonth(s.month, published).atEndOfMonth());
                case UNTIL_LAST_MONTH_END -> yearToDate(start, s, YearMonth.from(published).minusMonths(1).atEndOfMonth());
                case UNTIL_DAY_RECENT -> yearToDate(start, s, recentDay(s.month, s.day, published));
                case SAME -> new TimeMention(start, s.end, null, null, rule);
                case YEAR_BEFORE -> before(start, s, a -> Period.year(a.from().getYear() - 1), published);
                case MONTH_BEFORE -> before(start, s, a -> Period.month(YearMonth.from(a.from()).minusMonths(1)), published);
                case WEEK_BEFORE -> before(start, s, a -> new Period(a.from().minusDays(7), a.from().minusDays(1)), published);
                case SAME_IN_YEAR -> anchored(start, s, a -> intoYear(a, s.year));
                case YEAR_EARLIER -> anchored(start, s, a -> new Period(a.from().minusYears(1), a.to().minusYears(1)));
                case SAME_LAST_YEAR -> anchored(start, s, a -> intoYear(a, published.getYear() - 1));
                case SAME_THIS_YEAR -> anchored(start, s, a -> intoYear(a, published.getYear()));
                case YEAR_AFTER -> anchored(start, s, a -> Period.year(a.from().getYear() + 1));
                case SEASON_AFTER -> anchored(start, s, a -> seasonAfter(s.season, a.to()));
                case THAT_YEAR -> anchored(start, s, a -> Period.year(a.to().getYear()));
                case SINCE_THEN -> anchored(start, s, a -> published == null || a.from().isAfter(published) ? null : new Period(a.from(), published));
                case SEASON_SAME -> anchored(start, s, a -> Period.months(YearMonth.of(a.from().getYear(), s.season.firstMonth()),
                        YearMonth.of(a.from().getYear(), s.season.lastMonth())));
                case COMPARED_SINCE -> null; // "the highest since 2015": a comparison's yardstick, no period
                case SPAN_DAYS -> span(start, s, s.n + (s.n == 1 ? " day" : " days"));
                case SPAN_MONTHS -> span(start, s, s.n + (s.n == 1 ? " month" : " months"));
                case SPAN_YEARS -> span(start, s, s.n + (s.n == 1 ? " year" : " years"));
                case LAST_YEAR -> at(start, s, Period.year(published.getYear() - 1));
                case PAST_YEAR -> at(start, s, new Period(published.minusYears(1), published));
                case THIS_YEAR -> at(start, s, new Period(LocalDate.of(published.getYear(), 1, 1), published));
                case LAST_MONTH -> at(start, s, Period.month(YearMonth.from(published).minusMonths(1)));
                case THIS_MONTH -> at(start, s, new Period(published.withDayOfMonth(1), published));
                case LAST_WEEK -> {
                    // the calendar week (Monday to Sunday) before the publication week (realnews/README.md, "Period")
                    LocalDate monday = published.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)).minusWeeks(1);
                    yield at(start, s, new Period(monday, monday.plusDays(6)));
                }
                case THIS_WEEK -> at(start, s, new Period(published.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)), published));
                case PAST_YEARS -> at(start, s, new Period(published.minusYears(s.n), published));
                case PAST_MONTHS -> at(start, s, new Period(published.minusMonths(s.n), published));
                case PAST_DECADE -> at(start, s, new Period(published.minusYears(10), published));
                case PAST_TWO_DECADES -> at(start, s, new Period(published.minusYears(20), published));
                case MONTHS_LAST_YEAR -> months(start, s, published.getYear() - 1);
                case MONTHS_THIS_YEAR -> months(start, s, published.getYear());
                case MONTH_LAST_YEAR -> at(start, s, Period.month(YearMonth.of(published.getYear() - 1, s.month)));
                case MONTH_THIS_YEAR -> at(start, s, Period.month(YearMonth.of(published.getYear(), s.month)));
                case HALF1_LAST_YEAR -> at(start, s, Period.months(YearMonth.of(published.getYear() - 1, 1), YearMonth.of(published.getYear() - 1, 6)));
                case HALF1_THIS_YEAR -> at(start, s, Period.months(YearMonth.of(published.getYear(), 1), YearMonth.of(published.getYear(), 6)));
                case FIRST_MONTHS_LAST_YEAR -> at(start, s, Period.months(YearMonth.of(published.getYear() - 1, 1), YearMonth.of(published.getYear() - 1, s.n)));
                case FIRST_MONTHS_THIS_YEAR -> at(start, s, Period.months(YearMonth.of(published.getYear(), 1), YearMonth.of(published.getYear(), s.n)));
                case QUARTER_THIS_YEAR_1 -> at(start, s, quarter(recentMonth(1, published).getYear(), 1));
                case QUARTER_THIS_YEAR_2 -> at(start, s, quarter(recentMonth(4, published).getYear(), 2));
                case QUARTER_THIS_YEAR_3 -> at(start, s, quarter(recentMonth(7, published).getYear(), 3));
                case QUARTER_THIS_YEAR_4 -> at(start, s, quarter(recentMonth(10, published).getYear(), 4));
                case UNTIL_LAST_YEAR_END -> cumulative(start, s, LocalDate.of(published.getYear() - 1, 12, 31));
                case SINCE_LAST_YEAR -> since(start, s, LocalDate.of(published.getYear() - 1, 1, 1), published);
                case SINCE_SEASON_LAST_YEAR -> since(start, s, LocalDate.of(published.getYear() - 1, s.season.firstMonth(), 1), published);
                case SINCE_LAST_MONTH -> since(start, s, YearMonth.from(published).minusMonths(1).atDay(1), published);
                case SINCE_LAST_WEEK -> since(start, s, published.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)).minusWeeks(1), published);
                case SINCE_WEEKDAY -> at(start, s, toDay(s.weekday, published));
                case SINCE_MONTH_RECENT -> since(start, s, recentMonth(s.month, published).atDay(1), published);
                case SINCE_MID_MONTH_RECENT -> since(start, s, recentMonth(s.month, published).atDay(MID_MONTH_DAY), published);
                case YEAR_SO_FAR -> yearSoFar(start, s, published);
                case SINCE_DAY_RECENT -> since(start, s, recentDay(s.month, s.day, published), published);
                case MONTHS_TO_MONTH_RECENT -> at(start, s, monthsTo(recentMonth(s.month, published), s.n));
                case MONTH_RECENT -> at(start, s, Period.month(recentMonth(s.month, published)));
                case MONTHS_RECENT -> {
                    // "between November and March" in an April article runs from the November before.
                    int endYear = recentMonth(s.month2, published).getYear();
                    yield at(start, s, Period.months(YearMonth.of(s.month2 < s.month ? endYear - 1 : endYear, s.month),
                            YearMonth.of(endYear, s.month2)));
                }
                case FISCAL_YEAR_ENDED -> at(start, s, Period.year(recentMonth(s.month, published).getYear()));
                case FISCAL_YEAR_ENDED_LAST_MONTH -> at(start, s, Period.year(published.minusMonths(1).getYear()));
                case DAY_RECENT -> at(start, s, Period.day(recentDay(s.month, s.day, published)));
                case DAY_SPAN_RECENT -> at(start, s, new Period(recentDay(s.month, s.day, published), recentDay(endMonth(s), s.day2, published)));
                case MONTH_TO_DAY_RECENT -> {
                    // "desde enero hasta el 15 de marzo": to the latest such day, from the first of the month before it
                    LocalDate to = recentDay(s.month2, s.day2, published);
                    LocalDate from = LocalDate.of(to.getYear(), s.month, 1);
                    yield at(start, s, new Period(from.isAfter(to) ? from.minusYears(1) : from, to));
                }
                case YESTERDAY -> at(start, s, Period.day(published.minusDays(1)));
                case TODAY, WEEKDAY -> at(start, s, Period.day(published));
                case PAST_DAYS -> at(start, s, new Period(published.minusDays(s.n), published));
                case PAST_WEEKS -> at(start, s, new Period(published.minusWeeks(s.n), published));
                case PAST_DAY -> at(start, s, new Period(published.minusDays(1), published));
                case PAST_HOURS -> at(start, s, new Period(published.minusDays(Math.max(1, s.n / 24)), published));
                case PAST_MONTH -> at(start, s, new Period(published.minusMonths(1), published));
                case SINCE_DAYS_AGO -> since(start, s, published.minusDays(Math.max(1, s.n)), published); // "a day ago": one
                case SINCE_WEEKS_AGO -> since(start, s, published.minusWeeks(Math.max(1, s.n)), published);
                case SINCE_MONTHS_AGO -> since(start, s, published.minusMonths(Math.max(1, s.n)), published);
                case SINCE_YEARS_AGO -> since(start, s, published.minusYears(Math.max(1, s.n)), published);
                case PAST_WEEK -> at(start, s, new Period(published.minusWeeks(1), published));
                case WEEKEND -> at(start, s, weekend(published));
                case WEEKDAY_SPAN -> at(start, s, weekdaySpan(s.weekday, s.weekday2, published));
                // "entre el domingo pasado y ayer", "between Sunday and yesterday": from the latest such weekday before the
                // end, to yesterday (or to today)
                case WEEKDAY_TO_YESTERDAY -> at(start, s, toDay(s.weekday, published.minusDays(1)));
                case WEEKDAY_TO_TODAY -> at(start, s, toDay(s.weekday, published));
                case WEEKDAY_DATE -> at(start, s, Period.day(weekdayDate(s.weekday, s.day, published)));
                case FIRST_WEEKS_THIS_YEAR -> at(start, s, firstWeeks(published.getYear(), s.n));
                case FIRST_DAYS_THIS_YEAR -> at(start, s, firstDays(YearMonth.of(published.getYear(), 1), s.n));
                case MONTH_FIRST_DAYS_RECENT -> at(start, s, firstDays(recentMonth(s.month, published), s.n));
                case MONTH_FIRST_WEEKS_RECENT -> at(start, s, firstDays(recentMonth(s.month, published), 7 * weeks(s)));
                case MONTH_FIRST_HALF_RECENT -> at(start, s, firstDays(recentMonth(s.month, published), 15));
                case MONTH_LAST_WEEK_RECENT -> at(start, s, lastWeek(recentMonth(s.month, published)));
            };
        } catch (java.time.DateTimeException | IllegalArgumentException | NullPointerException e) {
            return null; // "February 30", "between 2009 and 2007": not a period
        }
    }

    /**
     * "so far in 2017", "the total for 2023 to date": in an article of that year, January 1 to publication; in a later
     * one, the whole year (realnews/README.md, "Period": "so far in 2017" published after 2017 is all of 2017).
     */
    private static TimeMention yearSoFar(int start, TimeSlots s, LocalDate published) {
        if (s.year > published.getYear()) {
            return null;
        }
        return at(start, s, s.year == published.getYear() ? new Period(LocalDate.of(s.year, 1, 1), published) : Period.year(s.year));
    }

    /**
     * "the year ending March 2016" (no {n}: twelve months), "the six months to June 2023": the months that end with the
     * last one named, April 2015 to March 2016, not March alone nor the calendar year.
     */
    private static Period monthsTo(YearMonth last, Integer n) {
        int months = n == null ? 12 : n;
        if (months < 1 || months > 120) {
            throw new IllegalArgumentException("not a span of months: " + months);
        }
        return Period.months(last.minusMonths(months - 1L), last);
    }

    /** "the first nine weeks of 2016": January 1 to the 63rd day (realnews/README.md, "Period"). */
    private static Period firstWeeks(int year, int weeks) {
        LocalDate first = LocalDate.of(year, 1, 1);
        return new Period(first, first.plusDays(7L * weeks - 1));
    }

    /**
     * "the first 15 days of the year", "los primeros diez días de marzo", "la primera quincena de septiembre" (15 days),
     * "las dos primeras semanas de noviembre" (14): the month's first days, from the 1st, none past its end (a count of
     * days of a year runs on from January).
     */
    private static Period firstDays(YearMonth month, int days) {
        if (days < 1 || days > 366) {
            throw new IllegalArgumentException("not a part of a month or year: " + days + " days");
        }
        LocalDate first = month.atDay(1);
        LocalDate last = first.plusDays(days - 1L);
        return new Period(first, month.getMonthValue() != 1 && last.isAfter(month.atEndOfMonth()) ? month.atEndOfMonth() : last);
    }

    /** "the last week of July", "la última semana de julio": the month's last seven days. */
    private static Period lastWeek(YearMonth month) {
        return new Period(month.atEndOfMonth().minusDays(6), month.atEndOfMonth());
    }

    /**
     * "between Friday and Sunday": the latest such span up to publication, ending on the latest second weekday up to
     * publication and starting on the first weekday at most six days before (realnews/README.md, "Period").
     */
    private static Period weekdaySpan(int first, int last, LocalDate published) {
        return toDay(first, published.with(TemporalAdjusters.previousOrSame(DayOfWeek.of(last))));
    }

    /** From the latest given weekday before the end day, to that day ("between Sunday and yesterday"). */
    private static Period toDay(int first, LocalDate end) {
        return new Period(end.minusDays(1).with(TemporalAdjusters.previousOrSame(DayOfWeek.of(first))), end);
    }

    /**
     * The weekend a publication day speaks of: the Friday to Sunday before (a Monday article's
     * weekend), or the one under way when it is published on a Friday, Saturday or Sunday.
     */
    private static Period weekend(LocalDate published) {
        DayOfWeek day = published.getDayOfWeek();
        if (day == DayOfWeek.FRIDAY || day == DayOfWeek.SATURDAY || day == DayOfWeek.SUNDAY) {
            return new Period(published.with(TemporalAdjusters.previousOrSame(DayOfWeek.FRIDAY)), published);
        }
        LocalDate sunday = published.with(TemporalAdjusters.previous(DayOfWeek.SUNDAY));
        return new Period(sunday.minusDays(2), sunday);
    }

    /**
     * A weekday with its day of the month and no month ("el jueves 3", "Sunday the 6th"): the latest such day up to
     * publication, that weekday if one falls within two months, else the latest day of that number.
     */
    private static LocalDate weekdayDate(int weekday, int day, LocalDate published) {
        for (LocalDate d = published; !d.isBefore(published.minusMonths(2)); d = d.minusDays(1)) {
            if (d.getDayOfMonth() == day && d.getDayOfWeek().getValue() == weekday) {
                return d;
            }
        }
        LocalDate d = published;
        while (d.getDayOfMonth() != day) {
            d = d.minusDays(1);
        }
        return d;
    }

    /** The month a span of days ends in: its own, or the start's ("from October 16 to 30", "del 1 al 15 de marzo"). */
    private static int endMonth(TimeSlots s) {
        return s.month2 != null ? s.month2 : s.month;
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

    private static TimeMention at(int start, TimeSlots s, Period p) {
        return new TimeMention(start, s.end, p, null, s.template.rule());
    }

    private static TimeMention months(int start, TimeSlots s, int year) {
        return at(start, s, Period.months(YearMonth.of(year, s.month), YearMonth.of(year, s.month2)));
    }

    private static TimeMention since(int start, TimeSlots s, LocalDate from, LocalDate published) {
        if (published == null) {
            return new TimeMention(start, s.end, null, "no publication date: 'since' has no end", s.template.rule());
        }
        return from.isAfter(published) ? null : at(start, s, new Period(from, published));
    }

    /**
     * "as of October 15", "hasta noviembre": a tally of the year up to that day (the annotation guide's
     * reading of police and border statistics), from the first of January of its year.
     */
    private static TimeMention yearToDate(int start, TimeSlots s, LocalDate until) {
        return at(start, s, new Period(until.withDayOfYear(1), until));
    }

    /**
     * "hasta septiembre de 2023" in a 2023 article is that year's tally so far; "47,515 deaths through
     * September 2011" a year later ends a tally whose start the text does not give, unless the figure before is a tally
     * from 1 January of a later year: then it is the tally it is compared with, of its own year from 1 January ("1,078
     * murders from January 1 to October 2 ... compared to eight cases reported up to October 2, 2020"; realnews/README.md,
     * "Period": "as of", "up to" are that year's tally from January 1).
     */
    private static TimeMention untilInYear(int start, TimeSlots s, LocalDate until, LocalDate published) {
        if (published != null && until.getYear() == published.getYear()) {
            return yearToDate(start, s, until);
        }
        TimeMention open = cumulative(start, s, until);
        return new TimeMention(start, s.end, null, open.warning(), open.rule(), a -> a.from().getYear() > until.getYear()
                && a.from().equals(a.to().withDayOfYear(1)) ? new Period(until.withDayOfYear(1), until) : null);
    }

    /** An expression counted from another stated time: its period once that time is known. */
    private static TimeMention anchored(int start, TimeSlots s, UnaryOperator<Period> fromAnchor) {
        return new TimeMention(start, s.end, null, "'" + s.template.source() + "' with no time before it", s.template.rule(), fromAnchor);
    }

    /**
     * "the year before", "the previous month": before the time the sentence stated before it, else
     * before the publication date (not before the figure before's, which may itself be a comparison).
     */
    private static TimeMention before(int start, TimeSlots s, UnaryOperator<Period> fromAnchor, LocalDate published) {
        Period fallback = published == null ? null : fromAnchor.apply(Period.day(published));
        return new TimeMention(start, s.end, fallback, fallback == null ? "no publication date: a relative time cannot be resolved" : null,
                s.template.rule(), fromAnchor);
    }

    /** A span moved into another year, its end in that year ("the same period of 2024" after January to September 2025). */
    private static Period intoYear(Period p, int year) {
        int years = year - p.to().getYear();
        return new Period(p.from().plusYears(years), p.to().plusYears(years));
    }

    /** The first such season that begins after a day ("the following spring" after August 2010: March to May 2011). */
    private static Period seasonAfter(Lexicon.Season season, LocalDate after) {
        YearMonth first = YearMonth.of(after.getYear(), season.firstMonth());
        if (!first.atDay(1).isAfter(after)) {
            first = first.plusYears(1);
        }
        return Period.months(first, YearMonth.of(first.getYear(), season.lastMonth()));
    }

    /** "over a six-month period": a flow of that length, on dates the text does not give. */
    private static TimeMention span(int start, TimeSlots s, String length) {
        return new TimeMention(start, s.end, null, "a span of " + length + " with no dates", s.template.rule());
    }

    private static TimeMention cumulative(int start, TimeSlots s, LocalDate until) {
        return new TimeMention(start, s.end, null, "cumulative count up to " + until + " with no stated start", s.template.rule());
    }
}
