package tally.stats.consolidate;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import tally.stats.Period;

/**
 * Applies one incident report change at a time to a series' events ({@link Incidents}), each
 * report and each event its own store key, so no value grows with the reports behind it:
 *
 * <ul>
 *   <li>{@code reports}: {@code series|<day>\0figure\0} to a report dated to a few days, by its
 *       first day; {@code series|~<day>\0figure\0} to a report over a longer span ("in August
 *       2010"), by its first day (the spans sort after the dated reports of their series);</li>
 *   <li>{@code events}: {@code series|<first day>\0event\0} to the event's {@link Estimate}.</li>
 * </ul>
 *
 * A change regroups only the reports connected to it: the dated reports at most {@value
 * Incidents#DAYS_APART} days apart around it and the spans that come within {@value
 * Incidents#DAYS_APART} days of those, with the dated reports of the days these spans cover, and
 * so on. Reports outside never relate to one inside ({@link Incidents}), so the result equals
 * grouping all of the series' reports at once, whatever the order of the changes. The cost is the
 * number of connected reports: a run of days, or every report of the days a span covers (at most
 * {@value Incidents#LONGEST_SPAN}).
 */
public final class IncidentLedger {

    /** What follows a series' prefix in the keys of its spans: after every day of its dated reports. */
    private static final String SPANS = "~";

    private final SortedStore<IncidentReport> reports;
    private final SortedStore<Estimate> events;
    private final Consolidation consolidation;

    public IncidentLedger(SortedStore<IncidentReport> reports, SortedStore<Estimate> events, Consolidation consolidation) {
        this.reports = reports;
        this.events = events;
        this.consolidation = consolidation;
    }

    /**
     * What figure {@code figureId} now reports of the incident statistic {@code statistic} (its
     * area, kind, definition and days): {@code report}, or nothing (null, withdrawn).
     *
     * @return the events that changed (after a duplicate: the events connected to it), by statistic
     *         key (null: the event is gone), in key order
     */
    public Map<String, Estimate> apply(StatisticKey statistic, String figureId, Report report) {
        SeriesKey series = statistic.series();
        String dated = series.encode() + "|";
        String spans = dated + SPANS;
        Period period = statistic.period();
        String key = (Incidents.isSpan(period) ? spans : dated) + Ranked.key(period.from().toEpochDay(), LedgerKeys.part(figureId));
        IncidentReport before = reports.get(key);
        IncidentReport after = report == null ? null : new IncidentReport(period, report);
        Map<String, Estimate> changed = new TreeMap<>();
        if (Objects.equals(before, after)) {
            // A duplicate: nothing changes, but the events are given again, as ReportLedger's callers do,
            // in case a crash under at_least_once kept the store's change and lost the output.
            long[] days = connected(dated, spans, period);
            eventsIn(dated, days[0], days[1]).values().forEach(e -> changed.put(e.statistic(), e));
            return changed;
        }
        reports.put(key, after);
        // Computed after the change from the changed report's own days: whatever it connected before
        // (and a withdrawal may leave in two parts) came within DAYS_APART of those days.
        long[] days = connected(dated, spans, period);
        Map<String, Estimate> was = eventsIn(dated, days[0], days[1]);
        List<IncidentReport> connected = new ArrayList<>(reportsIn(dated, spans, days[0], days[1]));
        connected.addAll(reportsIn(spans, null, days[0], days[1]));
        for (Incidents.Event e : Incidents.events(series, connected)) {
            Estimate estimate = consolidation.estimate(e.key(), e.reports());
            String k = eventKey(e.key());
            Estimate stored = was.remove(k);
            if (!estimate.equals(stored)) {
                events.put(k, estimate);
                if (stored != null && !stored.statistic().equals(estimate.statistic())) {
                    changed.put(stored.statistic(), null); // the same first report, now with more days
                }
                changed.put(estimate.statistic(), estimate);
            }
        }
        was.forEach((k, gone) -> {
            events.put(k, null);
            changed.put(gone.statistic(), null);
        });
        return changed;
    }

