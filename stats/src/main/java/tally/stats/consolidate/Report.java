package tally.stats.consolidate;

import java.time.LocalDate;
import tally.stats.Qualifier;
import tally.stats.normalize.NormalizedFigure;

/** One outlet's report of a statistic: a figure reduced to what consolidation weighs. */
public record Report(String figureId, String articleId, String source, double value, Qualifier qualifier,
                     LocalDate published) {

    public static Report of(NormalizedFigure n) {
        var f = n.figure();
        return new Report(f.id(), f.articleId(), f.source(), f.value(), f.qualifier(), f.published());
    }

    /** Who reported it: the outlet, or the article when the outlet is unknown. */
    public String reporter() {
        return source != null ? source : "article:" + articleId;
    }
}
