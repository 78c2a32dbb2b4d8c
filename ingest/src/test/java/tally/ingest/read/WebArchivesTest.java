package tally.ingest.read;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.netpreserve.jwarc.HttpResponse;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.WarcCompression;
import org.netpreserve.jwarc.WarcConversion;
import org.netpreserve.jwarc.WarcMetadata;
import org.netpreserve.jwarc.WarcRecord;
import org.netpreserve.jwarc.WarcRequest;
import org.netpreserve.jwarc.WarcResponse;
import org.netpreserve.jwarc.WarcTruncationReason;
import org.netpreserve.jwarc.WarcWriter;
import org.netpreserve.jwarc.Warcinfo;
import tally.ingest.Extraction;
import tally.ingest.clean.CleanArticle;
import tally.stats.Figure;
import tally.stats.json.Json;

/**
 * Web archives (issue 18's acceptance): a WARC file as a crawler writes it (HTML pages, a PDF, a
 * redirect, a request, metadata, a record the crawler truncated, a record cut by the end of the
 * file) and a WET file of the same pages give the same articles and figures as the pages given
 * as HTML files.
 */
class WebArchivesTest {

    @TempDir
    Path dir;

    /** One page of the crawl: where it was, when it was captured, its HTML and the text a WET extract holds of it. */
    record Page(String url, Instant captured, String html, String wetText) {
    }

    static final String NAV = "<nav><ul><li><a href=\"/\">Home</a></li><li><a href=\"/world\">World</a></li></ul></nav>";

    static final List<Page> PAGES = List.of(
            page("https://andescourier.test/2014/03/04/toll", "2014-03-04T12:00:00Z", "The Andes Courier", "en",
                    "Toll rises in the north",
                    "The regional government said on Tuesday that the violence in the northern provinces had continued "
                            + "through the winter months, and that the army would stay for as long as it was needed there.",
                    "Last year, 4,812 people were killed in drug-related violence in Colombia, the ministry said."),
            page("https://diariodelistmo.test/2016/05/10/cifras", "2016-05-10T08:30:00Z", "Diario del Istmo", "es",
                    "Las cifras del año",
                    "El gobierno regional informó el martes que la violencia en las provincias del norte continuó durante "
                            + "los meses de invierno y que el ejército permanecerá allí el tiempo que sea necesario.",
                    "El año pasado fueron asesinadas 1.287 personas en Honduras, según cifras oficiales de la policía."));

    static Page page(String url, String captured, String outlet, String lang, String title, String p1, String p2) {
        String day = captured.substring(0, 10);
        String html = "<!doctype html><html lang=\"" + lang + "\"><head><meta charset=\"utf-8\"><title>" + title + " | " + outlet + "</title>"
                + "<meta property=\"og:site_name\" content=\"" + outlet + "\"><link rel=\"canonical\" href=\"" + url + "\">"
                + "<meta property=\"article:published_time\" content=\"" + day + "T07:00:00Z\"></head><body>" + NAV
                + "<article><h1>" + title + "</h1><p>" + p1 + "</p><p>" + p2 + "</p></article>"
                + "<footer><p>Copyright 2016</p></footer></body></html>";
        // Common Crawl's WET: the title, then the page's text one block a line.
        String wet = title + " | " + outlet + "\nHome\nWorld\n" + title + "\n" + p1 + "\n" + p2 + "\nCopyright 2016\n";
        return new Page(url, Instant.parse(captured), html, wet);
    }

    /** What the reader and the extraction make of an input: articles and figures as JSON, and the lines reported. */
    record Outcome(List<String> articles, List<ObjectNode> figures, List<String> reports) {
    }

    static Outcome read(Path input) throws Exception {
        Extraction extraction = new Extraction();
        List<String> articles = new ArrayList<>();
        List<ObjectNode> figures = new ArrayList<>();
        List<String> reports = new ArrayList<>();
        new ArticleReader(new ArticleReader.Defaults(null, null, null)).read(input.toString(), null, new ArticleSink() {
            @Override
            public void article(RawArticle raw) {
                Extraction.Result r = extraction.process(raw);
                if (r.problem() != null) {
                    reports.add(raw.origin() + ": " + r.problem());
                    return;
                }
                CleanArticle a = r.article();
                articles.add(String.join(" | ", a.id(), String.valueOf(a.published()), a.source(), a.url(), a.title(), a.lang(),
                        a.warnings().toString(), a.text()));
                for (Figure f : r.figures()) {
                    figures.add(Json.MAPPER.valueToTree(f));
                }
            }

            @Override
            public void problem(InputProblem problem) {
                reports.add(problem.toString());
            }

            @Override
            public void skipped(Skipped skipped) {
                reports.add(skipped.toString());
            }
        });
        return new Outcome(articles, figures, reports);
    }

