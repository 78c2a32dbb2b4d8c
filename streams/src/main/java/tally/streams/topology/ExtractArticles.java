package tally.streams.topology;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.header.Headers;
import org.apache.kafka.streams.processor.api.Processor;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.Record;
import tally.ingest.Extraction;
import tally.ingest.publish.ArticleLimits;
import tally.ingest.read.ArticleReader;
import tally.ingest.read.ArticleSink;
import tally.ingest.read.RawArticle;
import tally.stats.Dataset;

/**
 * Reads a raw-articles record as {@code ingest} reads a file (an HTML page, a text, a JSON object
 * as one JSON Lines line, a feed or a web archive), with what the record's headers say ({@value
 * #URL}, {@value #SOURCE}, {@value #PUBLISHED} as YYYY-MM-DD, {@value #LANG}, {@value #TITLE})
 * filling in what the content does not, and {@value #DATASET} naming the dataset of every article
 * in it (as {@code ingest --dataset}), and extracts each article's figures with the same
 * {@link Extraction} and the same limits. A record that gives no article, or an article ingest
 * would refuse, throws {@link UnreadableArticleException}: the dead-letter queue keeps the record
 * with the reason, and the articles before it in the same record are already on their way.
 */
final class ExtractArticles implements Processor<String, byte[], String, ExtractedArticle> {

    static final String URL = "url";
    static final String SOURCE = "source";
    static final String PUBLISHED = "published";
    static final String LANG = "lang";
    static final String TITLE = "title";
    static final String DATASET = "dataset";

    private final Extraction extraction = new Extraction();
    private ProcessorContext<String, ExtractedArticle> context;

    @Override
    public void init(ProcessorContext<String, ExtractedArticle> context) {
        this.context = context;
    }

    @Override
    public void process(Record<String, byte[]> record) {
        if (record.value() == null || record.value().length == 0) {
            throw new UnreadableArticleException("an empty record, not an article");
        }
        String origin = context.recordMetadata().map(m -> m.topic() + "/" + m.partition() + "@" + m.offset()).orElse("raw article");
        Headers headers = record.headers();
        LocalDate published;
        try {
            String day = header(headers, PUBLISHED);
            published = day == null ? null : LocalDate.parse(day.strip());
        } catch (DateTimeParseException e) {
            throw new UnreadableArticleException("header " + PUBLISHED + " '" + header(headers, PUBLISHED) + "' is not a date (YYYY-MM-DD)");
        }
        String dataset = header(headers, DATASET);
        if (dataset != null && !Dataset.valid(dataset)) {
            throw new UnreadableArticleException("header " + DATASET + " '" + dataset + "' is not a dataset name (lower-case letters, digits, '.', '_' or '-')");
        }
        List<RawArticle> read = new ArrayList<>();
        List<String> problems = new ArrayList<>();
        new ArticleReader(new ArticleReader.Defaults(published, header(headers, SOURCE), header(headers, LANG)))
                .readBytes(origin, "", record.value(), ArticleSink.of(read::add, problem -> problems.add(problem.toString())));
        for (RawArticle raw : read) {
            RawArticle given = raw.orElse(header(headers, URL), header(headers, TITLE));
            Extraction.Result result = extraction.process(dataset == null ? given : given.inDataset(dataset));
            if (result.problem() != null) {
                problems.add(raw.origin() + ": " + result.problem());
                continue;
            }
            var refusal = ArticleLimits.refusal(TallySerdes.CLEAN_ARTICLE.serializer().serialize(null, result.article()).length, result.figures().size());
            if (refusal.isPresent()) {
                problems.add(raw.origin() + ": " + refusal.get());
                continue;
            }
            context.forward(new Record<>(result.article().id(), new ExtractedArticle(result.article(), result.figures()), record.timestamp()));
        }
        if (!problems.isEmpty()) {
            throw new UnreadableArticleException(String.join("; ", problems));
        }
    }

    private static String header(Headers headers, String name) {
        Header h = headers.lastHeader(name);
        if (h == null || h.value() == null) {
            return null;
        }
        String v = new String(h.value(), StandardCharsets.UTF_8).strip();
        return v.isEmpty() ? null : v;
    }
}
