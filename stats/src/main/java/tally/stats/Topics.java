package tally.stats;

import java.util.List;

/**
 * Every Kafka topic of Tally, named once (ingest shares the names; the Streams application binds
 * them to their serdes in {@code TallyTopics}). Keys are strings, values JSON documented in the README.
 */
public final class Topics {

    /** Cleaned articles, key = articleId, retained forever (reextract reads them back). */
    public static final String ARTICLES = "tally.articles";
    /**
     * Extracted figures, key = articleId (an article's figures stay in one partition and meet in one
     * task without a repartition), retained forever (replay reads them back).
     */
    public static final String FIGURES = "tally.figures";
    /** Figures that failed to parse or validate, with the reason in the headers and the original bytes. */
    public static final String FIGURES_DLQ = "tally.figures.dlq";
    /** Consolidated estimates, key = statistic (metric|area|from|to|basis|kind|definition[|event], {@code StatisticKey}), compacted. */
    public static final String ESTIMATES = "tally.estimates";
    /** Yearly series, key = category|metric|area|kind|definition|year ({@code PointKey}), compacted. */
    public static final String SERIES_YEARLY = "tally.series.yearly";
    /** Weekly mentions, key = metric|place|week start ({@code MentionKey}), compacted. */
    public static final String MENTIONS_WEEKLY = "tally.mentions.weekly";

    /**
     * What the feed watcher has seen, key = {@code page URL}, {@code content SHA-256} or {@code feed
     * URL} with its kind as prefix, compacted.
     */
    public static final String WATCH_SEEN = "tally.watch.seen";

    /** Topics kept forever. */
    public static final List<String> RETAINED = List.of(ARTICLES, FIGURES, FIGURES_DLQ);
    /** Topics that hold the latest state per key. */
    public static final List<String> COMPACTED = List.of(ESTIMATES, SERIES_YEARLY, MENTIONS_WEEKLY, WATCH_SEEN);

    private Topics() {
    }
}
