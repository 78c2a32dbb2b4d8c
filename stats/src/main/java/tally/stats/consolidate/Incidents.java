package tally.stats.consolidate;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import tally.stats.Basis;
import tally.stats.Period;

/**
 * One incident reported on several days or by several outlets is one event, as in UCDP's event
 * data. The incident reports of one series (metric, area, definition) are grouped in three steps,
 * each in a fixed order, so the events depend only on the set of reports, never on arrival order:
 *
 * <ol>
 *   <li>Reports dated to a few days (at most {@value #DAYS_APART} + 1) are taken in order of their
 *       first day, value and figure id, each joining the event (of those open) whose last report's
 *       first day is at most {@value #DAYS_APART} days before its own and whose values stay close
 *       (the largest at most half as much again as the smallest, plus two), the closest one in
 *       value, else starting an event.</li>
 *   <li>A report over a longer span ("72 migrants killed in August 2010", up to
 *       {@value #LONGEST_SPAN} days) is a report of the event of step 1 whose first day its span
 *       contains and whose reports' values stay close with its own, the closest in value (then the
 *       earliest); it leaves the event's key and days as they are.</li>
 *   <li>Spans that join no event are grouped among themselves as in step 1. A report over more
 *       than {@value #LONGEST_SPAN} days says too little of when the incident happened to join
 *       anything: it is an event of its own.</li>
 * </ol>
 *
 * Reports relate only when their days come within {@value #DAYS_APART} days of each other (a
 * span: of its whole period), so a change can only regroup the reports connected to it
 * ({@link IncidentLedger}).
 *
 * <p>An event's key is its first report's statistic with the event's days and the first report's
 * figure id ({@link StatisticKey}); its estimate is the consolidation of its reports.
 */
public final class Incidents {

    static final int DAYS_APART = 3;
    /** The longest period of a report that may join an event it contains: a year, leap or not. */
    static final int LONGEST_SPAN = 366;

    /** The order in which reports are grouped. */
    static final Comparator<IncidentReport> ORDER = Comparator.comparing((IncidentReport r) -> r.period().from())
            .thenComparingDouble(r -> r.report().value()).thenComparing(r -> r.report().figureId());

    private Incidents() {
    }

    /** One event: its key and its reports. */
    public record Event(StatisticKey key, List<Report> reports) {
    }

    /** Whether a report covers more days than one incident's reports are apart: it is placed in an event by its span. */
    static boolean isSpan(Period period) {
        return period.days() > DAYS_APART + 1;
    }

    /** Whether a report's period is too long to place it in an event: it stays one of its own. */
    static boolean isLone(Period period) {
        return period.days() > LONGEST_SPAN;
    }

    /** The events of one series' incident reports (any order). */
    public static List<Event> events(SeriesKey series, Collection<IncidentReport> reports) {
        List<IncidentReport> sorted = reports.stream().sorted(ORDER).toList();
        List<Group> dated = group(sorted.stream().filter(r -> !isSpan(r.period())).toList());
        List<IncidentReport> leftOver = new ArrayList<>();
        List<Group> lone = new ArrayList<>();
        for (IncidentReport r : sorted) {
            if (isLone(r.period())) {
                lone.add(new Group(r));
            } else if (isSpan(r.period())) {
                Group into = null;
                for (Group g : dated) {
                    if (g.contains(r) && (into == null || g.distance(r) < into.distance(r))) {
                        into = g;
                    }
                }
                if (into == null) {
                    leftOver.add(r);
                } else {
                    into.attach(r);
                }
            }
        }
        List<Event> events = new ArrayList<>();
        for (List<Group> groups : List.of(dated, group(leftOver), lone)) {
            groups.forEach(g -> events.add(g.event(series)));
        }
        return List.copyOf(events);
    }

    /** Reports in {@link #ORDER} grouped by step 1. */
    private static List<Group> group(List<IncidentReport> sorted) {
        List<Group> groups = new ArrayList<>();
        for (IncidentReport r : sorted) {
            Group into = null;
            for (Group g : groups) {
                if (g.accepts(r) && (into == null || g.distance(r) < into.distance(r))) {
                    into = g;
                }
            }
            if (into == null) {
                groups.add(new Group(r));
            } else {
                into.add(r);
            }
        }
        return groups;
    }

    /** Whether two values may be reports of one incident's count. */
    static boolean close(double low, double high) {
        return high <= low * 1.5 + 2;
    }

    private static final class Group {
        private final IncidentReport first;
        private final List<Report> reports = new ArrayList<>();
        private LocalDate lastDay;
        private LocalDate end;
        // The values of the reports grouped by their days: spans attached later are weighed against these only,
        // so that where one span goes never depends on another.
        private double low;
        private double high;

        Group(IncidentReport r) {
            first = r;
            lastDay = r.period().from();
            end = r.period().to();
            low = r.report().value();
            high = low;
            reports.add(r.report());
        }

        boolean accepts(IncidentReport r) {
            double v = r.report().value();
            return !r.period().from().isAfter(lastDay.plusDays(DAYS_APART)) && close(Math.min(low, v), Math.max(high, v));
        }

        /** Whether a span is a report of this event: it contains the event's first day, with a close value. */
        boolean contains(IncidentReport span) {
            LocalDate day = first.period().from();
            double v = span.report().value();
            return !day.isBefore(span.period().from()) && !day.isAfter(span.period().to())
                    && close(Math.min(low, v), Math.max(high, v));
        }

        double distance(IncidentReport r) {
            return Math.abs(first.report().value() - r.report().value());
        }

        void add(IncidentReport r) {
            reports.add(r.report());
            lastDay = r.period().from();
            end = end.isAfter(r.period().to()) ? end : r.period().to();
            low = Math.min(low, r.report().value());
            high = Math.max(high, r.report().value());
        }

        void attach(IncidentReport span) {
            reports.add(span.report());
        }

        Event event(SeriesKey series) {
            StatisticKey key = new StatisticKey(series.metric(), series.place(), series.subdivision(),
                    new Period(first.period().from(), end), Basis.TOTAL, series.kind(), series.definition(), first.report().figureId());
            return new Event(key, List.copyOf(reports));
        }
    }
}
