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
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Locale;
import org.jdom2.Document;
import org.jdom2.Element;
import org.jdom2.JDOMException;

/**
 * An RSS (0.9x, 1.0, 2.0) or Atom feed as Rome reads it: its title and language, and each item's
 * id, link, title, publication date and whole text when the feed carries it ({@code
 * content:encoded}, Atom {@code content}). Files ({@link FeedArticles}) and the feed watcher read
 * feeds through it.
 *
 * @param title the feed's title (the outlet), or null
 * @param lang  the feed's language tag, or null
 */
public record Feed(String title, String lang, List<Item> items) {

    /** The elements that date an item, most specific first: RSS 2.0, Dublin Core, Atom 1.0 and 0.3. */
    private static final List<String> DATE_ELEMENTS = List.of("pubDate", "date", "published", "issued", "updated", "modified");

    /**
     * One item.
     *
     * @param text the item's whole article, or null when the feed gives only a summary (or nothing)
     * @param html whether {@code text} is HTML
     */
    public record Item(String uri, String link, String title, LocalDate published, String text, boolean html) {
    }

    /** A feed Tally cannot read, with Rome's reason in one line. */
    public static final class NotAFeed extends Exception {
        NotAFeed(String reason) {
            super(reason);
        }
    }

    public static Feed parse(byte[] bytes) throws NotAFeed {
        Document xml;
        SyndFeed feed;
        try {
            xml = document(bytes);
            feed = new SyndFeedInput().build(xml);
        } catch (JDOMException | IOException | FeedException | IllegalArgumentException e) {
            String msg = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
            throw new NotAFeed(msg.lines().findFirst().orElse(""));
        }
        List<SyndEntry> entries = feed.getEntries();
        List<Element> elements = itemElements(xml);
        List<Item> items = new ArrayList<>(entries.size());
        for (int i = 0; i < entries.size(); i++) {
            SyndEntry entry = entries.get(i);
            // Rome keeps items in document order, so the i-th item element is this entry's (its date as written).
            Element element = elements.size() == entries.size() ? elements.get(i) : null;
            SyndContent content = wholeText(entry);
            boolean html = content == null || content.getType() == null
                    || !content.getType().toLowerCase(Locale.ROOT).matches("(text/)?plain|text");
            items.add(new Item(blankToNull(entry.getUri()), blankToNull(entry.getLink()), blankToNull(entry.getTitle()),
                    published(element, entry), content == null ? null : content.getValue(), html));
        }
        return new Feed(blankToNull(feed.getTitle()), LanguageTag.primary(feed.getLanguage()), items);
    }

    /**
     * Parsed as Rome parses it (its XML healer for the HTML entities feeds are full of, its
     * hardened SAX builder: no DOCTYPE, no external entities), kept as a document so that each
     * item's date can be read as written.
     */
    private static Document document(byte[] bytes) throws IOException, JDOMException {
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
