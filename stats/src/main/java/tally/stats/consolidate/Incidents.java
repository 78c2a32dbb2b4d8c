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
 * data: the incident reports of one series (metric, area, definition) are grouped, in order of
 * their day, value and figure id, each joining the event (of those open) whose last day is at
 * most {@value #DAYS_APART} days before its own and whose values stay close (the largest at most
 * half as much again as the smallest, plus two), the closest one in value, else starting an event.
 * The order is fixed, so the events depend only on the set of reports, never on arrival order.
 * No event spans a gap of more than {@value #DAYS_APART} days without reports, so a change can only
 * regroup the reports of its own run of days ({@link IncidentLedger}).
 *
 * <p>An event's key is its first report's statistic with the event's days and the first report's
 * figure id ({@link StatisticKey}); its estimate is the consolidation of its reports.
 */
public final class Incidents {

    static final int DAYS_APART = 3;

    /** The order in which reports are grouped. */
    static final Comparator<IncidentReport> ORDER = Comparator.comparing((IncidentReport r) -> r.period().from())
            .thenComparingDouble(r -> r.report().value()).thenComparing(r -> r.report().figureId());

    private Incidents() {
    }

    /** One event: its key and its reports. */
    public record Event(StatisticKey key, List<Report> reports) {
    }

    /** The events of one series' incident reports (any order). */
    public static List<Event> events(SeriesKey series, Collection<IncidentReport> reports) {
        List<Group> groups = new ArrayList<>();
        for (IncidentReport r : reports.stream().sorted(ORDER).toList()) {
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
        return groups.stream().map(g -> g.event(series)).toList();
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

        Event event(SeriesKey series) {
            StatisticKey key = new StatisticKey(series.metric(), series.place(), series.subdivision(),
                    new Period(first.period().from(), end), Basis.TOTAL, series.kind(), series.definition(), first.report().figureId());
            return new Event(key, List.copyOf(reports));
        }
    }
}
