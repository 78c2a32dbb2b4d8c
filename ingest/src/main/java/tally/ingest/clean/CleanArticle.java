package tally.ingest.clean;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.LocalDate;
import java.util.List;
import tally.stats.Dataset;
import tally.stats.Hashes;
import tally.stats.Span;

/**
 * An article with its page chrome removed: the text figures are read from and whose offsets they
 * cite. {@code id} is a content hash of {@code text}, so the same article fetched twice is the same
 * (within a dataset: the same text in another dataset is another article, so that withdrawing one
 * dataset never withdraws the other's copy).
 *
 * @param ref        the input's own id, if it had one
 * @param paragraphs the paragraph spans of {@code text}
 * @param warnings   what the reader noticed (no publication date, ...)
 * @param dataset    the dataset it belongs to ({@link Dataset}; written only when not {@value Dataset#DEFAULT})
 */
public record CleanArticle(
        String id,
        String ref,
        LocalDate published,
        String source,
        String url,
        String title,
        String lang,
        String text,
        List<Span> paragraphs,
        List<String> warnings,
        @JsonInclude(value = JsonInclude.Include.CUSTOM, valueFilter = Dataset.OmitDefault.class) String dataset) {

    public CleanArticle {
        paragraphs = List.copyOf(paragraphs);
        warnings = List.copyOf(warnings);
        dataset = Dataset.orDefault(dataset);
    }

    /** An article of the default dataset. */
    public CleanArticle(String id, String ref, LocalDate published, String source, String url, String title, String lang, String text,
                        List<Span> paragraphs, List<String> warnings) {
        this(id, ref, published, source, url, title, lang, text, paragraphs, warnings, Dataset.DEFAULT);
    }

    /** The article id of a cleaned text in the default dataset: the first 16 hex digits of its SHA-256. */
    public static String idOf(String text) {
        return Hashes.sha256(text, 16);
    }

    /** The article id of a cleaned text in a dataset; in the default one, the id it always had. */
    public static String idOf(String text, String dataset) {
        return Dataset.DEFAULT.equals(Dataset.orDefault(dataset)) ? idOf(text) : Hashes.sha256(dataset + "\n" + text, 16);
    }
}
