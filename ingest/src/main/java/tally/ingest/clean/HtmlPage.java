package tally.ingest.clean;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.Elements;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

/**
 * An HTML page parsed by jsoup into blocks, with the metadata pages publish about themselves
 * (title, publication date). When the page marks its article (an {@code <article>} element or
 * schema.org {@code articleBody}), only the largest such element is read.
 */
public record HtmlPage(String title, LocalDate published, List<Block> blocks) {

    private static final Set<String> BLOCK_TAGS = Set.of("p", "h1", "h2", "h3", "h4", "h5", "h6", "li", "blockquote",
            "pre", "td", "th", "dd", "dt", "figcaption", "caption", "div", "section", "article", "main", "header",
            "footer", "aside", "nav", "ul", "ol", "dl", "table", "tr", "tbody", "figure", "form", "address");
    private static final Set<String> CHROME_TAGS = Set.of("nav", "aside", "footer", "form", "header");
    private static final Set<String> CHROME_ROLES = Set.of("navigation", "complementary", "contentinfo", "banner", "search");
    private static final String DROPPED = "script, style, noscript, template, iframe, svg, canvas, button, select, "
            + "input, textarea, [hidden], [aria-hidden=true]";

    public static HtmlPage parse(String html) {
        Document doc = Jsoup.parse(html);
        doc.select(DROPPED).remove();
        Element root = articleRoot(doc);
        List<Block> blocks = new ArrayList<>();
        collect(root, blocks);
        return new HtmlPage(title(doc), published(doc), blocks);
    }

    private static Element articleRoot(Document doc) {
        Elements marked = doc.select("[itemprop=articleBody]");
        if (marked.isEmpty()) {
            marked = doc.select("article");
        }
        Element best = null;
        for (Element e : marked) {
            if (best == null || e.text().length() > best.text().length()) {
                best = e;
            }
        }
        return best != null && best.text().length() > 200 ? best : doc.body();
    }

    /**
     * Emits one block per run of inline content, in document order. The traversal is iterative
     * (jsoup's NodeTraversor), so deeply nested hostile markup cannot overflow the stack.
     */
    private static void collect(Element root, List<Block> blocks) {
        StringBuilder text = new StringBuilder();
        int[] linkChars = {0};
        NodeTraversor.traverse(new NodeVisitor() {
            @Override
            public void head(Node node, int depth) {
                if (node instanceof TextNode tn) {
                    String t = tn.text();
                    text.append(t);
                    if (insideLink(tn.parent(), root)) {
                        linkChars[0] += t.strip().length();
                    }
                } else if (node instanceof Element e) {
                    if (e.normalName().equals("br")) {
                        text.append(' ');
                    } else if (e != root && BLOCK_TAGS.contains(e.normalName())) {
                        flush(root, e.parent(), text, linkChars, blocks);
                    }
                }
            }

            @Override
            public void tail(Node node, int depth) {
                if (node instanceof Element e && e != root && BLOCK_TAGS.contains(e.normalName())) {
                    flush(root, e, text, linkChars, blocks);
                }
            }
        }, root);
        flush(root, root, text, linkChars, blocks);
    }

    private static void flush(Element root, Element where, StringBuilder text, int[] linkChars, List<Block> blocks) {
        String t = TextBlocks.collapse(text.toString());
        if (!t.isEmpty()) {
            double density = Math.min(1.0, linkChars[0] / (double) t.length());
            blocks.add(new Block(t, density, hasAncestor(where, Set.of("li")), isChrome(where, root)));
        }
        text.setLength(0);
        linkChars[0] = 0;
    }

    private static boolean insideLink(Node node, Element root) {
        for (Node n = node; n != null && n != root; n = n.parent()) {
            if (n instanceof Element e && e.normalName().equals("a")) {
                return true;
            }
        }
        return false;
    }

    private static boolean hasAncestor(Element el, Set<String> tags) {
        for (Element e = el; e != null; e = e.parent()) {
            if (tags.contains(e.normalName())) {
                return true;
            }
        }
        return false;
    }

    /** Inside an element HTML5 reserves for chrome, below the article root. */
    private static boolean isChrome(Element el, Element root) {
        for (Element e = el; e != null && e != root.parent(); e = e.parent()) {
            if (CHROME_TAGS.contains(e.normalName()) || CHROME_ROLES.contains(e.attr("role"))) {
                return true;
            }
        }
        return false;
    }

    private static String title(Document doc) {
        Element og = doc.selectFirst("meta[property=og:title]");
        if (og != null && !og.attr("content").isBlank()) {
            return og.attr("content").strip();
        }
        Element h1 = doc.selectFirst("h1");
        if (h1 != null && !h1.text().isBlank()) {
            return h1.text().strip();
        }
        return doc.title().isBlank() ? null : doc.title().strip();
    }

    private static LocalDate published(Document doc) {
        for (String selector : List.of("meta[property=article:published_time]", "meta[name=article:published_time]",
                "meta[itemprop=datePublished]", "meta[name=date]", "meta[name=pubdate]", "time[itemprop=datePublished]",
                "article time[datetime]", "time[datetime]")) {
            Element e = doc.selectFirst(selector);
            if (e != null) {
                LocalDate d = parseDate(e.hasAttr("content") ? e.attr("content") : e.attr("datetime"));
                if (d != null) {
                    return d;
                }
            }
        }
        return null;
    }

    static LocalDate parseDate(String value) {
        String v = value == null ? "" : value.strip();
        try {
            return v.length() > 10 ? OffsetDateTime.parse(v).toLocalDate() : LocalDate.parse(v);
        } catch (DateTimeParseException e) {
            try {
                return v.length() >= 10 ? LocalDate.parse(v.substring(0, 10)) : null;
            } catch (DateTimeParseException e2) {
                return null;
            }
        }
    }
}
