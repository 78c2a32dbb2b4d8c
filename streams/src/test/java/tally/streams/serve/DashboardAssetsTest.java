package tally.streams.serve;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.Test;

/**
 * The dashboard's static files, hashed and gzipped once at start, go out as they are stored: the
 * gzipped answer unzips to the file, both encodings carry the same ETag, and a client holding it gets 304.
 */
class DashboardAssetsTest {

    @Test
    void aStaticFileGoesOutGzippedOrPlainWithOneETag() throws Exception {
        byte[] stored;
        try (InputStream in = Dashboard.class.getResourceAsStream(Dashboard.CHART_JS)) {
            stored = in.readAllBytes();
        }
        try (HttpTransport transport = HttpTransport.bind("127.0.0.1", 0, 4, HttpTransport.IDLE_TIMEOUT)) {
            transport.server().createContext("/", new Dashboard());
            transport.start();
            HttpClient http = HttpClient.newHttpClient();
            URI uri = URI.create("http://127.0.0.1:" + transport.port() + "/assets/chart.umd.js");
            for (int round = 0; round < 2; round++) { // the second answer comes from the same prepared bytes
                HttpResponse<InputStream> zipped = http.send(HttpRequest.newBuilder(uri).header("Accept-Encoding", "gzip").build(),
                        HttpResponse.BodyHandlers.ofInputStream());
                assertEquals("gzip", zipped.headers().firstValue("Content-Encoding").orElse(""));
                byte[] unzipped;
                try (InputStream in = new GZIPInputStream(zipped.body())) {
                    unzipped = in.readAllBytes();
                }
                assertArrayEquals(stored, unzipped, "the gzipped answer is the stored file");
                HttpResponse<byte[]> plain = http.send(HttpRequest.newBuilder(uri).build(), HttpResponse.BodyHandlers.ofByteArray());
                assertEquals("", plain.headers().firstValue("Content-Encoding").orElse(""));
                assertArrayEquals(stored, plain.body());
                String etag = plain.headers().firstValue("ETag").orElseThrow();
                assertEquals(etag, zipped.headers().firstValue("ETag").orElseThrow(), "one ETag for both encodings");
                HttpResponse<byte[]> again = http.send(HttpRequest.newBuilder(uri).header("If-None-Match", etag).build(),
                        HttpResponse.BodyHandlers.ofByteArray());
                assertEquals(304, again.statusCode());
            }
        }
    }
}
