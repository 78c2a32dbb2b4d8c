package tally.streams.topology;

import java.util.Set;
import java.util.TreeSet;

/** The extractor version whose figures count for an article, and those figures' ids. */
public record ArticleVersion(int version, Set<String> figureIds) {

    public ArticleVersion {
        figureIds = figureIds == null ? Set.of() : Set.copyOf(figureIds);
    }

    public ArticleVersion plus(String figureId) {
        Set<String> next = new TreeSet<>(figureIds);
        next.add(figureId);
        return new ArticleVersion(version, next);
    }
}