    /** The key of an incident event ({@link StatisticKey#event} set) in the events store. */
    public static String eventKey(StatisticKey event) {
        return event.series().encode() + "|" + Ranked.key(event.period().from().toEpochDay(), LedgerKeys.part(event.event()));
    }

    /** The stored events whose first day is from {@code first} to {@code last}, by store key. */
    private Map<String, Estimate> eventsIn(String prefix, long first, long last) {
        Map<String, Estimate> found = new TreeMap<>();
        for (String k = events.higher(prefix, prefix + Ranked.key(first, "")); k != null && dayOf(k, prefix) <= last;
             k = events.higher(prefix, k)) {
            found.put(k, events.get(k));
        }
        return found;
    }

    /** The reports under {@code prefix} whose first day is from {@code first} to {@code last}, up to the keys under {@code stop}. */
    private List<IncidentReport> reportsIn(String prefix, String stop, long first, long last) {
        List<IncidentReport> found = new ArrayList<>();
        for (String k = reports.higher(prefix, prefix + Ranked.key(first, "")); k != null && !isUnder(k, stop) && dayOf(k, prefix) <= last;
             k = reports.higher(prefix, k)) {
            found.add(reports.get(k));
        }
        return found;
    }

    /**
     * The first and last day of the reports connected to a period (its first day only, for a report
     * too long to join anything): widened until no dated report outside starts within {@value
     * Incidents#DAYS_APART} days of it and no span outside comes within {@value Incidents#DAYS_APART} days.
     */
    private long[] connected(String dated, String spans, Period period) {
        long first = period.from().toEpochDay();
        long last = Incidents.isLone(period) ? first : period.to().toEpochDay();
        while (true) {
            long[] run = run(dated, spans, first, last);
            long[] covered = covering(spans, run[0], run[1]);
            if (covered[0] == first && covered[1] == last) {
                return covered;
            }
            first = covered[0];
            last = covered[1];
        }
    }

    /** Days widened to the dated reports starting at most {@value Incidents#DAYS_APART} days apart around them. */
    private long[] run(String dated, String spans, long from, long to) {
        long first = from;
        for (String k = reports.lower(dated, dated + Ranked.key(to + 1, "")); k != null && dayOf(k, dated) >= first - Incidents.DAYS_APART;
             k = reports.lower(dated, k)) {
            first = Math.min(first, dayOf(k, dated));
        }
        long last = to;
        for (String k = reports.higher(dated, dated + Ranked.key(from, "")); k != null && !isUnder(k, spans)
                && dayOf(k, dated) <= last + Incidents.DAYS_APART; k = reports.higher(dated, k)) {
            last = Math.max(last, dayOf(k, dated));
        }
        return new long[] {first, last};
    }

    /** Days widened to the spans (not too long to join) that come within {@value Incidents#DAYS_APART} days of them. */
    private long[] covering(String spans, long from, long to) {
        long first = from;
        long last = to;
        for (String k = reports.higher(spans, spans + Ranked.key(from - Incidents.DAYS_APART - Incidents.LONGEST_SPAN + 1, ""));
             k != null && dayOf(k, spans) <= last + Incidents.DAYS_APART; k = reports.higher(spans, k)) {
            Period p = reports.get(k).period();
            if (!Incidents.isLone(p) && p.to().toEpochDay() >= first - Incidents.DAYS_APART) {
                first = Math.min(first, p.from().toEpochDay());
                last = Math.max(last, p.to().toEpochDay());
            }
        }
        return new long[] {first, last};
    }

    private static boolean isUnder(String key, String prefix) {
        return prefix != null && key.startsWith(prefix);
    }

    private static long dayOf(String key, String prefix) {
        return (long) Ranked.value(key.substring(prefix.length()));
    }
}
