package tally.stats.consolidate;

import java.util.Map;
import java.util.TreeMap;

/** Figures per article for one (metric, place, week): the aggregate behind weekly mentions. */
public record MentionCounts(Map<String, Integer> figuresByArticle) {

    public MentionCounts {
        figuresByArticle = figuresByArticle == null ? Map.of() : Map.copyOf(figuresByArticle);
    }

    public static MentionCounts empty() {
        return new MentionCounts(Map.of());
    }

    public MentionCounts plus(String articleId) {
        Map<String, Integer> next = new TreeMap<>(figuresByArticle);
        next.merge(articleId, 1, Integer::sum);
        return new MentionCounts(next);
    }

    public MentionCounts minus(String articleId) {
        Map<String, Integer> next = new TreeMap<>(figuresByArticle);
        next.computeIfPresent(articleId, (k, n) -> n > 1 ? n - 1 : null);
        return new MentionCounts(next);
    }

    public int figures() {
        return figuresByArticle.values().stream().mapToInt(Integer::intValue).sum();
    }

    public int articles() {
        return figuresByArticle.size();
    }
}
