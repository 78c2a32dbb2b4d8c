package tally.streams.serve;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Map;

/**
 * The dashboard's static files: the page at {@code /}, its script and style, Chart.js from its
 * WebJar, and the maps' shapes (world-atlas's countries and Natural Earth's subdivisions of the
 * countries Tally knows subdivisions of, projected into SVG paths by tools/dashboard-map; see its
 * package.json). Nothing is loaded from
 * elsewhere at run time. Only these paths exist; everything is read, hashed and gzipped once at start.
 */
final class Dashboard implements HttpHandler {

    /** Chart.js's UMD build inside the WebJar; the version is the one the streams pom depends on. */
    static final String CHART_JS = "/META-INF/resources/webjars/chart.js/4.5.1/dist/chart.umd.min.js";

    private record Asset(String type, Responses.Prepared body) {
    }

    private static final String JS = "text/javascript; charset=utf-8";

    private final Map<String, Asset> assets = Map.of(
            "/", asset("/tally/dashboard/index.html", "text/html; charset=utf-8"),
            "/assets/dashboard.js", asset("/tally/dashboard/dashboard.js", JS),
            "/assets/dashboard.css", asset("/tally/dashboard/dashboard.css", "text/css; charset=utf-8"),
            "/assets/chart.umd.js", asset(CHART_JS, JS),
            "/assets/map.js", asset("/tally/dashboard/map.js", JS),
            "/assets/map/countries-110m.json", asset("/tally/dashboard/map/countries-110m.json", "application/json"),
            "/assets/map/subdivisions-10m.json", asset("/tally/dashboard/map/subdivisions-10m.json", "application/json"));

    private static Asset asset(String resource, String type) {
        try (InputStream in = Dashboard.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + resource + " (a broken build?)");
            }
            return new Asset(type, Responses.Prepared.of(in.readAllBytes()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void handle(HttpExchange ex) throws IOException {
        if (Responses.refusedUnlessGet(ex)) {
            return;
        }
        String path = ex.getRequestURI().getPath();
        Asset asset = path.equals("/index.html") ? assets.get("/") : assets.get(path);
        if (asset == null) {
            Responses.error(ex, 404, "no such path " + path + "; the dashboard is at /, the API under /api/, "
                    + "health at /health/live and /health/ready, metrics at /metrics");
            return;
        }
        Responses.send(ex, asset.type(), asset.body(), !path.equals("/") && !path.equals("/index.html"));
    }
}
