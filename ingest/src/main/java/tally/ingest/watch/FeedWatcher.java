package tally.ingest.watch;

import com.fasterxml.jackson.core.JsonProcessingException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;
import tally.ingest.clean.HtmlPage;
import tally.ingest.read.ArticleSink;
import tally.ingest.read.Feed;
import tally.ingest.read.RawArticle;
import tally.stats.Hashes;
import tally.stats.json.Json;

/**
 * One poll of a list of feeds: each feed fetched (conditionally, so an unchanged feed costs a
 * 304), each item not seen before published, with its text from the feed when the feed carries
 * the whole article and otherwise from its page, fetched politely. An item is remembered once
 * its article has been handed to the sink and the sink confirmed it ({@code published}); one
 * whose page failed (a timeout, an HTTP error) is tried again at the next poll, one refused by
 * robots.txt is not fetched.
 */
public final class FeedWatcher {

    /** Confirms that everything handed to the sink is written (the publisher's flush). */
    public interface Confirmation {
        void confirm() throws InterruptedException;
    }

    private final PoliteFetcher fetcher;
    private final SeenTopic seen;
    private final ArticleSink sink;
    private final Confirmation published;
    private final Consumer<String> log;

    public FeedWatcher(PoliteFetcher fetcher, SeenTopic seen, ArticleSink sink, Confirmation published, Consumer<String> log) {
        this.fetcher = fetcher;
        this.seen = seen;
        this.sink = sink;
        this.published = published;
        this.log = log;
    }

    /** Polls every feed once; what was found is published and remembered when this returns. */
    public WatchCounts poll(List<URI> feeds) throws InterruptedException {
        WatchCounts counts = new WatchCounts();
        for (URI feed : feeds) {
            pollFeed(feed, counts);
        }
        return counts;
    }

    private void pollFeed(URI feedUri, WatchCounts counts) throws InterruptedException {
        String feedKey = "feed " + feedUri;
        PoliteFetcher.Page page = fetcher.fetch(feedUri, validators(seen.get(feedKey)));
        String host = PoliteFetcher.hostOf(feedUri);
        switch (page.outcome()) {
            case NOT_MODIFIED -> {
                counts.add(host, 0, 0, 0, 0, 0);
                log.accept(feedUri + ": not modified");
                return;
            }
            case FETCHED -> {
            }
            default -> {
                counts.add(host, 0, 0, 0, 0, 1);
                log.accept(feedUri + ": feed not fetched (" + page.reason() + ")");
                return;
            }
        }
        Feed feed;
        try {
            feed = Feed.parse(page.body());
        } catch (Feed.NotAFeed e) {
            counts.add(host, 0, 0, 0, 0, 1);
            log.accept(feedUri + ": not a feed Tally can read (" + e.getMessage() + ")");
            return;
        }
        Map<String, String> remember = new java.util.LinkedHashMap<>();
        for (int i = 0; i < feed.items().size(); i++) {
            item(feedUri, feed, i, counts, remember);
        }
        published.confirm();
        remember.forEach(seen::put);
        seen.put(feedKey, json(Map.of("etag", nullToEmpty(page.validators().etag()),
                "lastModified", nullToEmpty(page.validators().lastModified()), "at", Instant.now().toString())));
        seen.flush();
    }

    /**
     * The outlet of a fetched page: none given, so that the page's own (og:site_name, the JSON-LD
     * publisher) counts; the feed's title when the page names none, as for the feed's own articles.
     * The page is parsed here once more for that: a page a second, at most, per host.
     */
    private static String outlet(String text, boolean html, Feed feed) {
        return html && HtmlPage.parse(text).metadata().source() != null ? null : feed.title();
    }

