package tally.ingest.read;

import java.time.LocalDate;

/**
 * An article as read from its input, before cleaning.
 *
 * @param ref    the input's own id (a JSONL "id"), or null
 * @param body   the text or HTML as given
 * @param html   whether {@code body} is an HTML page
 * @param origin where it came from, for messages ("batch.jsonl:12", "page.html")
 */
public record RawArticle(String ref, LocalDate published, String source, String url, String title, String lang,
                         String body, boolean html, String origin) {
}
