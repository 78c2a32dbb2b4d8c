package tally.streams.topology;

import tally.stats.Figure;
import tally.stats.Topics;
import tally.stats.consolidate.Estimate;
import tally.stats.consolidate.Mentions;
import tally.stats.consolidate.SeriesPoint;
import tally.streams.kafka.Topic;

/**
 * The topics the Streams application reads and writes, each bound once to the serdes of its keys
 * and values (names in {@link Topics}, which ingest shares). Keys are strings: the article id of a
 * figure, the statistic, point or week key of an output.
 */
public final class TallyTopics {

    /** Figures as ingest writes them, keyed by article id; refuses unknown schema versions. */
    public static final Topic<String, Figure> FIGURES = new Topic<>(Topics.FIGURES, TallySerdes.KEY, TallySerdes.FIGURE);
    /** Consolidated estimates by statistic ({@code StatisticKey}). */
    public static final Topic<String, Estimate> ESTIMATES = new Topic<>(Topics.ESTIMATES, TallySerdes.KEY, TallySerdes.ESTIMATE);
    /** Yearly series points by {@code PointKey}. */
    public static final Topic<String, SeriesPoint> SERIES_YEARLY = new Topic<>(Topics.SERIES_YEARLY, TallySerdes.KEY, TallySerdes.SERIES_POINT);
    /** Weekly mentions by {@code MentionKey}. */
    public static final Topic<String, Mentions> MENTIONS_WEEKLY = new Topic<>(Topics.MENTIONS_WEEKLY, TallySerdes.KEY, TallySerdes.MENTIONS);

    private TallyTopics() {
    }
}
