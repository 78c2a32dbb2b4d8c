package tally.ingest.extract.resolve;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import tally.ingest.extract.analysis.ArticleContext;
import tally.ingest.extract.analysis.Candidate;
import tally.ingest.extract.analysis.ClauseBreak;
import tally.ingest.extract.analysis.SentenceAnalysis;
import tally.ingest.extract.guard.NotACount;
import tally.ingest.extract.guard.PercentAside;
import tally.ingest.extract.link.Linker;
import tally.ingest.extract.link.NounPhrase;
import tally.ingest.extract.mention.ChangeMention;
import tally.ingest.extract.mention.NumberMention;
import tally.ingest.extract.mention.TimeMention;
import tally.ingest.lexicon.Lexicon;
import tally.ingest.lexicon.TimeRule;
import tally.ingest.text.PhraseTable;
import tally.ingest.text.Token;
import tally.ingest.text.TokenGap;
import tally.stats.Basis;
import tally.stats.Metric;
import tally.stats.Period;

/**
 * The period a figure covers: the nearest time expression that belongs to it (not to another
 * count, a percent change's baseline or the date of a statement), a yearly rate's year, a current
 * or cumulative count's open period, or a fresh event's publication date.
 */
public final class PeriodResolver {

    /** How far before or after a count "each year" may stand. */
    private static final int PER_YEAR_REACH = 15;
    /** How far before a count, within its clause, a present or perfect verb makes it current. */
    private static final int CURRENT_LOOKBACK = 6;
    /** How far after an era word ("during") its noun ("dictatorship") may stand. */
    private static final int ERA_NOUN_REACH = 5;
    /** What a time after a count costs, in tokens, when it opens the next clause: one of the count's own clause wins. */
    private static final int NEXT_CLAUSE_PENALTY = 40;
    /** How far before a count its comparison words ("compared to", "frente a") may stand. */
    private static final int COMPARISON_REACH = 4;
    /** Calendar periods that a present or perfect count in the year of publication has not finished yet. */
    private static final Set<TimeRule> OPEN_WHILE_CURRENT = EnumSet.of(TimeRule.YEAR, TimeRule.MONTH, TimeRule.MONTH_RECENT);
    /** A bare year that a comparison moves into the span of the figure before ("compared to three in 2021"). */
    private static final Set<TimeRule> COMPARED_YEAR = EnumSet.of(TimeRule.YEAR, TimeRule.LAST_YEAR, TimeRule.YEAR_BEFORE);
    /** How many words may stand between the word opening a baseline's clause and its count ("cuando se produjeron 3.409"). */
    private static final int BASELINE_VERB_REACH = 3;
    /** How far a compared count may stand after its comparison words, and its time after it ("compared to the 19 of"). */
    private static final int COMPARED_TIME_GAP = 3;
    /** How far into a sentence a dateline's date may start ("SAN PEDRO SULA, Honduras, May 3"). */
    private static final int DATELINE_REACH = 12;
    /** How long the figure before's period must be for "a year earlier" to move it rather than mean the year before publication. */
    private static final int MOVED_MIN_DAYS = 28;
    /** A week: the span "the previous week" moves a weekly figure before back by. */
    private static final int WEEK_DAYS = 7;
    /** How long before publication a bulletin's span from 1 January may stop for a perfect-tense count to take it. */
    private static final int BULLETIN_SLACK_DAYS = 31;
    /**
     * How many words may stand between contrast words and the time that opens their clause ("mientras que en 2023"), and
     * between that time and the count ("fueron 22", "there were 98"; not "el año pasado que se registraron 2.082").
     */
    private static final int CONTRAST_GAP = 2;
    /** The month from which a year of publication named bare is a review of the whole year ("Con 16.506 muertes violentas, 2019" on 27 December). */
    private static final int YEAR_END_MONTH = 12;
    /** How far after a change's starting value its end may stand ("de 275 homicidios a 274"). */
    private static final int CHANGED_TO_GAP = 4;

    /**
     * A period, or null with the reason.
     *
     * @param rule      the time rule of the sentence's expression it was read from, or null (a default, a yearly
     *                  rate's year, a period carried from before)
     * @param inherited it is the period of the figure before ("over the same period", a count that goes on with it)
     *                  or one the article stated a sentence or a few before
     * @param compared  the count is one compared with ("compared to 50 in 2023"): its time is not the article's
     */
    public record Dated(Period period, String warning, TimeRule rule, boolean inherited, boolean compared, boolean eventBefore) {

        /** @param eventBefore it is the day of the one event the sentence just before told of ({@link #eventDayBefore}) */
        Dated(Period period, String warning, TimeRule rule, boolean inherited, boolean compared) {
            this(period, warning, rule, inherited, compared, false);
        }

        Dated(Period period, String warning, TimeRule rule, boolean inherited) {
            this(period, warning, rule, inherited, false);
        }

        Dated(Period period, String warning) {
            this(period, warning, null, false);
        }

        /**
         * A time expression of the sentence gave it, of its own: a comparison's ("the month before", "the
         * same period last year", "compared to 50 in 2023") dates that figure only, not the statistic the article
         * goes on counting.
         */
        public boolean stated() {
            return rule != null && period != null && !rule.anchored() && !compared;
        }
    }

    private final Lexicon lex;
    private final NotACount notACount;
    private final Linker linker;

    public PeriodResolver(Lexicon lex, NotACount notACount, Linker linker) {
        this.lex = lex;
        this.notACount = notACount;
        this.linker = linker;
    }

    /** Whether the count is a yearly rate ("each year", "annually") rather than a total. */
    public boolean perYear(SentenceAnalysis s, int start, int end) {
        List<Token> t = s.tokens();
        for (int i = Math.max(0, start - PER_YEAR_REACH); i < Math.min(t.size(), end + PER_YEAR_REACH); i++) {
            PhraseTable.Match<Boolean> m = lex.perYear.at(t, i);
            if (m != null && !s.insideChange(i)) {
                int after = i + m.length();
                if (after < t.size() && lex.perYearNotBefore.contains(t.get(after))) {
                    continue;
                }
                return true;
            }
        }
        return false;
    }