    private Outcome htmlFiles() throws Exception {
        Path pages = Files.createDirectories(dir.resolve("pages"));
        for (int i = 0; i < PAGES.size(); i++) {
            Files.writeString(pages.resolve(i + ".html"), PAGES.get(i).html());
        }
        Outcome files = read(pages);
        assertEquals(List.of(), files.reports());
        assertEquals(2, files.articles().size());
        assertTrue(files.figures().size() >= 2, files.figures()::toString);
        return files;
    }

    static WarcResponse response(String url, Instant captured, int status, String contentType, byte[] body, String... headers) throws Exception {
        HttpResponse.Builder http = new HttpResponse.Builder(status, status == 200 ? "OK" : "Moved Permanently");
        for (int i = 0; i < headers.length; i += 2) {
            http.addHeader(headers[i], headers[i + 1]);
        }
        if (contentType != null) {
            http.body(MediaType.parse(contentType), body);
        }
        return new WarcResponse.Builder(URI.create(url)).date(captured).body(http.build()).build();
    }

    /** The crawl, as a crawler writes it: the pages between records that are no articles, one page truncated by the crawler first. */
    static List<WarcRecord> crawl() throws Exception {
        List<WarcRecord> records = new ArrayList<>();
        Instant start = PAGES.get(0).captured();
        records.add(new Warcinfo.Builder().date(start).fields(Map.of("software", List.of("test crawler"))).build());
        Page a = PAGES.get(0);
        records.add(new WarcRequest.Builder(URI.create(a.url())).date(a.captured())
                .body(MediaType.HTTP_REQUEST, ("GET /2014/03/04/toll HTTP/1.1\r\nHost: andescourier.test\r\n\r\n").getBytes(StandardCharsets.US_ASCII)).build());
        records.add(response(a.url(), a.captured(), 200, "text/html; charset=utf-8", a.html().getBytes(StandardCharsets.UTF_8)));
        records.add(response("https://andescourier.test/report.pdf", start, 200, "application/pdf",
                new byte[] {'%', 'P', 'D', 'F', '-', '1', '.', '4', '\n', 0, 1, 2, (byte) 0xff}));
        records.add(response("http://andescourier.test/toll", start, 301, null, new byte[0], "Location", a.url()));
        records.add(new WarcMetadata.Builder().date(start).body(MediaType.WARC_FIELDS, "outlinks: 3\r\n".getBytes(StandardCharsets.US_ASCII)).build());
        Page b = PAGES.get(1);
        byte[] bHtml = b.html().getBytes(StandardCharsets.UTF_8);
        HttpResponse cut = new HttpResponse.Builder(200, "OK").body(MediaType.parse("text/html; charset=utf-8"), Arrays.copyOf(bHtml, bHtml.length / 3)).build();
        records.add(new WarcResponse.Builder(URI.create(b.url())).date(b.captured()).truncated(WarcTruncationReason.LENGTH).body(cut).build());
        records.add(response(b.url(), b.captured(), 200, "text/html", bHtml)); // no charset: the page's <meta> says it
        return records;
    }

    private Path warc(String name, WarcCompression compression, boolean cutAtTheEnd) throws Exception {
        Path file = dir.resolve(name);
        try (OutputStream out = Files.newOutputStream(file)) {
            WarcWriter writer = new WarcWriter(java.nio.channels.Channels.newChannel(out), compression);
            for (WarcRecord r : crawl()) {
                writer.write(r);
            }
            if (cutAtTheEnd) {
                ByteArrayOutputStream last = new ByteArrayOutputStream();
                new WarcWriter(java.nio.channels.Channels.newChannel(last), compression)
                        .write(response("https://andescourier.test/late", PAGES.get(0).captured(), 200, "text/html", PAGES.get(0).html().getBytes(StandardCharsets.UTF_8)));
                out.write(Arrays.copyOf(last.toByteArray(), last.size() / 2));
            }
        }
        return file;
    }

