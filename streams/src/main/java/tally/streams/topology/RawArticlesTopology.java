package tally.streams.topology;

import org.apache.kafka.streams.StreamsBuilder;
import org.apache.kafka.streams.kstream.KStream;
import org.apache.kafka.streams.kstream.Named;
import tally.ingest.clean.CleanArticle;
import tally.stats.Figure;
import tally.streams.kafka.Topic;

/**
 * Extraction inside the application: articles a crawler or a Kafka Connect source writes to
 * {@code tally.articles.raw} are cleaned and extracted ({@link ExtractArticles}) and written to
 * {@code tally.articles} and {@code tally.figures} keyed by article id, as {@code ingest} writes
 * them, in the same transaction as the raw record's offset under exactly-once. The figures then
 * arrive at validation like any others; a record that gives no article goes to the dead-letter
 * queue with its reason.
 */
public final class RawArticlesTopology {

    static final String SOURCE = "raw-articles-source";
    static final String EXTRACT = "extract-raw-articles";
    static final String ARTICLE = "article-of-raw";
    static final String FIGURES = "figures-of-raw";
    static final String ARTICLES_SINK = "raw-articles-to-articles";
    static final String FIGURES_SINK = "raw-articles-to-figures";

    private RawArticlesTopology() {
    }

    public static void extract(StreamsBuilder builder, Topic<String, byte[]> raw, Topic<String, CleanArticle> articles,
                               Topic<String, Figure> figures) {
        KStream<String, ExtractedArticle> extracted = builder.stream(raw.name(), raw.consumed(SOURCE))
                .process(ExtractArticles::new, Named.as(EXTRACT));
        extracted.mapValues(ExtractedArticle::article, Named.as(ARTICLE))
                .to(articles.name(), articles.produced(ARTICLES_SINK));
        extracted.flatMapValues(ExtractedArticle::figures, Named.as(FIGURES))
                .to(figures.name(), figures.produced(FIGURES_SINK));
    }
}
