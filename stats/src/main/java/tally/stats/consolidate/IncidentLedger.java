package tally.stats.consolidate;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * Applies one incident report change at a time to a series' events ({@link Incidents}), each
 * report and each event its own store key, so no value grows with the reports behind it:
 *
 * <ul>
 *   <li>{@code reports}: {@code series|<day>\0figure\0} to the {@link IncidentReport}, in order of day;</li>
 *   <li>{@code events}: {@code series|<first day>\0event\0} to the event's {@link Estimate}.</li>
 * </ul>
 *
 * A change regroups only the run of days around it (reports at most {@value Incidents#DAYS_APART}
 * days apart, before and after the change): events never span a longer gap, so the result equals
 * grouping all of the series' reports at once, whatever the order of the changes. The cost is the
 * number of reports in that run.
 */
public final class IncidentLedger {

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
     * @return the events that changed (after a duplicate: the events of its run), by statistic key
     *         (null: the event is gone), in key order
     */
    public Map<String, Estimate> apply(StatisticKey statistic, String figureId, Report report) {
        SeriesKey series = statistic.series();
        String prefix = series.encode() + "|";
        long day = statistic.period().from().toEpochDay();
        String key = prefix + Ranked.key(day, LedgerKeys.part(figureId));
        IncidentReport before = reports.get(key);
        IncidentReport after = report == null ? null : new IncidentReport(statistic.period(), report);
        long[] run = run(prefix, day);
        Map<String, Estimate> changed = new TreeMap<>();
        if (Objects.equals(before, after)) {
            // A duplicate: nothing changes, but the events are given again, as ReportLedger's callers do,
            // in case a crash under at_least_once kept the store's change and lost the output.
            eventsIn(prefix, run[0], run[1]).values().forEach(e -> changed.put(e.statistic(), e));
            return changed;
        }
        reports.put(key, after);
        long[] now = run(prefix, day);
        long first = Math.min(run[0], now[0]);
        long last = Math.max(run[1], now[1]);
        Map<String, Estimate> was = eventsIn(prefix, first, last);
        List<IncidentReport> inRun = new ArrayList<>();
        for (String k = reports.higher(prefix, prefix + Ranked.key(first, "")); k != null && dayOf(k, prefix) <= last;
             k = reports.higher(prefix, k)) {
            inRun.add(reports.get(k));
        }
        for (Incidents.Event e : Incidents.events(series, inRun)) {
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

    /** The first and last day of the run of reports (at most {@value Incidents#DAYS_APART} days apart) around {@code day}. */
    private long[] run(String prefix, long day) {
        long first = day;
        for (String k = reports.lower(prefix, prefix + Ranked.key(day + 1, "")); k != null && dayOf(k, prefix) >= first - Incidents.DAYS_APART;
             k = reports.lower(prefix, k)) {
            first = Math.min(first, dayOf(k, prefix));
        }
        long last = day;
        for (String k = reports.higher(prefix, prefix + Ranked.key(day, "")); k != null && dayOf(k, prefix) <= last + Incidents.DAYS_APART;
             k = reports.higher(prefix, k)) {
            last = Math.max(last, dayOf(k, prefix));
        }
        return new long[] {first, last};
    }

    private static long dayOf(String key, String prefix) {
        return (long) Ranked.value(key.substring(prefix.length()));
    }
}