    /**
     * The day a running tally's data stop at, stated elsewhere in its sentence ("en lo que va de año, según datos del
     * Ministerio a fecha 14 de septiembre", "so far this year, according to figures as of September 14"): a tally of the
     * same year up to a day before publication, or null.
     */
    private static LocalDate cutoff(SentenceAnalysis s, LocalDate from, LocalDate published) {
        for (TimeMention m : s.times()) {
            if ((m.rule() == TimeRule.UNTIL_DAY || m.rule() == TimeRule.UNTIL_DAY_RECENT) && m.period() != null
                    && m.period().from().equals(from) && m.period().to().isBefore(published)) {
                return m.period().to();
            }
        }
        return null;
    }

    /**
     * The period of the count n, whose mention spans tokens [start, end).
     *
     * @param continues the count goes on with the figure before it: with no time of its own, it has that one's period
     */
    public Dated period(SentenceAnalysis s, NumberMention n, int start, int end, Metric metric, Basis basis, boolean current,
                        boolean continues, LocalDate published, ArticleContext context) {
        TimeMention best = null;
        TimeMention comparedBefore = null;
        int bestDistance = Integer.MAX_VALUE;
        boolean bestBaseline = false;
        boolean changedFrom = changedFrom(s, n);
        NumberMention changedTo = changedTo(s, n);
        int comparedAt = comparisonBefore(s, start);
        for (TimeMention m : s.times()) {
            if (s.insideChange(m.start()) && !datesTheBaseline(s, s.changeCovering(m.start()), m, start)
                    && s.changeCovering(m.start()) != s.changeCovering(n.start())
                    || (m.start() < n.end() && m.end() > n.start()) || datesTheStatement(s, m, n.end())
                    || opensTheStatement(s, m, start) || datesTheReport(s, n, m, start, end)
                    || skipsDateline(s, m, published) || endsAName(s, m)) {
                continue;
            }
            boolean baseline = changedTo != null && m.start() >= changedTo.end() && comparedAfter(s, changedTo.end(), m);
            if (changedFrom && betweenChangeAndCount(s, n, m)) {
                continue; // "de 191 en el primer semestre de 2023 a 180 en igual lapso de 2024": that time dates 191
            }
            if (changedFrom && m.start() < n.start() && comparedAfter(s, Math.max(0, m.start() - COMPARISON_REACH - COMPARED_TIME_GAP), m)) {
                continue; // "respecto a 2022, pasando de 495 a 154": the baseline's time dates 495, not 154
            }
            if (comparedBeforeCount(s, m, start) && changedTo == null) {
                continue; // "han descendido un 67% en comparación con el año pasado: han llegado 178": last year's is the baseline
            }
            if (!baseline && (countBetween(s, n, m) || datesACompared(s, n, m) || comparedAfter(s, end, m) || opensNextItem(s, end, m))) {
                if (m.start() > end && m.period() != null && (m.rule() == TimeRule.YEAR_BEFORE || m.rule() == TimeRule.MONTH_BEFORE)) {
                    comparedBefore = m; // "852,000 apprehensions, compared with 400,000 the previous year"
                }
                continue;
            }
            int d = TokenGap.between(m.start(), m.end(), start, end)
                    + (newClauseBetween(s, end, m.start()) || m.end() <= comparedAt ? NEXT_CLAUSE_PENALTY : 0);
            if (d < bestDistance) {
                best = m;
                bestDistance = d;
                bestBaseline = baseline;
            }
        }
        if (best != null && best.isSame()) {
            // "over the same period": of the figure before, else of the last time the article stated ("en ese periodo")
            // (the period the article is counting in when the figure before was a comparison with an earlier one)
            Period same = context.lastPeriod() != null ? afterComparison(s, n, start, metric, context) : context.before().lastTime();
            return same != null ? new Dated(same, null, null, true)
                    : new Dated(null, "'the same period' with no period before it");
        }
        if (best != null && best.fromAnchor() != null && best.period() == null) {
            // "the following spring", "the same period last year", "the month before" after the figure before; "that
            // year" after the last time the article stated
            Period anchor = (best.rule() == TimeRule.THAT_YEAR || best.rule() == TimeRule.SINCE_THEN) && context.before().lastTime() != null
                    ? context.before().lastTime() : context.lastPeriod();
            Period anchored = best.from(anchor);
            return new Dated(anchored, anchored == null ? best.warning() : null, best.rule(), false);
        }
        if (best != null) {
            Period respanned = sameSpanOfFigureBefore(s, best, context);
            if (respanned != null) {
                return new Dated(respanned, null, best.rule(), false, true);
            }
            Period compared = sameSpanIn(s, best, start, metric, context, bestBaseline
                    || changedTo != null && best.end() <= changedTo.start() && best.rule() != TimeRule.YEAR);
            if (compared != null) {
                return new Dated(compared, null, best.rule(), false, true);
            }
            if (current && best.period() != null && published != null && OPEN_WHILE_CURRENT.contains(best.rule())
                    && best.period().to().isAfter(published) && !best.period().from().isAfter(published)) {
                // "more than 30,400 have arrived in 2023" in a 2023 article: this year's running tally, up to publication,
                // or up to the day the article stated its statistic to ("from January 1 to May 31 ... In 2024, 20,854
                // have arrived": the same report's tally)
                Period stated = context.statedPeriod(metric);
                LocalDate cutoff = cutoff(s, best.period().from(), published);
                LocalDate to = stated != null && stated.from().equals(best.period().from()) && stated.to().isBefore(published)
                        ? stated.to() : cutoff != null ? cutoff : published;
                if (cutoff != null) {
                    context.before().dataStop(new Period(best.period().from(), cutoff));
                }
                return new Dated(new Period(best.period().from(), to), null, TimeRule.THIS_YEAR, false);
            }
            Period restated = restatedSpan(best, metric, published, context);
            if (restated != null) {
                return new Dated(restated, null, best.rule(), false);
            }
            Period moved = movedFromBefore(best, context);
            if (moved != null) {
                return new Dated(moved, null, best.rule(), false, true);
            }
            if (best.rule() == TimeRule.YEAR && best.period() != null && published != null
                    && best.period().to().isAfter(published) && !best.period().from().isAfter(published)
                    && published.getMonthValue() < YEAR_END_MONTH && !lex.incident.occursIn(s.tokens()) && !wholeYear(s, best)) {
                // "in 2024 there were 1,700 homicides" on 3 November: what it counts can only have happened up to
                // publication (or up to the day its sentence, or the article, says the data stop: DataCutoff). A review
                // in December counts the whole year; "the whole of 2024", a fiscal year stand. A count with no tally
                // verb keeps its calendar rule, so its kind stays a flow.
                LocalDate stop = cutoff(s, best.period().from(), published);
                return new Dated(new Period(best.period().from(), stop != null ? stop : published), null, best.rule(), false);
            }
            LocalDate cutoff = best.period() != null && best.period().to().equals(published)
                    ? cutoff(s, best.period().from(), published) : null;
            if (cutoff != null) {
                context.before().dataStop(new Period(best.period().from(), cutoff));
                return new Dated(new Period(best.period().from(), cutoff), null, best.rule(), false);
            }
            // the start of a change ("cayeron de 191 en el primer semestre de 2023 a 180"): its time is the baseline's, not the
            // period the article goes on counting in
            return new Dated(best.period(), best.warning(), best.rule(), false, comparedAt >= 0 || changedTo != null);
        }
        if (continues && context.lastPeriod() != null && !changedFrom) {
            return new Dated(afterComparison(s, n, start, metric, context), null, null, true);
        }
        if (continues && context.lastCurrent()) {
            // a part of a stock or running tally with no period ("Jalisco con 15 mil 200" after the disappeared)
            return new Dated(null, "cumulative or current count with no stated period");
        }
        if (published == null) {
            return new Dated(null, "no publication date: the period cannot be resolved");
        }
        if (basis == Basis.PER_YEAR) {
            return new Dated(Period.year(published.getYear()), null);
        }
        // The period the article stated for the statistic it is counting, a sentence or a few before; a sentence
        // about one event ("the massacre of 72 migrants") is reached only from close by.
        boolean incident = lex.incident.occursIn(s.tokens());
        Period eventDay = current ? null : eventDayBefore(context);
        if (eventDay != null) {
            // "Gunmen attacked Kwali on March 3. Twelve people were killed": the event the sentence before dated, which
            // also ends a period stated before it (realnews/README.md, "Period": a fresh event with its own day ends it)
            return new Dated(eventDay, null, null, true, false, true);
        }
        Period stated = incident ? context.statedPeriodForEvent(metric) : context.statedPeriod(metric);
        if (stated == null && comparedBefore != null) {
            // the count compared with the year (month) before has the year (month) after it
            Period before = comparedBefore.period();
            Period after = comparedBefore.rule() == TimeRule.YEAR_BEFORE ? Period.year(before.from().getYear() + 1)
                    : Period.month(YearMonth.from(before.from()).plusMonths(1));
            return new Dated(after, null, comparedBefore.rule(), false);
        }
        if (current) {
            // a running tally ("the toll has reached 2,371") goes on with a stated one that runs to publication, and a
            // perfect-tense count ("por vía marítima han llegado 2.235 migrantes") with the bulletin's span that stops a
            // few weeks at most before publication ("del 1 de enero al 31 de marzo" on 2 April): its data stop there too
            return stated != null && (stated.to().equals(published) || perfectBefore(s, start) && bulletinSpan(stated, published))
                    ? new Dated(stated, null, null, true)
                    : new Dated(null, "cumulative or current count with no stated period");
        }
        if (stated == null && incident && context.statedDay(metric) != null) {
            // the event whose day a sentence before stated ("killed six yesterday ... 26 were injured in the attack")
            return new Dated(context.statedDay(metric), null, null, true);
        }
        return stated != null ? new Dated(stated, null, null, true) : new Dated(Period.day(published), null);
    }

