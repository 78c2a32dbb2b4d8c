package tally.streams.topology;

import tally.ingest.clean.CleanArticle;
import tally.stats.Figure;
import tally.stats.TallyEnvironment;
import tally.stats.consolidate.Estimate;
import tally.stats.consolidate.Mentions;
import tally.stats.consolidate.SeriesPoint;
import tally.streams.kafka.Topic;

/**
 * The topics the Streams application reads and writes in one environment, each bound once to the
 * serdes of its keys and values (names from {@link TallyEnvironment}, which ingest shares). Keys
 * are strings: the article id of a figure, the statistic, point or week key of an output.
 */
public record TallyTopics(TallyEnvironment environment) {

    /** The topics of the default environment ({@code tally.*}). */
    public static final TallyTopics DEFAULT = new TallyTopics(TallyEnvironment.DEFAULT);

    /** Articles as crawlers and Kafka Connect sources write them: any key, the article's bytes as they were fetched. */
    public Topic<String, byte[]> articlesRaw() {
        return new Topic<>(environment.articlesRaw(), TallySerdes.KEY, org.apache.kafka.common.serialization.Serdes.ByteArray());
    }

    /** Cleaned articles as ingest writes them, keyed by article id. */
    public Topic<String, CleanArticle> articles() {
        return new Topic<>(environment.articles(), TallySerdes.KEY, TallySerdes.CLEAN_ARTICLE);
    }

    /** Figures as ingest writes them, keyed by article id; refuses unknown schema versions. */
    public Topic<String, Figure> figures() {
        return new Topic<>(environment.figures(), TallySerdes.KEY, TallySerdes.FIGURE);
    }

    /** Consolidated estimates by statistic ({@code StatisticKey}). */
    public Topic<String, Estimate> estimates() {
        return new Topic<>(environment.estimates(), TallySerdes.KEY, TallySerdes.ESTIMATE);
    }

    /** Yearly series points by {@code PointKey}. */
    public Topic<String, SeriesPoint> seriesYearly() {
        return new Topic<>(environment.seriesYearly(), TallySerdes.KEY, TallySerdes.SERIES_POINT);
    }

    /** Weekly mentions by {@code MentionKey}. */
    public Topic<String, Mentions> mentionsWeekly() {
        return new Topic<>(environment.mentionsWeekly(), TallySerdes.KEY, TallySerdes.MENTIONS);
    }
}
