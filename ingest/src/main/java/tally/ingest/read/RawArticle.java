package tally.ingest.read;

import java.time.LocalDate;

/**
 * An article as read from its input, before cleaning.
 *
 * @param ref         the input's own id (a JSONL "id"), or null
 * @param body        the text or HTML as given
 * @param html        whether {@code body} is an HTML page
 * @param origin      where it came from, for messages ("batch.jsonl:12", "page.html")
 * @param articleOnly the body is the article's own text, as a feed or an upstream extractor gives it
 *                    (a JSONL "text" field): nothing is dropped as page chrome. A page, or a text
 *                    copy of one, goes through the boilerplate filter; its rules are for pages and
 *                    drop short, name-heavy news paragraphs ("MANILA — Police arrested 18,922 ...")
 */
public record RawArticle(String ref, LocalDate published, String source, String url, String title, String lang,
                         String body, boolean html, String origin, boolean articleOnly) {

    /** A page or a text copy of one, which may carry chrome. */
    public RawArticle(String ref, LocalDate published, String source, String url, String title, String lang,
                      String body, boolean html, String origin) {
        this(ref, published, source, url, title, lang, body, html, origin, false);
    }

    public RawArticle withLang(String language) {
        return new RawArticle(ref, published, source, url, title, language, body, html, origin, articleOnly);
    }
}
