package tally.stats;

import java.util.List;
import java.util.regex.Pattern;

/**
 * One Tally deployment on a Kafka cluster: the name of every topic, and the Streams application
 * id, from which Kafka Streams names the consumer group, the internal topics, the transactional
 * ids and the client ids. Everything that reads or writes a topic gets its name here, so staging
 * and production can share a cluster ({@code --topic-prefix staging.} makes
 * {@code staging.tally.figures} and the application {@code staging.tally-streams}), and one
 * prefixed ACL ({@code staging.}) covers all of it. The default, no prefix, is the names Tally has
 * always used, so existing data stays readable. Keys are strings, values JSON documented in the README.
 *
 * @param topicPrefix   put in front of every topic name and of the default application id; "" for none
 * @param applicationId the Kafka Streams application id
 */
public record TallyEnvironment(String topicPrefix, String applicationId) {

    /** The characters Kafka allows in a topic name, which the application id also prefixes. */
    private static final Pattern LEGAL = Pattern.compile("[A-Za-z0-9._-]*");
    /** Kafka's limit on a topic name (249) less room for the longest name Streams derives from the application id. */
    private static final int MAX_LENGTH = 100;

    /** No prefix: the topics {@code tally.*} and the application {@code tally-streams} (after the checks it uses). */
    public static final TallyEnvironment DEFAULT = new TallyEnvironment("", "tally-streams");

    public TallyEnvironment {
        requireLegal(topicPrefix, "topic prefix");
        requireLegal(applicationId, "application id");
        if (applicationId.isEmpty()) {
            throw new IllegalArgumentException("the application id is empty");
        }
    }

    /**
     * The environment of a prefix and an application id as given (null when not): without an
     * application id it is the prefix and {@code tally-streams}, so that a prefix alone already
     * keeps two environments apart.
     */
    public static TallyEnvironment of(String topicPrefix, String applicationId) {
        String prefix = topicPrefix == null ? "" : topicPrefix;
        return new TallyEnvironment(prefix, applicationId == null ? prefix + DEFAULT.applicationId : applicationId);
    }

    /** Why {@code value} cannot be a topic prefix or application id, or null when it can. */
    public static String problem(String value) {
        if (!LEGAL.matcher(value).matches()) {
            return "'" + value + "' may hold only letters, digits, '.', '_' and '-'";
        }
        return value.length() > MAX_LENGTH ? "'" + value + "' is longer than " + MAX_LENGTH + " characters" : null;
    }

    private static void requireLegal(String value, String what) {
        String problem = problem(value);
        if (problem != null) {
            throw new IllegalArgumentException("the " + what + " " + problem);
        }
    }

    /** Cleaned articles, key = articleId, retained forever (reextract reads them back). */
    public String articles() {
        return topicPrefix + "tally.articles";
    }

    /**
     * Extracted figures, key = articleId (an article's figures stay in one partition and meet in one
     * task without a repartition), retained forever (replay reads them back).
     */
    public String figures() {
        return topicPrefix + "tally.figures";
    }

    /** Figures that failed to parse or validate, with the reason in the headers and the original bytes. */
    public String figuresDlq() {
        return topicPrefix + "tally.figures.dlq";
    }

    /** Consolidated estimates, key = statistic (metric|area|from|to|basis|kind|definition[|event], {@code StatisticKey}), compacted. */
    public String estimates() {
        return topicPrefix + "tally.estimates";
    }

    /** Yearly series, key = category|metric|area|kind|definition|year ({@code PointKey}), compacted. */
    public String seriesYearly() {
        return topicPrefix + "tally.series.yearly";
    }

    /** Weekly mentions, key = metric|place|week start ({@code MentionKey}), compacted. */
    public String mentionsWeekly() {
        return topicPrefix + "tally.mentions.weekly";
    }

    /**
     * Articles as a crawler or a Kafka Connect source writes them (HTML, text, or a JSON object as
     * ingest reads a JSON Lines line), which the Streams application cleans and extracts; kept for
     * the broker's default retention (they are on {@link #articles()} for good once read).
     */
    public String articlesRaw() {
        return topicPrefix + "tally.articles.raw";
    }

    /**
     * What the feed watcher has seen, key = {@code page URL}, {@code content SHA-256} or {@code feed
     * URL} with its kind as prefix, compacted.
     */
    public String watchSeen() {
        return topicPrefix + "tally.watch.seen";
    }

    /** Topics kept forever. */
    public List<String> retained() {
        return List.of(articles(), figures(), figuresDlq());
    }

    /** Topics other systems write for Tally to read, kept for the broker's default retention. */
    public List<String> inbound() {
        return List.of(articlesRaw());
    }

    /** Topics that hold the latest state per key. */
    public List<String> compacted() {
        return List.of(estimates(), seriesYearly(), mentionsWeekly(), watchSeen());
    }

    /**
     * The topics whose records the HTTP server follows for its metrics, live updates and alerts:
     * all but the raw articles (whole pages, read only by the Streams application) and the
     * watcher's bookkeeping.
     */
    public List<String> served() {
        return List.of(articles(), figures(), figuresDlq(), estimates(), seriesYearly(), mentionsWeekly());
    }

    /** Every topic of Tally (Streams' internal topics apart, which begin with the application id). */
    public List<String> all() {
        return List.of(articles(), figures(), figuresDlq(), estimates(), seriesYearly(), mentionsWeekly(), watchSeen(), articlesRaw());
    }
}
