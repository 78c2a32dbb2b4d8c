package tally.ingest.read;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tally.ingest.Extraction;
import tally.stats.Figure;

/** RSS and Atom feeds give their items' articles; summaries and sitemaps are one line each, never a silent nothing. */
class FeedsAndSitemapsTest {

    @TempDir
    Path dir;

    private final List<RawArticle> articles = new ArrayList<>();
    private final List<InputReport> reports = new ArrayList<>();
    private final ArticleSink sink = new ArticleSink() {
        @Override
        public void article(RawArticle article) {
            articles.add(article);
        }

        @Override
        public void problem(InputProblem problem) {
            reports.add(problem);
        }

        @Override
        public void skipped(Skipped skipped) {
            reports.add(skipped);
        }
    };

    private Path read(String name, String content) throws Exception {
        Path file = dir.resolve(name);
        Files.writeString(file, content, StandardCharsets.UTF_8);
        new ArticleReader(new ArticleReader.Defaults(null, null, null)).read(file.toString(), null, sink);
        return file;
    }

    static final String ARTICLE = "<p>The regional government said on Tuesday that the violence in the northern provinces had "
            + "continued through the winter months, and that the army would stay for as long as it was needed there.</p>"
            + "<p>This year, 4,812 people were killed in drug-related violence in Colombia, the ministry said.</p>";

    static final String RSS = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<!-- a comment before the root -->\n"
            + "<rss version=\"2.0\" xmlns:content=\"http://purl.org/rss/1.0/modules/content/\"><channel>"
            + "<title>The Andes Courier</title><link>https://andescourier.test/</link><language>en-us</language>"
            + "<item><title>Toll rises&nbsp;again</title><link>https://andescourier.test/2013/12/31/toll</link>"
            + "<guid isPermaLink=\"false\">ac-1001</guid><pubDate>Tue, 31 Dec 2013 23:30:00 -0500</pubDate>"
            + "<description>The ministry counts the year's dead.</description>"
            + "<content:encoded><![CDATA[" + ARTICLE + "]]></content:encoded></item>"
            + "<item><title>Briefly</title><link>https://andescourier.test/2014/01/02/brief</link>"
            + "<pubDate>Thu, 02 Jan 2014 08:00:00 GMT</pubDate><description>Only a teaser: 12 killed.</description></item>"
            + "</channel></rss>";

    @Test
    void rssItemsWithTheWholeArticleArePublishedAndSummariesAreOneLineEach() throws Exception {
        Path feed = read("courier.rss", RSS);
        assertEquals(1, articles.size());
        RawArticle a = articles.get(0);
        assertEquals(List.of("ac-1001", "The Andes Courier", "https://andescourier.test/2013/12/31/toll", "Toll rises\u00a0again", "en",
                        feed + ":item 1"),
                List.of(a.ref(), a.source(), a.url(), a.title(), a.lang(), a.origin()));
        assertEquals(LocalDate.of(2013, 12, 31), a.published(), "the publisher's day, not UTC's 1 January");
        assertTrue(a.html() && a.articleOnly() && a.body().contains("4,812"));
        assertEquals(List.of(feed + ":item 2: only a summary in the feed, not the article (https://andescourier.test/2014/01/02/brief); not published"),
                reports.stream().map(Object::toString).toList());
        assertTrue(reports.get(0) instanceof Skipped s && s.items() == 1);

        List<Figure> figures = new Extraction().process(a).figures();
        assertEquals(1, figures.size(), figures.toString());
        assertEquals(List.of("2013-01-01", "2013-12-31", "CO"), List.of(figures.get(0).period().from().toString(),
                figures.get(0).period().to().toString(), figures.get(0).place()), "\"this year\" is the publisher's 2013");
    }

