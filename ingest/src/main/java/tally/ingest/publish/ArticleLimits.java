package tally.ingest.publish;

import java.util.Locale;
import java.util.Optional;

/**
 * The most one article may be on Kafka (issue 21, item 2): an article is published whole, its
 * record and every figure, or refused whole with a reason, never its figures without it. A 20 MB
 * article used to be refused by Kafka while its 200,000 figures went through and slowed the
 * Streams application down for good.
 */
public final class ArticleLimits {

    /**
     * The largest article record, in bytes of JSON (its cleaned text, paragraph spans and fields):
     * under Kafka's default 1 MiB limit on a record (the producer's {@code max.request.size}, the
     * broker's {@code message.max.bytes}), with room for the record's key and framing.
     */
    public static final int MAX_ARTICLE_RECORD_BYTES = 1_000_000;

    /**
     * The most figures one article may yield: a long statistical report has a few hundred. The
     * application keeps the ids of an article's figures in one store value ({@code article-versions},
     * about 20 bytes each, with those of the version a re-extraction replaced), so this also bounds
     * that value (about 40 KB).
     */
    public static final int MAX_FIGURES = 1_000;

    private ArticleLimits() {
    }

    /** Why an article with a record of {@code recordBytes} and {@code figures} figures cannot be published, if it cannot. */
    public static Optional<String> refusal(int recordBytes, int figures) {
        if (recordBytes > MAX_ARTICLE_RECORD_BYTES) {
            return Optional.of(String.format(Locale.ROOT, "article too large to publish: its record is %,d bytes, the most is %,d "
                    + "(about that much cleaned text); neither it nor its %,d figure(s) published", recordBytes, MAX_ARTICLE_RECORD_BYTES, figures));
        }
        if (figures > MAX_FIGURES) {
            return Optional.of(String.format(Locale.ROOT, "article with too many figures to publish: %,d, the most is %,d; "
                    + "neither it nor its figures published", figures, MAX_FIGURES));
        }
        return Optional.empty();
    }
}