    /**
     * The day of the one event the sentence just before tells of, with no figure of its own ("The first attacks occurred
     * overnight Friday", "Hombres armados atacaron el poblado el 3 de marzo"): a word of one event and one time, a day
     * that is not a statement's ("police said Monday"). Null otherwise.
     */
    private Period eventDayBefore(ArticleContext context) {
        List<TimeMention> times = context.before().lastTimesOfNoFigure();
        if (times == null || times.size() != 1) {
            return null;
        }
        SentenceAnalysis before = context.before().lastSentence();
        if (!lex.incident.occursIn(before.tokens()) && !lex.eventVerb.occursIn(before.tokens())) {
            return null;
        }
        TimeMention m = times.get(0);
        Period p = m.period();
        return p != null && p.from().equals(p.to()) && m.rule() != null && !m.rule().anchored()
                && !datesTheStatement(before, m, Integer.MAX_VALUE) && !weekdayOfAStatement(before, m) ? p : null;
    }

    /**
     * "On Thursday, addressing a press conference, the spokesperson said that the attacks were reported": a weekday (or
     * "today") followed by a verb of saying before the word of the event dates the statement, as {@link #opensTheStatement}
     * reads it in a sentence of a figure; not "Sunday morning the rebels attacked the village, he said".
     */
    private boolean weekdayOfAStatement(SentenceAnalysis s, TimeMention m) {
        if (m.rule() != TimeRule.WEEKDAY && m.rule() != TimeRule.TODAY) {
            return false;
        }
        List<Token> t = s.tokens();
        for (int i = m.end(); i < t.size(); i++) {
            if (lex.incident.at(t, i) != null || lex.eventVerb.at(t, i) != null) {
                return false;
            }
            if (lex.attribution.contains(t.get(i))) {
                return true;
            }
        }
        return false;
    }

