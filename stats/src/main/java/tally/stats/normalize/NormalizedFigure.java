package tally.stats.normalize;

import tally.stats.Figure;

/**
 * A figure with its rates: {@code perYear} is the count per year over its period (a total over
 * 2006-10..2012-09 divided by its 6 years; a yearly rate as is), null for periods shorter than a
 * quarter; {@code per100k} is that yearly rate per 100,000 inhabitants of the place in the period's
 * middle year, null without a place or population.
 */
public record NormalizedFigure(Figure figure, Double perYear, Double per100k) {
}
