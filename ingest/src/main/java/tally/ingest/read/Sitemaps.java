package tally.ingest.read;

import crawlercommons.sitemaps.AbstractSiteMap;
import crawlercommons.sitemaps.SiteMap;
import crawlercommons.sitemaps.SiteMapIndex;
import crawlercommons.sitemaps.SiteMapParser;
import crawlercommons.sitemaps.SiteMapURL;
import crawlercommons.sitemaps.UnknownFormatException;
import crawlercommons.sitemaps.extension.Extension;
import java.io.IOException;
import java.net.MalformedURLException;
import java.net.URL;
import java.util.Locale;

/**
 * Sitemaps, sitemap indexes and news sitemaps (read with crawler-commons) list the addresses of
 * pages, not their text, and {@code ingest} fetches nothing: a sitemap is one line saying what it
 * lists and how to get the articles, never a silent nothing.
 */
final class Sitemaps {

    /**
     * The parser resolves relative locations against the sitemap's own address, which a file does
     * not have; not strict, it accepts locations on any host.
     */
    private static final URL NO_ADDRESS;

    static {
        try {
            NO_ADDRESS = new URL("https://sitemap.invalid/sitemap.xml");
        } catch (MalformedURLException e) {
            throw new ExceptionInInitializerError(e);
        }
    }

    private Sitemaps() {
    }

    static void report(String origin, byte[] bytes, ArticleSink sink) {
        SiteMapParser parser = new SiteMapParser(false);
        parser.enableExtension(Extension.NEWS);
        AbstractSiteMap map;
        try {
            map = parser.parseSiteMap("text/xml", bytes, NO_ADDRESS);
        } catch (UnknownFormatException | IOException e) {
            sink.problem(new InputProblem(origin, "not a sitemap Tally can read (" + e.getMessage() + ")"));
            return;
        }
        String what;
        if (map instanceof SiteMapIndex index) {
            what = String.format(Locale.ROOT, "a sitemap index of %,d sitemaps", index.getSitemaps().size());
        } else {
            SiteMap pages = (SiteMap) map;
            long news = pages.getSiteMapUrls().stream().filter(u -> u.getAttributesForExtension(Extension.NEWS) != null).count();
            what = String.format(Locale.ROOT, "a %ssitemap of %,d page URLs", news > 0 ? "news " : "", pages.getSiteMapUrls().size());
            SiteMapURL first = pages.getSiteMapUrls().stream().findFirst().orElse(null);
            if (first != null) {
                what += " (" + first.getUrl() + ", ...)";
            }
        }
        sink.problem(new InputProblem(origin, what + ", not articles: ingest does not fetch pages; give it the pages "
                + "(HTML files) or a WARC of them"));
    }
}