    /**
     * A count compared with the figure before ("13 killings compared to three in 2021", "cuando se
     * compara con 122 de 2014") over a part of a year: the same part of the year it names, not the whole
     * year. Null when the count is no comparison, the figure before covers a whole year or more, or is of
     * the same year.
     */
    private Period sameSpanIn(SentenceAnalysis s, TimeMention m, int start, Metric metric, ArticleContext context, boolean baseline) {
        // a change's baseline ("pasaron de 275 a 274 respecto a 2023") with no figure before: the span the article stated
        Period before = context.lastPeriod() == null && baseline ? context.statedPeriod(metric) : context.lastPeriod();
        if (!COMPARED_YEAR.contains(m.rule()) || m.period() == null || before == null || m.period().days() < 365
                || before.from().getYear() != before.to().getYear() || before.days() >= 365
                || before.from().getYear() == m.period().from().getYear()
                || !baseline && comparisonBefore(s, start) < 0 && !comparedWhen(s, m, start) && !givesTheBaseline(s, m, start)
                && !contrasted(s, m, start)
                || wholeYear(s, m)) {
            return null;
        }
        int years = m.period().from().getYear() - before.from().getYear();
        return new Period(before.from().plusYears(years), before.to().plusYears(years));
    }

    /** The rules that move a span into another year, day for day ("the same period last year", "a year earlier"). */
    private static final Set<TimeRule> SAME_SPAN_MOVED = EnumSet.of(TimeRule.SAME_IN_YEAR, TimeRule.SAME_LAST_YEAR,
            TimeRule.SAME_THIS_YEAR, TimeRule.YEAR_EARLIER);

    /**
     * "The same period last year", "a year earlier" after a figure of the same sentence move that figure's period, day for
     * day (realnews/README.md, "Period"), which is not always the time the sentence named last: "as of 30 June, 9,000 arrived
     * in 2023, compared to 14,000 in the same period last year" moves January-June, not the whole of 2023; "from May 1
     * through May 31 this year, down from 8,100 over the same period last year" moves May, not the year to date. Null when
     * there is no such figure or it has the period the time was anchored on.
     */
    private static Period sameSpanOfFigureBefore(SentenceAnalysis s, TimeMention m, ArticleContext context) {
        Candidate before = context.previousFigure();
        if (!SAME_SPAN_MOVED.contains(m.rule()) || m.period() == null || before == null || before.period() == null
                || before.number().end() > m.start() || !s.numbers().contains(before.number())) {
            return null;
        }
        Period p = before.period();
        int year = m.rule() == TimeRule.YEAR_EARLIER ? p.to().getYear() - 1 : m.period().to().getYear();
        int shift = year - p.to().getYear();
        Period moved = new Period(p.from().plusYears(shift), p.to().plusYears(shift));
        return shift == 0 || moved.equals(m.period()) ? null : moved;
    }

    /**
     * The year of publication, not over yet, named again for a statistic whose span the article stated from its 1 January
     * ("10.475 migrantes en el primer semestre ... De los casi 10.500 que han entrado en 2019, la mayoría (9.664) ...",
     * "in the first five months ... Of the arrivals in 2024, 3,100 were minors"): that span, the part of the year its
     * data cover, not the whole year. Null when no such span was stated (the year stands).
     */
    private static Period restatedSpan(TimeMention m, Metric metric, LocalDate published, ArticleContext context) {
        if (published == null || m.period() == null || m.rule() != TimeRule.YEAR || !m.period().to().isAfter(published)
                || m.period().from().isAfter(published)) {
            return null;
        }
        Period stated = context.statedPeriod(metric);
        return stated != null && stated.from().equals(m.period().from()) && stated.to().isBefore(m.period().to())
                && stated.to().isBefore(published) ? stated : null;
    }

    /**
     * "A year earlier", "the month before" with no time of their own sentence before them, after a figure over a month
     * or more: that figure's period moved back, day for day ("In June, 2,040 ... A year earlier, 3,039" is June of the
     * year before; "781 in June ... compared to 576 the previous month" is May). Null otherwise: the year (month) before
     * publication stands.
     */
    private static Period movedFromBefore(TimeMention m, ArticleContext context) {
        Period before = context.lastPeriod();
        if (m.rule() == TimeRule.WEEK_BEFORE && before != null && before.days() > 1 && before.days() <= WEEK_DAYS) {
            // "between 09-15 December ... In the previous week, 13,644": the seven days before that week
            return new Period(before.from().minusDays(WEEK_DAYS), before.from().minusDays(1));
        }
        if (m.fromAnchor() == null || before == null || before.days() < MOVED_MIN_DAYS) {
            return null;
        }
        if (m.rule() == TimeRule.YEAR_BEFORE) {
            return new Period(before.from().minusYears(1), before.to().minusYears(1));
        }
        if (m.rule() == TimeRule.MONTH_BEFORE && YearMonth.from(before.from()).equals(YearMonth.from(before.to()))) {
            return Period.month(YearMonth.from(before.from()).minusMonths(1));
        }
        return null;
    }

    /**
     * The period a count that goes on with the figure before takes: that figure's, unless that figure was an
     * earlier period the article compared its statistic with and this count stands in no comparison of its own
     * ("31 mil 355 en el primer semestre de 2019 ... mayor a las 29 mil 648 de 2018. Chiapas, con 19 mil 793"):
     * the article goes back to counting in the period it stated (realnews/README.md, "Period").
     */
    private Period afterComparison(SentenceAnalysis s, NumberMention n, int start, Metric metric, ArticleContext context) {
        Period last = context.lastPeriod();
        Period stated = context.statedPeriod(metric);
        if (stated == null || !last.to().isBefore(stated.from())) {
            return last;
        }
        List<Token> t = s.tokens();
        for (int i = 0; i < start; i++) {
            if (lex.comparisons.at(t, i) != null) {
                return last; // "compared to 111 and 73, respectively": the comparison's own list
            }
        }
        return partOfTheFigureBefore(t, start, n.end()) ? last : stated;
    }

    /**
     * "Of them, 120 were women", "De ellos, 300 eran mujeres", "De estos, 12 ...", "120 of them": a part of the figure just
     * before, which keeps that figure's period even when it was an earlier one the article compared with.
     */
    private boolean partOfTheFigureBefore(List<Token> t, int start, int end) {
        int lead = start > 0 && t.get(start - 1).is(",") ? start - 1 : start;
        PhraseTable.Match<Boolean> m = lead > 0 ? lex.partOfThem.endingAt(t, lead) : null;
        if (m == null && lead > 0) {
            m = lex.commaListLeads.endingAt(t, lead);
        }
        if (m != null) {
            int from = lead - m.length();
            return from == 0 || t.get(from - 1).isPunct(); // opening its clause: not "returned 600 of them"
        }
        return lex.partOfThem.at(t, end) != null;
    }

