package tally.stats.consolidate;

/** A figure named by its id and its article's: what a weekly mention count is made of. */
public record FigureRef(String figureId, String articleId) {
}
