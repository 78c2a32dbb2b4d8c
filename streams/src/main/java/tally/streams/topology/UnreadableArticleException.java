package tally.streams.topology;

/**
 * A record on the raw-articles topic that gave no article (not an article, an unsupported
 * language, too large to publish); Kafka Streams' dead-letter queue keeps it with this reason.
 */
public final class UnreadableArticleException extends RuntimeException {

    public UnreadableArticleException(String reason) {
        super(reason);
    }
}