    @Test
    void atomEntriesGiveTheirContentAndSummariesAreSkipped() throws Exception {
        Path feed = read("feed.xml", "<feed xmlns=\"http://www.w3.org/2005/Atom\" xml:lang=\"es\"><title>Diario del Cauca</title>"
                + "<id>urn:dc</id><updated>2015-06-03T00:00:00Z</updated>"
                + "<entry><title>Homicidios</title><id>urn:dc:1</id><link rel=\"alternate\" href=\"https://diariodelcauca.test/1\"/>"
                + "<published>2015-06-02T23:10:00-05:00</published><updated>2015-06-03T10:00:00Z</updated>"
                + "<content type=\"html\">&lt;p&gt;Texto completo.&lt;/p&gt;</content></entry>"
                + "<entry><title>Resumen</title><id>urn:dc:2</id><link href=\"https://diariodelcauca.test/2\"/>"
                + "<updated>2015-06-03T10:00:00Z</updated><summary>Solo el resumen.</summary></entry>"
                + "<entry><title>Texto</title><id>urn:dc:3</id><updated>2015-06-04T10:00:00Z</updated>"
                + "<content type=\"text\">Un texto llano.</content></entry></feed>");
        assertEquals(List.of("urn:dc:1", "urn:dc:3"), articles.stream().map(RawArticle::ref).toList());
        assertEquals(List.of(LocalDate.of(2015, 6, 2), LocalDate.of(2015, 6, 4)), articles.stream().map(RawArticle::published).toList());
        assertEquals(List.of(true, false), articles.stream().map(RawArticle::html).toList());
        assertEquals("<p>Texto completo.</p>", articles.get(0).body());
        assertEquals("https://diariodelcauca.test/1", articles.get(0).url());
        assertEquals(List.of(feed + ":item 2: only a summary in the feed, not the article (https://diariodelcauca.test/2); not published"),
                reports.stream().map(Object::toString).toList());
    }

    @Test
    void brokenFeedsAndOtherXmlAreOneProblemEach() throws Exception {
        Path cut = read("cut.xml", RSS.substring(0, RSS.length() / 2));
        Path empty = read("empty.rss", "<rss version=\"2.0\"><channel><title>Nothing</title></channel></rss>");
        Path config = read("pom.xml", "<?xml version=\"1.0\"?><project><modelVersion>4.0.0</modelVersion></project>");
        assertEquals(List.of(), articles);
        assertEquals(3, reports.size(), reports.toString());
        assertTrue(reports.get(0).toString().startsWith(cut + ": not a feed Tally can read ("), reports.toString());
        assertEquals(empty + ": a feed without items", reports.get(1).toString());
        assertEquals(config + ": XML with root <project>: neither an RSS or Atom feed, a sitemap, nor a page", reports.get(2).toString());
        assertTrue(reports.stream().allMatch(r -> r instanceof InputProblem));
    }

    @Test
    void aSitemapSaysWhatItListsInOneLine() throws Exception {
        Path news = read("news-sitemap.xml", "<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
                + "<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\" xmlns:news=\"http://www.google.com/schemas/sitemap-news/0.9\">"
                + "<url><loc>https://andescourier.test/2014/03/04/toll</loc><news:news><news:publication><news:name>The Andes Courier</news:name>"
                + "<news:language>en</news:language></news:publication><news:publication_date>2014-03-04</news:publication_date>"
                + "<news:title>Toll rises</news:title></news:news></url>"
                + "<url><loc>https://andescourier.test/2014/03/05/more</loc></url></urlset>");
        Path index = read("sitemap_index.xml", "<sitemapindex xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">"
                + "<sitemap><loc>https://andescourier.test/sitemap-1.xml</loc></sitemap></sitemapindex>");
        assertEquals(List.of(), articles);
        assertEquals(List.of(news + ": a news sitemap of 2 page URLs (https://andescourier.test/2014/03/04/toll, ...), not articles: "
                        + "ingest does not fetch pages; give it the pages (HTML files) or a WARC of them",
                index + ": a sitemap index of 1 sitemaps, not articles: ingest does not fetch pages; give it the pages (HTML files) or a WARC of them"),
                reports.stream().map(Object::toString).toList());
    }

    @Test
    void aBatchMayDateItsArticlesTheWayFeedsDo() throws Exception {
        read("b.jsonl", "{\"text\":\"One.\",\"published\":\"Tue, 31 Dec 2013 23:30:00 -0500\"}\n"
                + "{\"text\":\"Two.\",\"published\":\"2013-12-31T23:30:00-05:00\"}\n");
        assertEquals(List.of(LocalDate.of(2013, 12, 31), LocalDate.of(2013, 12, 31)), articles.stream().map(RawArticle::published).toList());
    }
}
