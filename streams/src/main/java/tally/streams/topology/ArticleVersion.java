package tally.streams.topology;

import java.util.Set;
import java.util.TreeSet;

/**
 * The extractor version whose figures count for an article, and those figures' ids; and the ids
 * of the figures of the version it replaced ({@code withdrawn}, their values in
 * {@code withdrawn-figures}), with the figure whose arrival withdrew them ({@code withdrawnBy}),
 * so that they are withdrawn again if that figure is processed again (after a crash under
 * at_least_once the withdrawals may have been lost while this record was not). Values written
 * before the two last fields existed read as none withdrawn.
 */
public record ArticleVersion(int version, Set<String> figureIds, Set<String> withdrawn, String withdrawnBy) {

    public ArticleVersion {
        figureIds = figureIds == null ? Set.of() : Set.copyOf(figureIds);
        withdrawn = withdrawn == null ? Set.of() : Set.copyOf(withdrawn);
    }

    /** The first figure of a version: nothing withdrawn. */
    static ArticleVersion of(int version, String figureId) {
        return new ArticleVersion(version, Set.of(figureId), null, null);
    }

    /** The first figure of a version that replaces {@code replaced}, whose figures it withdraws. */
    static ArticleVersion replacing(ArticleVersion replaced, int version, String figureId) {
        return new ArticleVersion(version, Set.of(figureId), replaced.figureIds(), figureId);
    }

    public ArticleVersion plus(String figureId) {
        Set<String> next = new TreeSet<>(figureIds);
        next.add(figureId);
        return new ArticleVersion(version, next, withdrawn, withdrawnBy);
    }
}
