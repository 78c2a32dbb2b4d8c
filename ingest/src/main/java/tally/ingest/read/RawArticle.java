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
 * @param captured    the day a crawler fetched the page (a web archive's WARC-Date), or null: the
 *                    publication date when neither the input nor the page gives one
 * @param dataset     the dataset the input names (a JSONL "dataset", a raw record's header), or null: the default
 */
public record RawArticle(String ref, LocalDate published, String source, String url, String title, String lang,
                         String body, boolean html, String origin, boolean articleOnly, LocalDate captured, String dataset) {

    /** An article whose input names no dataset. */
    public RawArticle(String ref, LocalDate published, String source, String url, String title, String lang,
                      String body, boolean html, String origin, boolean articleOnly, LocalDate captured) {
        this(ref, published, source, url, title, lang, body, html, origin, articleOnly, captured, null);
    }

    /** An article that was not captured by a crawler. */
    public RawArticle(String ref, LocalDate published, String source, String url, String title, String lang,
                      String body, boolean html, String origin, boolean articleOnly) {
        this(ref, published, source, url, title, lang, body, html, origin, articleOnly, null);
    }

    /** A page or a text copy of one, which may carry chrome. */
    public RawArticle(String ref, LocalDate published, String source, String url, String title, String lang,
                      String body, boolean html, String origin) {
        this(ref, published, source, url, title, lang, body, html, origin, false, null);
    }

    /** This article with a url and title from outside it (a record's headers, a redirect) where it gives none. */
    public RawArticle orElse(String givenUrl, String givenTitle) {
        return new RawArticle(ref, published, source, url != null ? url : givenUrl, title != null ? title : givenTitle, lang, body, html,
                origin, articleOnly, captured, dataset);
    }

    public RawArticle withLang(String language) {
        return new RawArticle(ref, published, source, url, title, language, body, html, origin, articleOnly, captured, dataset);
    }

    public RawArticle inDataset(String name) {
        return new RawArticle(ref, published, source, url, title, lang, body, html, origin, articleOnly, captured, name);
    }
}
