package tally.ingest.read;

import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * What an input is, from its name (without ".gz") and otherwise from its first bytes: the
 * extension decides where it is unambiguous (.jsonl, .html, .txt, .warc), XML is told apart by its
 * root element (a feed, a sitemap, an XHTML page), anything else by its content.
 */
enum InputFormat {
    JSON_LINES, HTML, TEXT, FEED, SITEMAP, WARC,
    /** XML of another kind under a feed's name (.xml, .rss, .atom): neither a feed nor a page. */
    OTHER_XML;

    static InputFormat of(String name, byte[] head) {
        if (name.endsWith(".jsonl") || name.endsWith(".ndjson") || name.endsWith(".json")) {
            return JSON_LINES;
        }
        if (name.endsWith(".warc") || name.endsWith(".wet") || startsWith(head, "WARC/")) {
            return WARC;
        }
        if (name.endsWith(".txt") || name.endsWith(".text")) {
            return TEXT;
        }
        String root = rootElement(head);
        if (root != null) {
            switch (root) {
                case "rss", "rdf:rdf", "feed" -> {
                    return FEED;
                }
                case "urlset", "sitemapindex" -> {
                    return SITEMAP;
                }
                case "html" -> {
                    return HTML;
                }
                default -> {
                    if (name.endsWith(".xml") || name.endsWith(".rss") || name.endsWith(".atom")) {
                        return OTHER_XML;
                    }
                }
            }
        }
        if (name.endsWith(".html") || name.endsWith(".htm") || name.endsWith(".xhtml")) {
            return HTML;
        }
        if (firstByte(head) == '{') {
            return JSON_LINES;
        }
        return looksLikeHtml(new String(head, StandardCharsets.UTF_8)) ? HTML : TEXT;
    }

    /** Whether a text is an HTML page rather than plain text (also for a JSON Lines "text" field). */
    static boolean looksLikeHtml(String text) {
        String head = text.substring(0, Math.min(text.length(), 4096)).toLowerCase(Locale.ROOT);
        return head.stripLeading().startsWith("<") && (head.contains("<html") || head.contains("<!doctype html")
                || head.contains("<body") || head.contains("<p>") || head.contains("<div") || head.contains("<article"));
    }

    /**
     * The name of the first element, lower case with its prefix ("rss", "rdf:rdf", "urlset"),
     * past the XML declaration, comments, processing instructions and a DOCTYPE; null when the
     * input does not start with markup or the head ends first.
     */
    static String rootElement(byte[] head) {
        String s = new String(head, StandardCharsets.UTF_8);
        int i = firstNonSpace(s, 0);
        while (i < s.length() && s.charAt(i) == '<') {
            int end;
            if (s.startsWith("<!--", i)) {
                end = s.indexOf("-->", i);
                end = end < 0 ? -1 : end + 3;
            } else if (s.startsWith("<?", i) || s.startsWith("<!", i)) {
                end = s.indexOf('>', i);
                end = end < 0 ? -1 : end + 1;
            } else {
                int j = i + 1;
                while (j < s.length() && !Character.isWhitespace(s.charAt(j)) && s.charAt(j) != '>' && s.charAt(j) != '/') {
                    j++;
                }
                return j < s.length() && j > i + 1 ? s.substring(i + 1, j).toLowerCase(Locale.ROOT) : null;
            }
            if (end < 0) {
                return null;
            }
            i = firstNonSpace(s, end);
        }
        return null;
    }

    private static int firstNonSpace(String s, int from) {
        int i = from;
        if (i == 0 && s.startsWith("\uFEFF")) {
            i = 1;
        }
        while (i < s.length() && Character.isWhitespace(s.charAt(i))) {
            i++;
        }
        return i;
    }

    private static int firstByte(byte[] head) {
        int i = skipBomAndWhiteSpace(head, head.length);
        return i < head.length ? head[i] : -1;
    }

    /** Where the content starts in the first {@code n} bytes: past a UTF-8 byte-order mark and white space. */
    static int skipBomAndWhiteSpace(byte[] bytes, int n) {
        int i = n >= 3 && bytes[0] == (byte) 0xEF && bytes[1] == (byte) 0xBB && bytes[2] == (byte) 0xBF ? 3 : 0;
        while (i < n && (bytes[i] == ' ' || bytes[i] == '\t' || bytes[i] == '\r' || bytes[i] == '\n')) {
            i++;
        }
        return i;
    }

    private static boolean startsWith(byte[] head, String prefix) {
        return new String(head, 0, Math.min(head.length, prefix.length()), StandardCharsets.ISO_8859_1).equals(prefix);
    }
}