    /** A perfect auxiliary ("han", "has") before the count in its clause ("han arribado a la Península 609 migrantes"). */
    private boolean perfectBefore(SentenceAnalysis s, int start) {
        List<Token> t = s.tokens();
        for (int i = start - 1; i >= Math.max(0, start - CURRENT_LOOKBACK); i--) {
            if (t.get(i).isPunct()) {
                return false;
            }
            if (lex.perfect.contains(t.get(i))) {
                return true;
            }
        }
        return false;
    }

    /** A span of the publication year from 1 January that stops before publication, a few weeks at most. */
    private static boolean bulletinSpan(Period p, LocalDate published) {
        return published != null && p.from().equals(LocalDate.of(published.getYear(), 1, 1)) && p.to().isBefore(published)
                && !p.to().isBefore(published.minusDays(BULLETIN_SLACK_DAYS));
    }


    /** "the whole of 2006", "todo 2019", "fiscal year 2021", "el año fiscal 2021": the year itself, not a part of it. */
    private boolean wholeYear(SentenceAnalysis s, TimeMention m) {
        List<Token> t = s.tokens();
        for (int i = Math.max(0, m.start() - 3); i < m.end() && i < t.size(); i++) {
            PhraseTable.Match<Boolean> w = lex.wholePeriod.at(t, i);
            if (w != null && i + w.length() >= m.start()) {
                return true;
            }
        }
        return false;
    }

    /**
     * The time stands after the count, behind comparison words that follow it ("743 migrantes, 563 más que en el mismo
     * periodo de 2023", "1,200 arrests, compared with the same period last year"): it dates what the count is compared
     * with, not the count.
     */
    private boolean comparedAfter(SentenceAnalysis s, int end, TimeMention m) {
        if (m.start() < end || m.rule() == TimeRule.YEAR_BEFORE || m.rule() == TimeRule.MONTH_BEFORE) {
            return false; // "rose to 605 versus the year before": the count is of the year after it (see comparedBefore)
        }
        List<Token> t = s.tokens();
        for (int i = end; i < m.start(); i++) {
            PhraseTable.Match<Boolean> c = lex.comparisons.at(t, i);
            // right before the time or a few lower-case words before it ("frente a 2023", "compared with the same period
            // last year", "respecto al mismo periodo de 2023"), not "frente a Florida en enero" (off Florida)
            if (c != null && (i + c.length() > m.start() // "than in 2024": the comparison's last word opens the time
                    || m.start() - (i + c.length()) <= COMPARED_TIME_GAP && plainWords(t, i + c.length(), m.start()))) {
                return true;
            }
        }
        return false;
    }

    /** The count gives the baseline of the percent change the time stands in ("un 54 % más que en 2023, cuando arribaron 1.306"). */
    private boolean givesTheBaseline(SentenceAnalysis s, TimeMention m, int count) {
        ChangeMention c = s.changeCovering(m.start());
        return c != null && datesTheBaseline(s, c, m, count);
    }

    /**
     * The time inside a percent change's baseline dates the count that gives that baseline: one in parentheses right
     * after the time ("un 308 % más que en el mismo periodo de 2023 (3.528)", "20% less than in the previous week
     * (13,644)") or opening the clause after the change ("un 60,4 % menos que en el mismo periodo del año anterior, cuando
     * arribaron 3.460", "up 40% on the same period last year, when 2,100 arrived"). Any other count keeps the change's
     * time out of its own.
     */
    private boolean datesTheBaseline(SentenceAnalysis s, ChangeMention c, TimeMention m, int count) {
        List<Token> t = s.tokens();
        if (count < c.end()) {
            return count == m.end() + 1 && t.get(m.end()).is("(");
        }
        int i = c.end();
        if (i + 1 >= count || !t.get(i).is(",") || !lex.baselineCount.contains(t.get(i + 1))) {
            return false;
        }
        return count - (i + 2) <= BASELINE_VERB_REACH && plainWords(t, i + 2, count);
    }

    /** Tokens [from, to) are lower-case words (no name, no number). */
    private static boolean plainWords(List<Token> t, int from, int to) {
        for (int i = from; i < to; i++) {
            if (!t.get(i).isWord() || t.get(i).isCapitalized()) {
                return false;
            }
        }
        return true;
    }

    /**
     * The count stands in a "when" ("cuando": [baseline count]) clause right after a compared year ("a drop compared to last year, when more than
     * 25,000 had already crossed"): it is that year's count, as "compared to 25,000 last year" would be.
     */
    private boolean comparedWhen(SentenceAnalysis s, TimeMention m, int start) {
        List<Token> t = s.tokens();
        int i = m.end();
        if (i < t.size() && t.get(i).is(",")) {
            i++;
        }
        return i < start && lex.baselineCount.contains(t.get(i)) && comparisonBefore(s, m.start()) >= 0;
    }

    /**
     * The time opens a contrasting clause the count stands in, right after its contrast words (", mientras que en 2023
     * fueron 22", ", while in 2022 there were 98"): the count is set against the figure before, as "compared to 22 in
     * 2023" would be.
     */
    private boolean contrasted(SentenceAnalysis s, TimeMention m, int start) {
        if (start < m.end()) {
            return false;
        }
        List<Token> t = s.tokens();
        for (int i = Math.max(0, m.start() - CONTRAST_GAP - 2); i < m.start(); i++) {
            PhraseTable.Match<Boolean> c = lex.clauseContrasts.at(t, i);
            if (c != null && i + c.length() <= m.start() && m.start() - (i + c.length()) <= CONTRAST_GAP
                    && plainWords(t, i + c.length(), m.start()) && start - m.end() <= CONTRAST_GAP && plainWords(t, m.end(), start)) {
                return true;
            }
        }
        return false;
    }

