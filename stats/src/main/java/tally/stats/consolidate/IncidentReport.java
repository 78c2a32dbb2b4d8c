package tally.stats.consolidate;

import tally.stats.Period;

/** One figure's report of an incident, with the days it gives the incident ({@link Incidents}). */
public record IncidentReport(Period period, Report report) {
}
