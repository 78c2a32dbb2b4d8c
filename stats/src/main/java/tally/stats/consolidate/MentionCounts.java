package tally.stats.consolidate;

import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The figures of each article for one (metric, place, week): the aggregate behind weekly mentions.
 * Kept as sets of figure ids, not counters, so that applying the same figure twice (a record
 * replayed after a crash under at_least_once) changes nothing.
 */
public record MentionCounts(Map<String, Set<String>> figuresByArticle) {

    public MentionCounts {
        Map<String, Set<String>> copy = new TreeMap<>();
        if (figuresByArticle != null) {
            figuresByArticle.forEach((article, ids) -> copy.put(article, Set.copyOf(ids)));
        }
        figuresByArticle = Map.copyOf(copy);
    }

    public static MentionCounts empty() {
        return new MentionCounts(Map.of());
    }

    public MentionCounts plus(FigureRef f) {
        Map<String, Set<String>> next = new TreeMap<>(figuresByArticle);
        Set<String> ids = new TreeSet<>(next.getOrDefault(f.articleId(), Set.of()));
        ids.add(f.figureId());
        next.put(f.articleId(), ids);
        return new MentionCounts(next);
    }

    public MentionCounts minus(FigureRef f) {
        Map<String, Set<String>> next = new TreeMap<>(figuresByArticle);
        Set<String> ids = new TreeSet<>(next.getOrDefault(f.articleId(), Set.of()));
        ids.remove(f.figureId());
        if (ids.isEmpty()) {
            next.remove(f.articleId());
        } else {
            next.put(f.articleId(), ids);
        }
        return new MentionCounts(next);
    }

    public int figures() {
        return figuresByArticle.values().stream().mapToInt(Set::size).sum();
    }

    public int articles() {
        return figuresByArticle.size();
    }
}