    /**
     * The time stands right after comparison words, before the count, and the count does not give what it is compared with
     * ("down 67% compared with last year: 178 arrived", "han descendido un 67% en comparación con el año pasado: han
     * llegado 178"): it dates the baseline, not the count. A count that gives the baseline is that time's: in its "when"
     * clause ("compared with last weekend, when five were killed"), in brackets right after it ("compared to the first half
     * of 2017 (353 casualties; 149 deaths)"), in the clause it opens after contrast words, or a change's baseline.
     */
    private boolean comparedBeforeCount(SentenceAnalysis s, TimeMention m, int start) {
        List<Token> t = s.tokens();
        if (m.end() > start || lex.comparisons.endingAt(t, m.start()) == null || givesTheBaseline(s, m, start) || contrasted(s, m, start)) {
            return false;
        }
        for (int i = m.end(); i < Math.min(start, m.end() + BASELINE_VERB_REACH); i++) {
            if (lex.baselineCount.contains(t.get(i))) {
                return false;
            }
        }
        if (t.get(m.end()).is("(")) {
            for (int i = m.end() + 1; i < start; i++) {
                if (t.get(i).is(")")) {
                    return true;
                }
            }
            return false;
        }
        return true;
    }

    /**
     * Where the comparison words just before the count start ("against 410", "frente a las 410"), or -1: a time before
     * them dates the figure the count is compared with, and one after the count in its clause wins ("in the first two weeks
     * of 2023, against 410 that were recorded in the same period last year").
     */
    private int comparisonBefore(SentenceAnalysis s, int start) {
        List<Token> t = s.tokens();
        for (int i = start - 1; i >= Math.max(0, start - COMPARISON_REACH); i--) {
            PhraseTable.Match<Boolean> c = lex.comparisons.at(t, i);
            if (c != null && i + c.length() <= start) {
                return i;
            }
        }
        return -1;
    }

    /**
     * The time dates a count compared with, not this one: it stands right after a count that a comparison opens
     * ("42 murders, compared to 18 in 2021", "seis, frente a las 19 del año anterior"), and this count is not one
     * of those compared (the time of "compared to three in 2021" does not date "Westmoreland with 42" after it).
     */
    private boolean datesACompared(SentenceAnalysis s, NumberMention n, TimeMention m) {
        NumberMention compared = null;
        for (NumberMention other : s.numbers()) {
            if (other.end() <= m.start() && m.start() - other.end() <= COMPARED_TIME_GAP
                    && (compared == null || other.end() > compared.end())) {
                compared = other;
            }
        }
        if (compared == null) {
            return false;
        }
        List<Token> t = s.tokens();
        for (int j = compared.start(); j >= Math.max(0, compared.start() - COMPARED_TIME_GAP); j--) {
            PhraseTable.Match<Boolean> c = lex.comparisons.endingAt(t, j);
            if (c == null) {
                c = PercentAside.endingAt(lex, lex.comparisons, t, j); // "up 12% from 571 in 2019"
            }
            if (c != null) {
                return n.start() < j - c.length() || n.start() > m.start();
            }
        }
        return false;
    }

    /**
     * The date at the head of a sentence that is the publication day with no preposition before it
     * is a dateline or byline ("LAGOS, Sept 14 -", "Published June 3, 2019"), not the date of
     * what the sentence counts: a time of the count's own ("yesterday", "in June") is then used.
     */
    private boolean skipsDateline(SentenceAnalysis s, TimeMention m, LocalDate published) {
        if (m.period() == null || published == null || !m.period().equals(Period.day(published)) || m.start() > DATELINE_REACH) {
            return false;
        }
        List<Token> t = s.tokens();
        for (int i = 0; i <= m.start(); i++) {
            if (lex.stopwords.contains(t.get(i))) {
                return false; // "on Sept 14", "killed on Sept 14", "On Wednesday, 25 were killed": a date of the text
            }
        }
        return true;
    }

    /**
     * A bare year right after a capitalized word inside the sentence ends a name ("el Informe sobre Inmigración
     * Irregular 2024", "the Global Trends 2023 report", "Agenda 2030"): it labels a report or a plan, not the time of
     * what the sentence counts. A year after a word of the sentence's own ("in 2024", "En 2024") is a time.
     */
    private boolean endsAName(SentenceAnalysis s, TimeMention m) {
        if (m.rule() != TimeRule.YEAR || m.end() - m.start() != 1 || m.start() < 2) {
            return false;
        }
        Token before = s.tokens().get(m.start() - 1);
        return before.isWord() && before.isCapitalized() && !lex.stopwords.contains(before);
    }

    /** How far after a weekday its statement's verb may stand ("On Sunday Ibrahim Dosara, the state's commissioner, said"). */
    private static final int STATEMENT_REACH = 12;

    /**
     * "On Sunday the commissioner said bandit attacks have displaced more than 700,000": a weekday (or "today") before
     * a verb of saying that itself stands before the count dates the statement, not the count. Only these: they give
     * the publication day, which a fresh event gets anyway, so only a tally or a stock reads otherwise.
     */
    private boolean opensTheStatement(SentenceAnalysis s, TimeMention m, int count) {
        if ((m.rule() != TimeRule.WEEKDAY && m.rule() != TimeRule.TODAY) || m.end() >= count) {
            return false;
        }
        List<Token> t = s.tokens();
        for (int i = m.end(); i < Math.min(count, m.end() + STATEMENT_REACH); i++) {
            if (lex.attribution.contains(t.get(i))) {
                return true;
            }
        }
        return false;
    }

    /**
     * "IOM said on its Twitter account on Wednesday, indicating that 141 migrants were intercepted during the period 4-9
     * August", "In a statement on Friday, July 21, the commission said that 27 died between July 7 and July 19": a day
     * before the count with a verb of saying a few words before or after it dates the statement when the count has a
     * time of its own after it, in its clause.
     */
    private boolean datesTheReport(SentenceAnalysis s, NumberMention n, TimeMention m, int start, int end) {
        if (m.end() > start || m.period() == null || !m.period().from().equals(m.period().to())) {
            return false; // a statement is made on a day: "según los datos, cayeron de 191 en el primer semestre de 2023" is the count's
        }
        List<Token> t = s.tokens();
        boolean said = false;
        for (int i = Math.max(0, m.start() - STATEMENT_REACH); i < start && !said; i++) {
            said = (i < m.start() || i >= m.end()) && lex.attribution.contains(t.get(i));
        }
        if (!said) {
            return false;
        }
        for (TimeMention own : s.times()) {
            if (own.start() >= end && own.period() != null && !s.insideChange(own.start()) && !newClauseBetween(s, end, own.start())
                    && !countBetween(s, n, own) && !comparedAfter(s, end, own) && !datesTheStatement(s, own, n.end())) {
                return true;
            }
        }
        return false;
    }

