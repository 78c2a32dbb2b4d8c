package tally.ingest.read;

import com.rometools.rome.feed.synd.SyndContent;
import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.io.FeedException;
import com.rometools.rome.io.SyndFeedInput;
import com.rometools.rome.io.WireFeedInput;
import com.rometools.rome.io.XmlReader;
import com.rometools.rome.io.impl.XmlFixerReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Date;
import java.util.List;
import java.util.Locale;
import org.jdom2.Document;
import org.jdom2.Element;
import org.jdom2.JDOMException;

/**
 * The articles of an RSS (0.9x, 1.0, 2.0) or Atom feed, read with Rome: each item's link, title,
 * publication date and its whole text when the feed carries it ({@code content:encoded}, Atom
 * {@code content}). An item with only a summary ({@code description}, Atom {@code summary}) is
 * skipped with one line: a teaser published as an article would count its one number without
 * the article's context. The feed's title is the outlet and its language the articles' unless the
 * command line says otherwise.
 */
final class FeedArticles {

    /** The elements that date an item, most specific first: RSS 2.0, Dublin Core, Atom 1.0 and 0.3. */
    private static final List<String> DATE_ELEMENTS = List.of("pubDate", "date", "published", "issued", "updated", "modified");

    private final ArticleReader.Defaults defaults;

    FeedArticles(ArticleReader.Defaults defaults) {
        this.defaults = defaults;
    }

    void read(String origin, byte[] bytes, ArticleSink sink) {
        Document xml;
        SyndFeed feed;
        try {
            xml = parse(bytes);
            feed = new SyndFeedInput().build(xml);
        } catch (JDOMException | IOException | FeedException | IllegalArgumentException e) {
            String msg = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
            sink.problem(new InputProblem(origin, "not a feed Tally can read (" + msg.lines().findFirst().orElse("") + ")"));
            return;
        }
        List<SyndEntry> entries = feed.getEntries();
        if (entries.isEmpty()) {
            sink.problem(new InputProblem(origin, "a feed without items"));
            return;
        }
        List<Element> items = itemElements(xml);
        String source = defaults.source() != null ? defaults.source() : blankToNull(feed.getTitle());
        String lang = defaults.lang() != null ? defaults.lang() : LanguageTag.primary(feed.getLanguage());
        for (int i = 0; i < entries.size(); i++) {
            SyndEntry entry = entries.get(i);
            String itemOrigin = origin + ":item " + (i + 1);
            String link = blankToNull(entry.getLink());
            SyndContent content = wholeText(entry);
            if (content == null) {
                sink.skipped(new Skipped(itemOrigin, "only a summary in the feed, not the article"
                        + (link == null ? "" : " (" + link + ")") + "; not published", 1));
                continue;
            }
            // Rome keeps items in document order, so the i-th item element is this entry's (its date as written).
            Element item = items.size() == entries.size() ? items.get(i) : null;
            LocalDate published = published(item, entry);
            boolean html = content.getType() == null || !content.getType().toLowerCase(Locale.ROOT).matches("(text/)?plain|text");
            sink.article(new RawArticle(blankToNull(entry.getUri()), published != null ? published : defaults.published(), source,
                    link, blankToNull(entry.getTitle()), lang, content.getValue(), html, itemOrigin, true));
        }
    }

    /**
     * Parsed as Rome parses it (its XML healer for the HTML entities feeds are full of, its
     * hardened SAX builder: no DOCTYPE, no external entities), kept as a document so that each
     * item's date can be read as written.
     */
    private static Document parse(byte[] bytes) throws IOException, JDOMException {
        try (XmlReader reader = new XmlReader(new ByteArrayInputStream(bytes), true)) {
            return new WireFeedInput() {
                Document document() throws IOException, JDOMException {
                    return createSAXBuilder().build(new XmlFixerReader(reader));
                }
            }.document();
        }
    }

    /** The entry's full text: its longest content, or null when it has none (only a summary, or nothing). */
    private static SyndContent wholeText(SyndEntry entry) {
        SyndContent best = null;
        for (SyndContent c : entry.getContents()) {
            if (c.getValue() != null && !c.getValue().isBlank() && (best == null || c.getValue().length() > best.getValue().length())) {
                best = c;
            }
        }
        return best;
    }

    /**
     * The publisher's day, from the item's date as written (RFC 822 in RSS, W3C in Atom and Dublin
     * Core); Rome's parsed instant, on UTC's day, only when the text is in a form it alone reads
     * ("EST" zones).
     */
    private static LocalDate published(Element item, SyndEntry entry) {
        if (item != null) {
            for (String name : DATE_ELEMENTS) {
                for (Element child : item.getChildren()) {
                    if (child.getName().equals(name)) {
                        LocalDate day = PublicationDates.dayOf(child.getTextNormalize());
                        if (day != null) {
                            return day;
                        }
                    }
                }
            }
        }
        Date date = entry.getPublishedDate() != null ? entry.getPublishedDate() : entry.getUpdatedDate();
        return date == null ? null : date.toInstant().atOffset(ZoneOffset.UTC).toLocalDate();
    }

    /** The item elements in document order: RSS 2.0's channel/item, RSS 1.0's top-level item, Atom's entry. */
    private static List<Element> itemElements(Document xml) {
        Element root = xml.getRootElement();
        if (root.getName().equals("feed")) {
            return root.getChildren().stream().filter(e -> e.getName().equals("entry")).toList();
        }
        Element channel = root.getChildren().stream().filter(e -> e.getName().equals("channel")).findFirst().orElse(null);
        List<Element> items = root.getChildren().stream().filter(e -> e.getName().equals("item")).toList();
        return items.isEmpty() && channel != null ? channel.getChildren().stream().filter(e -> e.getName().equals("item")).toList() : items;
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
