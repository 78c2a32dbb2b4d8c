package tally.streams.topology;

import tally.stats.normalize.NormalizedFigure;

/**
 * A figure that starts, stops or goes on counting: {@code before} is what counted for its id
 * until now (null if nothing), {@code after} what counts from now on (null when withdrawn by a
 * newer extraction). Downstream stages subtract {@code before} and add {@code after}.
 */
record FigureChange(NormalizedFigure before, NormalizedFigure after) {
}