    /** How far before its participle a count may stand as its subject ("173 homicides were reported", "the 16 killings reported"). */
    private static final int PASSIVE_SUBJECT_REACH = 4;

    /**
     * "the government said Wednesday": the date of the statement, not of what it counts. A participle whose subject is
     * the count, a few words before it in its clause, is the count's own verb ("after 173 homicides were reported in 2020",
     * "compared to the 16 killings reported this time last year"): its time is the count's; not "the death toll was
     * reported on Tuesday to have topped 200,000", nor "48 were killed, police said Monday".
     *
     * @param countEnd where the count's number ends
     */
    private boolean datesTheStatement(SentenceAnalysis s, TimeMention m, int countEnd) {
        List<Token> t = s.tokens();
        int i = m.start() - 1;
        while (i >= 0 && lex.seasons.at(t, i) != null) {
            i--; // "said late Wednesday"
        }
        return i >= 0 && lex.attribution.contains(t.get(i)) && !countsSubject(t, countEnd, i)
                || m.end() < t.size() && lex.attribution.contains(t.get(m.end()));
    }

    /** The count ends a few words before the participle at {@code verb}, with no punctuation between ("173 homicides were reported"). */
    private static boolean countsSubject(List<Token> t, int countEnd, int verb) {
        if (countEnd > verb || verb - countEnd > PASSIVE_SUBJECT_REACH) {
            return false;
        }
        for (int k = countEnd; k < verb; k++) {
            if (t.get(k).isPunct()) {
                return false;
            }
        }
        return true;
    }

    /**
     * A semicolon, or a comma and a conjunction or a contrast ("while", "mientras que"), between the count and a time
     * after it: the time opens the next clause ("En 2008 la cifra se elevó a 6.838, y en 2010 murieron 15.273", "In 2020
     * there were 1,323; in 2021, 1,463", "in 2020, there were 3,482, while in 2019, 4,082"), and a time of the count's
     * own clause wins.
     */
    private boolean newClauseBetween(SentenceAnalysis s, int from, int to) {
        List<Token> t = s.tokens();
        for (int i = from; i < to; i++) {
            if (ClauseBreak.at(lex, t, i) && (i + 1 < to || t.get(i).is(";"))) { // the conjunction inside [from, to)
                return true;
            }
        }
        return false;
    }

    /**
     * A count of things or of words the lexicon does not know ("siete aviones", "190 embarcaciones", "nueve de esos
     * incidentes"), not of people.
     */
    private boolean countsThings(SentenceAnalysis s, NumberMention n) {
        NounPhrase np = linker.nounPhrase(s, n.end());
        if (np.head() == null && !np.unknownWords()) {
            NounPhrase part = linker.partitive(s, n.end());
            return part != null && (part.unknownWords() || part.headIs(Lexicon.Noun.Kind.THING));
        }
        return np.unknownWords() || np.headIs(Lexicon.Noun.Kind.THING);
    }

    /** How many tokens may stand between a time that opens the next item and that item's count ("en 2022 fueron 181"). */
    private static final int NEXT_ITEM_REACH = 6;

    /**
     * The time opens the next item of a list, after the count's item: only a comma, semicolon or conjunction (and function
     * words) between the count and it, and then, in the same clause, another count ("en 2021 ... 140 líderes sociales, en 2022
     * fueron 181", "In 2021 ... 140 social leaders, in 2022 the figure rose to 181"). Each item has its own period
     * (realnews/README.md, "Lists"); that time dates the next one.
     */
    private boolean opensNextItem(SentenceAnalysis s, int end, TimeMention m) {
        List<Token> t = s.tokens();
        if (m.start() < end) {
            return false;
        }
        boolean separated = false;
        for (int i = end; i < m.start(); i++) {
            Token tok = t.get(i);
            if (tok.is(",") || tok.is(";") || lex.conjunctions.at(t, i) != null) {
                separated = true;
            } else if (!lex.stopwords.contains(tok) && s.placeCovering(i) == null) { // "140 social leaders in Honduras, in 2022"
                return false;
            }
        }
        if (!separated) {
            return false;
        }
        for (NumberMention other : s.numbers()) {
            if (other.start() >= m.end() && other.start() - m.end() <= NEXT_ITEM_REACH && !other.yearLike()
                    && !notACount.isNotACount(s, other) && s.changeCovering(other.start()) == null) {
                for (int i = m.end(); i < other.start(); i++) {
                    if (t.get(i).isPunct() && !t.get(i).is(",")) {
                        return false;
                    }
                }
                return true;
            }
        }
        return false;
    }

    /**
     * Another count stands between a number and a time expression, which then dates that count
     * ("members of a gang that kidnapped 61 people over the past five years") unless the two are
     * coordinated and share it ("2,660 were killed and 178 kidnapped last year").
     */
    private boolean countBetween(SentenceAnalysis s, NumberMention n, TimeMention m) {
        int from = Math.min(n.end(), m.end());
        int to = Math.max(n.start(), m.start());
        for (NumberMention other : s.numbers()) {
            if (other != n && other.start() >= from && other.end() <= to && !notACount.isNotACount(s, other)
                    && !(m.end() <= other.start() && changedTo(s, other) == n) // "en 2023 ... pasando de 495 a 154": 495 is 154's baseline
                    && !countsThings(s, other) && !(other.start() >= m.start() && other.end() <= m.end())
                    && !partAside(s, n, other)) {
                int lo = Math.min(n.end(), other.end());
                int hi = Math.max(n.start(), other.start());
                boolean coordinated = m.end() <= Math.min(n.start(), other.start()) && listed(s, other, n);
                for (int i = lo; i < hi && !coordinated; i++) {
                    coordinated = lex.conjunctions.at(s.tokens(), i) != null;
                }
                if (!coordinated) {
                    return true;
                }
            }
        }
        return false;
    }

