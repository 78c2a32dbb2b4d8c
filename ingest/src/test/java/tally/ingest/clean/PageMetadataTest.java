package tally.ingest.clean;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import tally.ingest.Extraction;
import tally.ingest.read.RawArticle;
import tally.stats.Figure;

/** What a page says about itself (Open Graph, canonical link, JSON-LD NewsArticle) reaches the article and its figures. */
class PageMetadataTest {

    private static final String BODY = "<article><p>The regional government said on Tuesday that the violence in the northern "
            + "provinces had continued through the winter months, and that the army would stay for as long as needed.</p>"
            + "<p>Last year, 4,812 people were killed in drug-related violence in Colombia, the ministry said.</p></article>";

    private static PageMetadata metadata(String head) {
        return HtmlPage.parse("<!doctype html><html><head>" + head + "</head><body>" + BODY + "</body></html>").metadata();
    }

    private static RawArticle page(String head, String lang) {
        return new RawArticle(null, null, null, null, null, lang,
                "<!doctype html><html><head>" + head + "</head><body>" + BODY + "</body></html>", true, "page.html");
    }

    @Test
    void openGraphAndTheCanonicalLinkNameTheOutletAndTheAddress() {
        PageMetadata m = metadata("<title>Toll rises | The Andes Courier</title>"
                + "<meta property=\"og:site_name\" content=\" The Andes Courier \">"
                + "<link rel=\"canonical\" href=\"https://andescourier.test/2014/03/04/toll\">"
                + "<meta property=\"og:url\" content=\"https://andescourier.test/amp/toll\">"
                + "<meta property=\"article:published_time\" content=\"2014-03-04T07:30:00-05:00\">");
        assertEquals(new PageMetadata("Toll rises | The Andes Courier", LocalDate.of(2014, 3, 4), "The Andes Courier",
                "https://andescourier.test/2014/03/04/toll", null), m);
    }

    @Test
    void jsonLdNewsArticleGivesDateHeadlinePublisherAndLanguage() {
        PageMetadata m = metadata("<title>Site</title><script type=\"application/ld+json\">{\"@context\":\"https://schema.org\","
                + "\"@graph\":[{\"@type\":\"Organization\",\"@id\":\"#org\",\"name\":\"Diario del Cauca\"},"
                + "{\"@type\":[\"NewsArticle\"],\"headline\":\"Aumentan los homicidios\",\"datePublished\":\"2015-06-02T23:10:00-05:00\","
                + "\"publisher\":{\"@id\":\"#org\"},\"inLanguage\":\"es-CO\",\"url\":\"https://diariodelcauca.test/a/1\"}]}</script>");
        assertEquals(new PageMetadata("Aumentan los homicidios", LocalDate.of(2015, 6, 2), "Diario del Cauca",
                "https://diariodelcauca.test/a/1", "es"), m, "the date is the publisher's own day, not UTC's");
    }

    @Test
    void withoutMetadataTheOldSourcesAreReadAndBrokenJsonLdIsIgnored() {
        PageMetadata m = metadata("<title>Plain page</title><script type=\"application/ld+json\">{\"@type\": \"NewsArt</script>"
                + "<link rel=\"canonical\" href=\"/relative/only\"><meta name=\"date\" content=\"2013-11-20\">");
        assertEquals(new PageMetadata("Plain page", LocalDate.of(2013, 11, 20), null, null, null), m);
        assertNull(metadata("<script type=\"application/ld+json\">{\"@type\":\"NewsArticle\",\"inLanguage\":\"Spanish\"}</script>").lang(),
                "a language's name is not a code");
    }

    @Test
    void theFiguresCarryThePagesOutletAddressAndDateAndTheInputStillWins() {
        String head = "<meta property=\"og:site_name\" content=\"The Andes Courier\">"
                + "<link rel=\"canonical\" href=\"https://andescourier.test/toll\">"
                + "<script type=\"application/ld+json\">{\"@type\":\"NewsArticle\",\"datePublished\":\"2014-03-04\",\"inLanguage\":\"en\"}</script>";
        Extraction extraction = new Extraction();
        List<Figure> figures = extraction.process(page(head, null)).figures();
        assertEquals(1, figures.size(), figures.toString());
        Figure f = figures.get(0);
        assertEquals(List.of("The Andes Courier", "https://andescourier.test/toll", "2014-03-04", "2013-01-01", "en"),
                List.of(f.source(), f.url(), f.published().toString(), f.period().from().toString(), f.lang()));

        RawArticle given = new RawArticle(null, LocalDate.of(2016, 1, 1), "Wire", "https://wire.test/x", null, null,
                page(head, null).body(), true, "page.html");
        Figure g = extraction.process(given).figures().get(0);
        assertEquals(List.of("Wire", "https://wire.test/x", "2016-01-01"), List.of(g.source(), g.url(), g.published().toString()));
    }

    @Test
    void theDeclaredLanguageChoosesTheLexicon() {
        String french = "<script type=\"application/ld+json\">{\"@type\":\"NewsArticle\",\"inLanguage\":\"fr-FR\"}</script>";
        Extraction.Result r = new Extraction().process(page(french, null));
        assertEquals("unsupported language 'fr'", r.problem(), "an English body declared French is not read as English");
    }
}
