package tally.stats.consolidate;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import tally.stats.Basis;
import tally.stats.Definition;
import tally.stats.Kind;
import tally.stats.Metric;
import tally.stats.Period;
import tally.stats.Qualifier;
import tally.stats.normalize.Normalization;
import tally.stats.normalize.Population;

/** One incident reported on several days is one event, however the reports arrive. */
class IncidentsTest {

    private static final SeriesKey TAMAULIPAS = new SeriesKey(Metric.DEATHS, "MX", "MX-TAM", Kind.INCIDENT, Definition.UNSPECIFIED);
    private final Consolidation consolidation = new Consolidation(new Normalization(Population.shipped()));

    private static IncidentReport report(String id, String source, double value, Qualifier q, LocalDate day) {
        return new IncidentReport(Period.day(day), new Report(id, "a-" + id, source, value, q, day));
    }

    /** A report of an incident over a span of days ("72 migrants killed in August 2010"), published at its end. */
    private static IncidentReport span(String id, String source, double value, LocalDate from, LocalDate to) {
        return new IncidentReport(new Period(from, to), new Report(id, "a-" + id, source, value, Qualifier.EXACT, to));
    }

    private static StatisticKey statistic(IncidentReport r) {
        return new StatisticKey(TAMAULIPAS.metric(), TAMAULIPAS.place(), TAMAULIPAS.subdivision(), r.period(), Basis.TOTAL,
                Kind.INCIDENT, TAMAULIPAS.definition(), null);
    }

    /** The massacre of 72 migrants, reported over four days, and two other killings nearby. */
    private static List<IncidentReport> reports() {
        LocalDate day = LocalDate.of(2010, 8, 25);
        return List.of(report("f1", "A", 72, Qualifier.EXACT, day), report("f2", "B", 72, Qualifier.EXACT, day.plusDays(1)),
                report("f3", "C", 73, Qualifier.APPROXIMATELY, day.plusDays(2)), report("f4", "A", 72, Qualifier.AT_LEAST, day.plusDays(3)),
                report("f5", "D", 14, Qualifier.EXACT, day.plusDays(1)), report("f6", "E", 72, Qualifier.EXACT, day.plusDays(30)));
    }

    @Test
    void fourReportsOnFourDaysAreOneEvent() {
        List<Incidents.Event> events = Incidents.events(TAMAULIPAS, reports());
        assertEquals(3, events.size(), "the massacre, 14 killed the same week (not a close value), 72 a month later (too far)");
        Incidents.Event massacre = events.get(0);
        assertEquals(List.of("f1", "f2", "f3", "f4"), massacre.reports().stream().map(Report::figureId).toList());
        assertEquals("deaths|MX-TAM|2010-08-25|2010-08-28|total|incident|unspecified|f1", massacre.key().encode());
        Estimate e = consolidation.estimate(massacre.key(), massacre.reports());
        assertEquals(72, e.best());
        assertEquals(72, e.low());
        assertEquals(73, e.high());
        assertEquals(3, e.sources());
    }

    /**
     * The same reports and reports over longer spans: the month of the massacre, a week, a whole
     * year, two years, and a month with no report dated in it.
     */
    private static List<IncidentReport> withSpans() {
        List<IncidentReport> all = new ArrayList<>(reports());
        all.add(span("s1", "F", 72, LocalDate.of(2010, 8, 1), LocalDate.of(2010, 8, 31)));
        all.add(span("s2", "G", 15, LocalDate.of(2010, 8, 1), LocalDate.of(2010, 8, 31)));
        all.add(span("s3", "H", 30, LocalDate.of(2010, 10, 1), LocalDate.of(2010, 10, 31)));
        all.add(span("s4", "I", 31, LocalDate.of(2010, 10, 3), LocalDate.of(2010, 10, 9)));
        all.add(span("s5", "J", 72, LocalDate.of(2009, 1, 1), LocalDate.of(2010, 12, 31)));
        all.add(span("s6", "K", 72, LocalDate.of(2010, 1, 1), LocalDate.of(2010, 12, 31)));
        return all;
    }

