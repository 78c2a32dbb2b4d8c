package tally.ingest.clean;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import tally.ingest.read.LanguageTag;
import tally.ingest.read.PublicationDates;
import tally.ingest.read.RawArticle;
import tally.stats.json.Json;

/**
 * What a news page says about itself: title, publication date, outlet, canonical URL and
 * language, from its Open Graph tags, its canonical link and its JSON-LD {@code NewsArticle}
 * (schema.org, which news sites publish for search engines). Each is null when the page does not
 * say; the input's own fields and the command line's always win over the page.
 */
public record PageMetadata(String title, LocalDate published, String source, String url, String lang) {

    /** The article with what its input does not say (null fields) taken from its page. */
    public RawArticle fillIn(RawArticle raw) {
        return new RawArticle(raw.ref(), raw.published() != null ? raw.published() : published,
                raw.source() != null ? raw.source() : source, raw.url() != null ? raw.url() : url,
                raw.title() != null ? raw.title() : title, raw.lang() != null ? raw.lang() : lang,
                raw.body(), raw.html(), raw.origin(), raw.articleOnly(), raw.captured(), raw.dataset());
    }

    /** Reads the metadata; call it before scripts are removed, since JSON-LD lives in a script element. */
    static PageMetadata of(Document doc) {
        JsonNode article = jsonLdArticle(doc);
        return new PageMetadata(title(doc, article), published(doc, article), source(doc, article), url(doc, article),
                article == null ? null : language(article.get("inLanguage")));
    }

    private static String title(Document doc, JsonNode article) {
        String og = meta(doc, "meta[property=og:title]");
        if (og != null) {
            return og;
        }
        String headline = article == null ? null : text(article.get("headline"));
        if (headline != null) {
            return headline;
        }
        Element h1 = doc.selectFirst("h1");
        if (h1 != null && !h1.text().isBlank()) {
            return h1.text().strip();
        }
        return doc.title().isBlank() ? null : doc.title().strip();
    }

    /** JSON-LD's datePublished first (it is the article's own), then the tags pages have used for longer. */
    private static LocalDate published(Document doc, JsonNode article) {
        LocalDate declared = article == null ? null : PublicationDates.dayOf(text(article.get("datePublished")));
        if (declared != null) {
            return declared;
        }
        for (String selector : List.of("meta[property=article:published_time]", "meta[name=article:published_time]",
                "meta[itemprop=datePublished]", "meta[name=date]", "meta[name=pubdate]", "time[itemprop=datePublished]",
                "article time[datetime]", "time[datetime]")) {
            Element e = doc.selectFirst(selector);
            if (e != null) {
                LocalDate d = PublicationDates.dayOf(e.hasAttr("content") ? e.attr("content") : e.attr("datetime"));
                if (d != null) {
                    return d;
                }
            }
        }
        return null;
    }

    private static String source(Document doc, JsonNode article) {
        String site = meta(doc, "meta[property=og:site_name]");
        if (site != null || article == null) {
            return site;
        }
        JsonNode publisher = article.get("publisher");
        if (publisher != null && publisher.isArray()) {
            publisher = publisher.size() == 0 ? null : publisher.get(0);
        }
        return publisher == null ? null : publisher.isObject() ? text(publisher.get("name")) : text(publisher);
    }

    /** Only an absolute http(s) URL: a relative canonical link cannot be resolved without the page's own address. */
    private static String url(Document doc, JsonNode article) {
        Element canonical = doc.selectFirst("link[rel=canonical][href]");
        List<String> candidates = new ArrayList<>();
        candidates.add(canonical == null ? null : canonical.attr("href"));
        candidates.add(meta(doc, "meta[property=og:url]"));
        candidates.add(article == null ? null : text(article.get("url")));
        for (String c : candidates) {
            if (c != null && c.strip().toLowerCase(Locale.ROOT).matches("https?://[^\\s/]+.*")) {
                return c.strip();
            }
        }
        return null;
    }

    /** "en-US", "es", or {"@type":"Language","alternateName":"es"}; a language's name ("Spanish") is not a code and is left out. */
    private static String language(JsonNode inLanguage) {
        return LanguageTag.primary(text(inLanguage != null && inLanguage.isObject() ? inLanguage.get("alternateName") : inLanguage));
    }

    /**
     * The page's JSON-LD article: the first node, at the top, in an array or in an {@code @graph},
     * whose {@code @type} is an Article (NewsArticle, ReportageNewsArticle, ...). A publisher given
     * by {@code @id} is replaced by the graph's node of that id. Malformed JSON-LD is ignored.
     */
    private static JsonNode jsonLdArticle(Document doc) {
        List<JsonNode> nodes = new ArrayList<>();
        for (Element script : doc.select("script[type=application/ld+json]")) {
            try {
                JsonNode root = Json.MAPPER.readTree(script.data());
                collect(root, nodes);
            } catch (IOException e) {
                // A page's broken JSON-LD says nothing; the other metadata still counts.
            }
        }
        for (JsonNode node : nodes) {
            if (isArticle(node.get("@type"))) {
                JsonNode publisher = node.get("publisher");
                if (publisher != null && publisher.isObject() && publisher.get("name") == null && publisher.hasNonNull("@id")) {
                    String id = publisher.get("@id").asText();
                    for (JsonNode other : nodes) {
                        if (other.hasNonNull("name") && id.equals(text(other.get("@id")))) {
                            ((ObjectNode) node).set("publisher", other);
                        }
                    }
                }
                return node;
            }
        }
        return null;
    }

    private static void collect(JsonNode node, List<JsonNode> into) {
        if (node == null) {
            return;
        }
        if (node.isArray()) {
            node.forEach(n -> collect(n, into));
        } else if (node.isObject()) {
            into.add(node);
            collect(node.get("@graph"), into);
        }
    }

    private static boolean isArticle(JsonNode type) {
        if (type == null) {
            return false;
        }
        if (type.isArray()) {
            for (JsonNode t : type) {
                if (isArticle(t)) {
                    return true;
                }
            }
            return false;
        }
        return type.isTextual() && type.asText().endsWith("Article");
    }

    private static String meta(Document doc, String selector) {
        Element e = doc.selectFirst(selector);
        return e == null || e.attr("content").isBlank() ? null : e.attr("content").strip();
    }

    private static String text(JsonNode node) {
        return node == null || !node.isTextual() || node.asText().isBlank() ? null : node.asText().strip();
    }
}