    /** How many words a list item's noun may run before the comma or bracket that opens the next item. */
    private static final int LIST_ITEM_WORDS = 4;

    /**
     * Two counts after the time they share are items of one list or a total and its breakdown in brackets ("In the
     * first six months of 2024, there were 4,210 casualties, 1,530 deaths and 2,680 injured"; "Up to 30 June, 512
     * casualties (190 deaths and 322 injured)"): a few words of the first item's noun, then a comma or an opening
     * bracket, and no verb or clause break between them nor right after the second ("de esas 3.678 personas, 3.480
     * arribaron" breaks a total down with a verb of its own).
     */
    private boolean listed(SentenceAnalysis s, NumberMention a, NumberMention b) {
        NumberMention first = a.start() < b.start() ? a : b;
        NumberMention second = first == a ? b : a;
        List<Token> t = s.tokens();
        int from = first.end();
        int to = second.start();
        if (to - from < 1 || to - from > LIST_ITEM_WORDS + 1 || !(t.get(to - 1).is(",") || t.get(to - 1).is("("))
                || second.end() < t.size() && lex.verbs.at(t, second.end()) != null) { // "of those 3,678, 3,480 arrived": a part, not an item
            return false;
        }
        for (int i = from; i < to; i++) {
            if (i < to - 1 && !t.get(i).isWord() || lex.verbs.at(t, i) != null || ClauseBreak.at(lex, t, i)) {
                return false;
            }
        }
        return true;
    }

    /** Whether a verb of change went to n from a count just before it ({@link #changedTo}). */
    private boolean changedFrom(SentenceAnalysis s, NumberMention n) {
        for (NumberMention other : s.numbers()) {
            if (other.end() <= n.start() && changedTo(s, other) == n) {
                return true;
            }
        }
        return false;
    }

    /** The time stands between the start of a change "de X ... a Y" and its end n (after X, before "a Y"): it is X's. */
    private boolean betweenChangeAndCount(SentenceAnalysis s, NumberMention n, TimeMention m) {
        for (NumberMention other : s.numbers()) {
            if (other.end() <= m.start() && m.end() <= n.start() && changedTo(s, other) == n) {
                return true;
            }
        }
        return false;
    }

    /**
     * The count a verb of change went to from n ("pasaron de 275 a 274", "fell from 1,208 to 810"), or null: the two
     * are of different times, the baseline's time ("respecto a 2023", "compared with last year") after the pair dates n,
     * and a time before the pair dates the count it went to, not the baseline between.
     */
    private NumberMention changedTo(SentenceAnalysis s, NumberMention n) {
        List<Token> t = s.tokens();
        if (!tally.ingest.extract.guard.Ranges.changeFrom(lex, t, n.start())) {
            return null;
        }
        int after = n.end();
        for (TimeMention m : s.times()) {
            if (m.start() >= n.end() && m.start() - n.end() <= 1 && m.end() > after) {
                after = m.end(); // "de 191 en el primer semestre de 2023 a 180": X's own time stands before "a"
            }
        }
        for (NumberMention other : s.numbers()) {
            if (other.start() > n.end() && other.start() - after <= CHANGED_TO_GAP && lex.rangeJoin.contains(t.get(other.start() - 1))
                    && !t.get(other.start() - 1).isPunct() && lex.conjunctions.at(t, other.start() - 1) == null) {
                return other;
            }
        }
        return null;
    }

    /**
     * The other count is a part of n in an aside between n and its verb ("1,082 Iraqis, 925 of them civilians, were
     * killed last month", "45 others, including 17 children, were wounded on Sunday"): no count of its own between n
     * and a time after the verb.
     */
    private boolean partAside(SentenceAnalysis s, NumberMention n, NumberMention other) {
        List<Token> t = s.tokens();
        if (other.start() < n.end() || other.value() >= n.value()) {
            return false;
        }
        if (lex.partOfThem.at(t, other.end()) != null && other.start() == n.end() + 1 + gapToComma(t, n.end())) {
            return true;
        }
        for (int i = n.end(); i < other.start(); i++) {
            PhraseTable.Match<Boolean> lead = lex.partsAside.at(t, i);
            if (lead != null && i > 0 && t.get(i - 1).is(",")) {
                return true;
            }
        }
        return false;
    }

    /** How many tokens after a count its noun phrase runs before a comma (at most a few words). */
    private static int gapToComma(List<Token> t, int from) {
        for (int i = from; i < Math.min(t.size(), from + 4); i++) {
            if (t.get(i).is(",")) {
                return i - from;
            }
        }
        return -100;
    }

    /**
     * A current stock or running total rather than an event: a present or perfect verb before the
     * count in its clause ("Colombia has 7.4 million displaced"), "now" after it, or an era
     * instead of a date ("during the dictatorship").
     */
    public boolean isCurrent(SentenceAnalysis s, int mentionStart, int linkEnd) {
        List<Token> t = s.tokens();
        for (int i = mentionStart - 1; i >= Math.max(0, mentionStart - CURRENT_LOOKBACK); i--) {
            if (t.get(i).isPunct() && !t.get(i).is("-") || lex.relativeOnly.contains(t.get(i))) {
                break; // "the states are Rivers which recorded 176 deaths": the relative clause has a verb of its own
            }
            if (lex.current.at(t, i) != null) {
                return true;
            }
        }
        for (int i = mentionStart; i < Math.min(t.size(), linkEnd); i++) {
            if (lex.currentAfter.contains(t.get(i))) {
                return true;
            }
        }
        for (int i = 0; i < t.size(); i++) {
            if (lex.era.contains(t.get(i)) && !s.startsTime(i) && !s.startsTime(i + 1) && erasNounFollows(t, i)) {
                return true;
            }
        }
        return false;
    }

    /** "during the dictatorship", not "during the clashes": an era noun within a few words. */
    private boolean erasNounFollows(List<Token> t, int i) {
        for (int k = i + 1; k < Math.min(t.size(), i + ERA_NOUN_REACH); k++) {
            if (lex.eraNouns.contains(t.get(k))) {
                return true;
            }
        }
        return false;
    }
}