    @Test
    void aWarcFileGivesTheSameArticlesAndFiguresAsThePagesGivenAsHtmlFiles() throws Exception {
        Outcome files = htmlFiles();
        for (WarcCompression compression : List.of(WarcCompression.NONE, WarcCompression.GZIP)) {
            String name = compression == WarcCompression.GZIP ? "crawl.warc.gz" : "crawl.warc";
            Path warc = warc(name, compression, true);
            Outcome archived = read(warc);
            assertEquals(files.articles(), archived.articles(), name);
            assertEquals(files.figures(), archived.figures(), name);
            assertEquals(3, archived.reports().size(), archived.reports()::toString);
            assertEquals(warc + ":record 7: truncated by the crawler (length): the page is not whole; not read", archived.reports().get(0));
            assertTrue(archived.reports().get(1).startsWith(warc + ":record 9: cut short or damaged (")
                    && archived.reports().get(1).endsWith("); the records after it cannot be found, those before it were read"), archived.reports()::toString);
            assertEquals(warc + ": 5 record(s) that are not HTML pages nor text extracts: 1 application/pdf, 1 metadata, 1 redirect, 1 request, 1 warcinfo",
                    archived.reports().get(2));
        }
    }

    @Test
    void aWetFileGivesTheSameFiguresAsThePagesGivenAsHtmlFiles() throws Exception {
        Outcome files = htmlFiles();
        Path wet = dir.resolve("crawl.warc.wet.gz");
        try (OutputStream out = Files.newOutputStream(wet)) {
            WarcWriter writer = new WarcWriter(java.nio.channels.Channels.newChannel(out), WarcCompression.GZIP);
            writer.write(new Warcinfo.Builder().date(PAGES.get(0).captured()).fields(Map.of("software", List.of("test"))).build());
            for (Page p : PAGES) {
                writer.write(new WarcConversion.Builder().date(p.captured()).addHeader("WARC-Target-URI", p.url())
                        .body(MediaType.PLAIN_TEXT, p.wetText().getBytes(StandardCharsets.UTF_8)).build());
            }
        }
        Outcome extracted = read(wet);
        assertEquals(List.of(wet + ": 1 record(s) that are not HTML pages nor text extracts: 1 warcinfo"), extracted.reports());
        // A text extract keeps no metadata: the outlet is unknown and the capture day stands in for the publication
        // date, said in the warnings. A text copy may keep its headline ("title | outlet", ArticleOpening); the text
        // after it and every figure are otherwise the same.
        assertEquals(texts(files), texts(extracted).stream().map(t -> t.replaceFirst("^[^\n]+ \\| [^\n]+\n\n", "")).toList());
        assertEquals(withoutOutletOrPosition(files.figures(), false), withoutOutletOrPosition(extracted.figures(), true));
    }

    private static List<String> texts(Outcome o) {
        return o.articles().stream().map(a -> a.substring(a.lastIndexOf("] | ") + 4)).toList();
    }

    /** A figure without its outlet, nor its ids and offsets, which a kept headline moves. */
    private static List<ObjectNode> withoutOutletOrPosition(List<ObjectNode> figures, boolean captured) {
        return figures.stream().map(f -> {
            ObjectNode copy = f.deepCopy();
            copy.remove(List.of("source", "id", "articleId", "span", "mention"));
            if (captured) {
                assertEquals("publication date unknown: the day the page was captured stands in", copy.withArray("warnings").remove(0).asText());
            }
            return copy;
        }).toList();
    }

    @Test
    void aPageInAnotherCharsetIsReadInIt() throws Exception {
        String html = "<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=windows-1252\"></head><body>"
                + "<p>Le\u00f3n</p></body></html>";
        Path warc = dir.resolve("latin.warc");
        try (OutputStream out = Files.newOutputStream(warc)) {
            new WarcWriter(java.nio.channels.Channels.newChannel(out)).write(response("https://x.test/leon", PAGES.get(0).captured(), 200,
                    "text/html", html.getBytes(java.nio.charset.Charset.forName("windows-1252"))));
        }
        List<RawArticle> raws = new ArrayList<>();
        new ArticleReader(new ArticleReader.Defaults(null, null, null)).read(warc.toString(), null, ArticleSink.of(raws::add, problem -> {
            throw new AssertionError(problem.toString());
        }));
        assertTrue(raws.get(0).body().contains("Le\u00f3n"), raws.get(0).body());
        assertEquals("https://x.test/leon", raws.get(0).url());
        assertFalse(raws.get(0).articleOnly());
    }
}