    @Test
    void aReportOverAMonthOrAYearIsAReportOfTheEventWhoseDayItContains() {
        List<Incidents.Event> events = Incidents.events(TAMAULIPAS, withSpans());
        Map<String, List<String>> figures = new TreeMap<>();
        events.forEach(e -> figures.put(e.key().encode(), e.reports().stream().map(Report::figureId).toList()));
        assertEquals(Map.of(
                // "72 killed in August 2010" and "in 2010" join the massacre: its key and days stay those of its dated reports.
                // "In 2010" also contains the 72 of September 24: as close, it goes to the earlier event.
                "deaths|MX-TAM|2010-08-25|2010-08-28|total|incident|unspecified|f1", List.of("f1", "f2", "f3", "f4", "s6", "s1"),
                "deaths|MX-TAM|2010-08-26|2010-08-26|total|incident|unspecified|f5", List.of("f5", "s2"),
                "deaths|MX-TAM|2010-09-24|2010-09-24|total|incident|unspecified|f6", List.of("f6"),
                // October has no dated report: its two spans, three days apart and close, are one event.
                "deaths|MX-TAM|2010-10-01|2010-10-31|total|incident|unspecified|s3", List.of("s3", "s4"),
                // Two years say too little of when: an event of its own.
                "deaths|MX-TAM|2009-01-01|2010-12-31|total|incident|unspecified|s5", List.of("s5")), figures);
        Incidents.Event massacre = events.get(0);
        assertEquals(5, consolidation.estimate(massacre.key(), massacre.reports()).sources());
        List<IncidentReport> shuffled = new ArrayList<>(withSpans());
        Collections.shuffle(shuffled, new Random(3));
        assertEquals(events, Incidents.events(TAMAULIPAS, shuffled));
    }

    @Test
    void theLedgerGivesTheBatchEventsInAnyOrderWithWithdrawals() {
        theLedgerGivesTheBatchEvents(reports());
    }

    @Test
    void theLedgerGivesTheBatchEventsWithSpansInAnyOrderWithWithdrawals() {
        theLedgerGivesTheBatchEvents(withSpans());
    }

    private void theLedgerGivesTheBatchEvents(List<IncidentReport> reports) {
        Random random = new Random(17);
        Map<String, Estimate> expected = batch(reports);
        for (int round = 0; round < 50; round++) {
            IncidentLedger ledger = new IncidentLedger(new MapStore<>(), new MapStore<>(), consolidation);
            Map<String, Estimate> out = new TreeMap<>();
            List<IncidentReport> order = new ArrayList<>(reports);
            Collections.shuffle(order, random);
            // A report withdrawn and sent again, and one sent twice, change nothing in the end.
            IncidentReport again = order.get(random.nextInt(order.size()));
            order.add(random.nextInt(order.size()), again);
            for (int i = 0; i < order.size(); i++) {
                IncidentReport r = order.get(i);
                apply(ledger, out, r, r.report());
                if (i == 2) {
                    apply(ledger, out, r, null);
                    apply(ledger, out, r, r.report());
                }
            }
            assertEquals(expected.keySet(), out.keySet(), "round " + round + " " + order.stream().map(r -> r.report().figureId()).toList());
            assertEquals(expected, out, "round " + round);
            // Withdrawn for good, a report may leave the reports it connected in two parts.
            IncidentReport gone = order.get(random.nextInt(order.size()));
            apply(ledger, out, gone, null);
            List<IncidentReport> rest = new ArrayList<>(reports);
            rest.remove(gone);
            assertEquals(batch(rest), out, "round " + round + " without " + gone.report().figureId());
        }
    }

    private Map<String, Estimate> batch(List<IncidentReport> reports) {
        Map<String, Estimate> events = new TreeMap<>();
        Incidents.events(TAMAULIPAS, reports).forEach(e -> events.put(e.key().encode(), consolidation.estimate(e.key(), e.reports())));
        return events;
    }

    private static void apply(IncidentLedger ledger, Map<String, Estimate> out, IncidentReport r, Report report) {
        ledger.apply(statistic(r), r.report().figureId(), report).forEach((k, v) -> {
            if (v == null) {
                out.remove(k);
            } else {
                out.put(k, v);
            }
        });
    }
}