    private void item(URI feedUri, Feed feed, int index, WatchCounts counts, Map<String, String> remember) throws InterruptedException {
        Feed.Item item = feed.items().get(index);
        String origin = feedUri + " item " + (index + 1);
        String link = item.link() != null ? item.link() : item.uri();
        URI linkUri = link == null ? null : uriOrNull(link);
        String host = linkUri != null && linkUri.getHost() != null ? PoliteFetcher.hostOf(linkUri) : PoliteFetcher.hostOf(feedUri);
        String pageKey = link == null ? null : "page " + link;
        if (pageKey != null && (seen.contains(pageKey) || remember.containsKey(pageKey))) {
            counts.add(host, 1, 0, 0, 1, 0);
            return;
        }
        if (item.text() != null) {
            if (publish(new RawArticle(item.uri(), item.published(), feed.title(), item.link(), item.title(), feed.lang(),
                    item.text(), item.html(), origin, true), pageKey, remember)) {
                counts.add(host, 1, 0, 1, 0, 0);
            } else {
                counts.add(host, 1, 0, 0, 1, 0);
            }
            return;
        }
        if (linkUri == null) {
            counts.add(host, 1, 0, 0, 1, 0);
            log.accept(origin + ": only a summary and no link to the article; skipped");
            return;
        }
        PoliteFetcher.Page page = fetcher.fetch(linkUri, PoliteFetcher.Validators.NONE);
        switch (page.outcome()) {
            case FETCHED -> {
                if (!isPage(page.contentType())) {
                    counts.add(host, 1, 1, 0, 1, 0);
                    log.accept(origin + ": " + link + " is not a page (" + page.contentType() + "); skipped");
                    remember.put(pageKey, json(Map.of("at", Instant.now().toString(), "skipped", "not a page")));
                    return;
                }
                String text = new String(page.body(), charset(page.contentType()));
                boolean html = page.contentType() == null || !page.contentType().toLowerCase(Locale.ROOT).startsWith("text/plain");
                if (publish(new RawArticle(null, item.published(), outlet(text, html, feed), page.uri().toString(), null, feed.lang(),
                        text, html, link), pageKey, remember)) {
                    counts.add(host, 1, 1, 1, 0, 0);
                } else {
                    counts.add(host, 1, 1, 0, 1, 0);
                }
            }
            case TOO_LARGE -> {
                counts.add(host, 1, 0, 0, 1, 0);
                log.accept(origin + ": " + link + " not read (" + page.reason() + "); skipped");
                remember.put(pageKey, json(Map.of("at", Instant.now().toString(), "skipped", page.reason())));
            }
            case DISALLOWED -> {
                counts.add(host, 1, 0, 0, 1, 0);
                log.accept(origin + ": " + link + " not fetched (" + page.reason() + ")");
            }
            default -> {
                counts.add(host, 1, 0, 0, 0, 1);
                log.accept(origin + ": " + link + " not fetched (" + page.reason() + "); tried again at the next poll");
            }
        }
    }

    /** Hands the article to the sink unless its content was seen under another address; false when it was. */
    private boolean publish(RawArticle article, String pageKey, Map<String, String> remember) {
        String contentKey = "content " + Hashes.sha256(article.body(), 64);
        String at = Instant.now().toString();
        if (seen.contains(contentKey) || remember.containsKey(contentKey)) {
            if (pageKey != null) {
                remember.put(pageKey, json(Map.of("at", at, "skipped", "same content as " + seenUnder(contentKey, remember))));
            }
            return false;
        }
        sink.article(article);
        String address = article.url() != null ? article.url() : article.origin();
        remember.put(contentKey, address);
        if (pageKey != null) {
            remember.put(pageKey, json(Map.of("at", at, "content", contentKey.substring("content ".length()))));
        }
        return true;
    }

    private String seenUnder(String contentKey, Map<String, String> remember) {
        return remember.containsKey(contentKey) ? remember.get(contentKey) : seen.get(contentKey);
    }

    /** The charset the Content-Type names, else UTF-8 (a page's own meta charset is not read). */
    private static java.nio.charset.Charset charset(String contentType) {
        if (contentType != null) {
            java.util.regex.Matcher m = java.util.regex.Pattern.compile("(?i)charset=\"?([\\w.:-]+)").matcher(contentType);
            if (m.find()) {
                try {
                    return java.nio.charset.Charset.forName(m.group(1));
                } catch (IllegalArgumentException e) {
                    return StandardCharsets.UTF_8;
                }
            }
        }
        return StandardCharsets.UTF_8;
    }

    private static boolean isPage(String contentType) {
        if (contentType == null) {
            return true;
        }
        String type = contentType.toLowerCase(Locale.ROOT);
        return type.startsWith("text/html") || type.startsWith("application/xhtml") || type.startsWith("text/plain");
    }

    private static PoliteFetcher.Validators validators(String remembered) {
        if (remembered == null) {
            return PoliteFetcher.Validators.NONE;
        }
        try {
            var node = Json.MAPPER.readTree(remembered);
            return new PoliteFetcher.Validators(emptyToNull(node.path("etag").asText(null)), emptyToNull(node.path("lastModified").asText(null)));
        } catch (JsonProcessingException e) {
            return PoliteFetcher.Validators.NONE; // an entry Tally did not write: fetched unconditionally
        }
    }

    private static URI uriOrNull(String link) {
        try {
            return new URI(link.strip());
        } catch (java.net.URISyntaxException e) {
            return null;
        }
    }

    private static String json(Map<String, String> fields) {
        try {
            return Json.MAPPER.writeValueAsString(new java.util.TreeMap<>(fields));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String nullToEmpty(String s) {
        return s == null ? "" : s;
    }

    private static String emptyToNull(String s) {
        return s == null || s.isEmpty() ? null : s;
    }
}
