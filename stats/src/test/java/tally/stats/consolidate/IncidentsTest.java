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

    @Test
    void theLedgerGivesTheBatchEventsInAnyOrderWithWithdrawals() {
        Random random = new Random(17);
        Map<String, Estimate> expected = new TreeMap<>();
        Incidents.events(TAMAULIPAS, reports()).forEach(e -> expected.put(e.key().encode(), consolidation.estimate(e.key(), e.reports())));
        for (int round = 0; round < 50; round++) {
            IncidentLedger ledger = new IncidentLedger(new MapStore<>(), new MapStore<>(), consolidation);
            Map<String, Estimate> out = new TreeMap<>();
            List<IncidentReport> order = new ArrayList<>(reports());
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
        }
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
