package tally.streams.topology;

import java.util.List;
import tally.ingest.clean.CleanArticle;
import tally.stats.Figure;

/** One article read from the raw-articles topic: its clean form and its figures, as ingest publishes them. */
record ExtractedArticle(CleanArticle article, List<Figure> figures) {
}
