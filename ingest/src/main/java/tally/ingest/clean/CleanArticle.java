package tally.ingest.clean;

import java.time.LocalDate;
import java.util.List;
import tally.stats.Hashes;
import tally.stats.Span;

/**
 * An article with its page chrome removed: the text figures are read from and whose offsets they
 * cite. {@code id} is a content hash of {@code text}, so the same article fetched twice is the same.
 *
 * @param ref        the input's own id, if it had one
 * @param paragraphs the paragraph spans of {@code text}
 * @param warnings   what the reader noticed (no publication date, ...)
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
        List<String> warnings) {

    public CleanArticle {
        paragraphs = List.copyOf(paragraphs);
        warnings = List.copyOf(warnings);
    }

    /** The article id of a cleaned text: the first 16 hex digits of its SHA-256. */
    public static String idOf(String text) {
        return Hashes.sha256(text, 16);
    }
}
