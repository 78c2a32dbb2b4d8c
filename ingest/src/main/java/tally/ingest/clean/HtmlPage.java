package tally.ingest.clean;

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
 * ({@link PageMetadata}). When the page marks its article (an {@code <article>} element or
 * schema.org {@code articleBody}), only the largest such element is read.
 */
public record HtmlPage(PageMetadata metadata, List<Block> blocks) {

    private static final Set<String> BLOCK_TAGS = Set.of("p", "h1", "h2", "h3", "h4", "h5", "h6", "li", "blockquote",
            "pre", "td", "th", "dd", "dt", "figcaption", "caption", "div", "section", "article", "main", "header",
            "footer", "aside", "nav", "ul", "ol", "dl", "table", "tr", "tbody", "figure", "form", "address");
    private static final Set<String> CHROME_TAGS = Set.of("nav", "aside", "footer", "form", "header");
    private static final Set<String> CHROME_ROLES = Set.of("navigation", "complementary", "contentinfo", "banner", "search");
    private static final String DROPPED = "script, style, noscript, template, iframe, svg, canvas, button, select, "
            + "input, textarea, [hidden], [aria-hidden=true]";

    /** Parses a page; invisible characters (zero-width, soft hyphens) are removed first, as from any text. */
    public static HtmlPage parse(String html) {
        Document doc = Jsoup.parse(InvisibleCharacters.strip(html));
        PageMetadata metadata = PageMetadata.of(doc); // before the scripts go: JSON-LD is one
        doc.select(DROPPED).remove();
        Element root = articleRoot(doc);
        List<Block> blocks = new ArrayList<>();
        collect(root, blocks);
        return new HtmlPage(metadata, blocks);
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
}
