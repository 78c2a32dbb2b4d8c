package tally.ingest.lexicon;

import java.util.Locale;

/**
 * What a time template means, language-neutral: the lexicon names one after each template
 * ({@code since ... in {season} {year} -> SINCE_SEASON}) and a misspelled name fails when the
 * lexicon loads. The periods themselves are worked out by the extractor's time resolution.
 */
public enum TimeRule {
    // A date written out: needs the publication date only for "since ..." (the end of the period).
    YEAR, YEARS, MONTH, MONTHS, MONTH_SPAN, SEASON, HALF1, HALF2, FIRST_MONTHS, QUARTER_1, QUARTER_2, QUARTER_3, QUARTER_4,
    DAY, DAY_SPAN, DATE_SPAN, DATE_SPAN_OPEN_END, FIRST_WEEKS, FIRST_DAYS, MONTH_FIRST_DAYS, MONTH_FIRST_WEEKS, MONTH_FIRST_HALF, MONTH_LAST_WEEK, SINCE_YEAR, SINCE_MONTH, SINCE_DAY, SINCE_SEASON, UNTIL_YEAR_END, UNTIL_MONTH_END, UNTIL_DAY,
    // "since mid-April 2023": from the 15th of that month (realnews/README.md, "Period").
    SINCE_MID_MONTH,
    // "entre enero y el 20 de noviembre de 2022", "from January to June 11, 2023": from the first of the month to that day.
    MONTH_TO_DAY,
    // "the year ending March 2016", "the 12 months to June 2023", "el año terminado en marzo de 2016": the N months (a
    // year when the template has no {n}) that end with that month, as official statistics date a report's reference year.
    MONTHS_TO_MONTH,
    // The period of another figure in the sentence or before it. SAME_IN_YEAR is that span moved into a year ("the same
    // period of 2024"; SAME_LAST_YEAR and SAME_THIS_YEAR, below, into the year before publication or its own); YEAR_BEFORE and MONTH_BEFORE precede the
    // sentence's own time, else publication; YEAR_AFTER, SEASON_AFTER ("the following spring") and SEASON_SAME ("that
    // summer") follow the time the sentence or the figure before stated; THAT_YEAR ("that year", "ese año") is the year
    // of the last time the article stated; YEAR_EARLIER ("a year earlier", "un año antes") is the figure before's span
    // moved a year back, day for day ("In June, 2,040 ... A year earlier, 3,039": June of the year before).
    // WEEK_BEFORE ("the previous week") is the seven days before the sentence's own time ("between 09-15 December ... than in
    // the previous week (13,644)": 2-8 December), else before publication.
    SAME, SAME_IN_YEAR, YEAR_EARLIER, YEAR_BEFORE, MONTH_BEFORE, WEEK_BEFORE, YEAR_AFTER, SEASON_AFTER, SEASON_SAME, THAT_YEAR,
    // SINCE_THEN ("since then", "desde entonces"): a running tally from the start of the last time the article stated, to
    // publication ("Fighting broke out on April 15 ... Since then, 1,200 have been killed": 15 April to publication).
    SINCE_THEN,
    // "the highest since 2012", "el mes más violento desde 2009": a superlative's "since" is the yardstick of a comparison,
    // not the start of a tally; the words are read as time so that no "since" template takes them, and make no period.
    COMPARED_SINCE,
    // A length with no dates ("over a six-month period"): a flow whose period the text does not give.
    SPAN_DAYS, SPAN_MONTHS, SPAN_YEARS,
    // Relative to the publication date ("last year", "in May", "yesterday").
    LAST_YEAR(true), PAST_YEAR(true), THIS_YEAR(true), LAST_MONTH(true), THIS_MONTH(true), LAST_WEEK(true), THIS_WEEK(true),
    PAST_YEARS(true), PAST_MONTHS(true), PAST_DECADE(true), PAST_TWO_DECADES(true), MONTHS_LAST_YEAR(true),
    MONTHS_THIS_YEAR(true), MONTH_LAST_YEAR(true), MONTH_THIS_YEAR(true), HALF1_LAST_YEAR(true), HALF1_THIS_YEAR(true),
    FIRST_MONTHS_LAST_YEAR(true), FIRST_MONTHS_THIS_YEAR(true), QUARTER_THIS_YEAR_1(true), QUARTER_THIS_YEAR_2(true),
    QUARTER_THIS_YEAR_3(true), QUARTER_THIS_YEAR_4(true), UNTIL_LAST_YEAR_END(true), SINCE_LAST_YEAR(true),
    SINCE_MONTH_RECENT(true), SINCE_DAY_RECENT(true), UNTIL_DAY_RECENT(true), UNTIL_MONTH_RECENT(true), MONTH_RECENT(true),
    MONTHS_RECENT(true), FISCAL_YEAR_ENDED(true), FISCAL_YEAR_ENDED_LAST_MONTH(true), SAME_LAST_YEAR(true), SAME_THIS_YEAR(true), DAY_RECENT(true),
    DAY_SPAN_RECENT(true), YESTERDAY(true), TODAY(true), WEEKDAY(true), PAST_DAYS(true), PAST_WEEKS(true), PAST_DAY(true),
    WEEKEND(true), WEEKDAY_DATE(true), FIRST_WEEKS_THIS_YEAR(true), FIRST_DAYS_THIS_YEAR(true), MONTH_FIRST_DAYS_RECENT(true),
    MONTH_FIRST_WEEKS_RECENT(true), MONTH_FIRST_HALF_RECENT(true), MONTH_LAST_WEEK_RECENT(true),
    PAST_MONTH(true), PAST_WEEK(true), WEEKDAY_SPAN(true), WEEKDAY_TO_YESTERDAY(true), WEEKDAY_TO_TODAY(true),
    // "since mid-April" with no year: from the 15th of the latest such month. YEAR_SO_FAR, "so far in 2017", "2023 to
    // date": that year's tally to publication in an article of that year, the whole year in a later one.
    SINCE_MID_MONTH_RECENT(true), YEAR_SO_FAR(true),
    // "as of the end of last month", "al cierre del mes pasado": the year's tally to the last day of the month before
    // publication, as UNTIL_MONTH_RECENT with the month named (realnews/README.md, "Period").
    UNTIL_LAST_MONTH_END(true),
    // A running tally from a time before publication, to publication: "since last month" (from the 1st of the month
    // before), "since last week" (from the Monday of the calendar week before), "since early/late last year" (from the
    // part's first month of the year before), "since Thursday" (from the latest such weekday).
    SINCE_LAST_MONTH(true), SINCE_LAST_WEEK(true), SINCE_SEASON_LAST_YEAR(true), SINCE_WEEKDAY(true),
    // "las últimas 48 horas", "the past 72 hours": as many whole days (N / 24) back from publication, as PAST_DAYS.
    PAST_HOURS(true),
    // "desde enero hasta el 15 de marzo", "from January to June 11": MONTH_TO_DAY ending on the latest such day.
    MONTH_TO_DAY_RECENT(true),
    // "the year to March", "los doce meses hasta junio": MONTHS_TO_MONTH ending with the latest such month begun by publication.
    MONTHS_TO_MONTH_RECENT(true),
    // "since it began two months ago", "desde que comenzó hace {n} meses", "desde hace 3 semanas": a running tally from
    // publication minus N of those units (same day of the month), to publication.
    SINCE_DAYS_AGO(true), SINCE_WEEKS_AGO(true), SINCE_MONTHS_AGO(true), SINCE_YEARS_AGO(true);

    private final boolean relative;

    TimeRule() {
        this(false);
    }

    TimeRule(boolean relative) {
        this.relative = relative;
    }

    /** Whether the period is worked out from another time the text stated (a sentence's own, or the figure before's). */
    public boolean anchored() {
        return this == SAME_IN_YEAR || this == SAME_LAST_YEAR || this == SAME_THIS_YEAR || this == YEAR_EARLIER || this == YEAR_BEFORE || this == MONTH_BEFORE || this == WEEK_BEFORE
                || this == YEAR_AFTER || this == SEASON_AFTER || this == SEASON_SAME || this == THAT_YEAR || this == SINCE_THEN;
    }

    /** Whether the period is counted from the publication date, and cannot be had without it. */
    public boolean relative() {
        return relative;
    }

    /** The rule named in a lexicon; fails with the template's text when there is none. */
    static TimeRule of(String name, String template) {
        try {
            return valueOf(name.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException("unknown time rule '" + name + "' in time template '" + template + "'", e);
        }
    }
}
