package tally.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.logging.Level;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.support.ui.WebDriverWait;
import picocli.CommandLine;
import tally.stats.Basis;
import tally.stats.Definition;
import tally.stats.Figure;
import tally.stats.FigureValidation;
import tally.stats.Kind;
import tally.stats.Metric;
import tally.stats.Period;
import tally.stats.Place;
import tally.stats.Places;
import tally.stats.Qualifier;
import tally.stats.Span;
import tally.stats.consolidate.StatisticKey;

/**
 * The dashboard and the API at 100,000 estimates with {@code -Dtally.scale.countries=100} (100 countries, two metrics, 50 years of a
 * whole year's figure and nine months' (a month is never annualized, so only the years make the
 * 200 yearly series of 50 points)), on the README's {@code demo}: paging through every estimate returns each exactly
 * once, and the page's first paint (the overview, the first page of estimates and the map all
 * showing data, from the page's own performance marks) is printed, with a screenshot kept as
 * target/dashboard-at-scale.png. BENCHMARKS.md records the time; it is printed, not asserted (no
 * timed assertions on a shared machine), but the page must show all three parts and log no error.
 * {@code mvn verify} runs it at 20 countries (20,000 estimates), which pages and paints the same
 * way in a fifth of the time.
 */
class DashboardAtScaleTest {

    static final int COUNTRIES = Integer.getInteger("tally.scale.countries", 20);
    static final int FIRST_YEAR = 1975;
    static final int YEARS = 50;
    static final int PER_YEAR = 10; // figures a year: nine months and the whole year
    static final List<Metric> METRICS = List.of(Metric.DEATHS, Metric.KIDNAPPINGS);
    static final int ESTIMATES = COUNTRIES * METRICS.size() * YEARS * PER_YEAR;

    @TempDir
    Path dir;

    private Thread demo;
    private ChromeDriver browser;

    @AfterEach
    void stop() throws InterruptedException {
        DashboardBrowserTest.stop(browser, demo);
    }

    @Test
    void pagesThroughAHundredThousandEstimatesAndPaintsThem() throws Exception {
        StringWriter out = new StringWriter();
        demo = new Thread(() -> {
            CommandLine cli = Tally.commandLine(Map.of());
            cli.setOut(new PrintWriter(out, true));
            cli.setErr(new PrintWriter(new StringWriter(), true));
            cli.execute("demo", "--data-dir", dir.resolve("data").toString(), "--partitions", "2", "--http-port", "0");
        }, "demo");
        demo.start();
        String printed = DashboardBrowserTest.awaitOutput(out, "Dashboard: ", demo);
        String dashboard = DashboardBrowserTest.find(printed, "Dashboard: (http://\\S+)/");
        Properties client = new Properties();
        client.put("bootstrap.servers", DashboardBrowserTest.find(printed, "through Kafka at (\\S+) \\(embedded\\)"));

        List<Figure> figures = figures();
        Set<String> expected = figures.stream().map(f -> StatisticKey.of(f).encode()).collect(Collectors.toSet());
        assertEquals(ESTIMATES, expected.size(), "one estimate per figure");
        long publishing = System.nanoTime();
        DashboardBrowserTest.publish(client, figures, Duration.ofMinutes(15));
        System.out.printf("DashboardAtScaleTest: %,d figures published and consolidated in %.0f s%n",
                ESTIMATES, (System.nanoTime() - publishing) / 1e9);

        // Every estimate exactly once, a page of 5,000 at a time (the largest page), in statistic order.
        // The estimates' outputs follow the figures by a commit interval or so: read until all are there.
        long deadline = System.nanoTime() + Duration.ofMinutes(5).toNanos();
        List<String> paged = allEstimates(dashboard);
        while (!paged.containsAll(expected) && System.nanoTime() < deadline) {
            Thread.sleep(1_000);
            paged = allEstimates(dashboard);
        }
        Set<String> missing = new HashSet<>(expected);
        paged.forEach(missing::remove);
        assertTrue(missing.isEmpty(), "every estimate: " + paged.size() + " read, " + missing.size() + " missing, e.g. "
                + missing.stream().limit(5).toList());
        assertEquals(paged.size(), new HashSet<>(paged).size(), "no estimate twice");

        // The yearly series follow the estimates: wait until each generated series has its 50 years, so that the page
        // opens on all the data.
        deadline = System.nanoTime() + Duration.ofMinutes(5).toNanos();
        while (!allSeriesComplete(dashboard, figures)) {
            assertTrue(System.nanoTime() < deadline, "the yearly series of the figures within 5 minutes");
            Thread.sleep(1_000);
        }

        // The first paint: the overview, the first page of estimates and the map, each showing data.
        browser = DashboardBrowserTest.chromium(dir);
        browser.get(dashboard + "/");
        WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(60));
        String marks = "return ['overview', 'estimates', 'map'].map(function (p) {"
                + " var e = performance.getEntriesByName('tally-shown-' + p); return e.length ? e[0].startTime : null; })";
        List<?> shown = wait.until(d -> {
            List<?> times = (List<?>) browser.executeScript(marks);
            return times.stream().allMatch(t -> t != null) ? times : null;
        });
        double firstPaint = shown.stream().mapToDouble(t -> ((Number) t).doubleValue()).max().orElseThrow();
        System.out.printf("DashboardAtScaleTest: first paint at %,d estimates %.0f ms (overview %.0f, estimates %.0f, map %.0f)%n",
                ESTIMATES, firstPaint, ((Number) shown.get(0)).doubleValue(), ((Number) shown.get(1)).doubleValue(), ((Number) shown.get(2)).doubleValue());
        // What the first paint waited on: each request the page made (start and end in ms from navigation, bytes on
        // the wire and decoded), the page's own loading, and the size of its DOM.
        List<?> requests = (List<?>) browser.executeScript("return performance.getEntriesByType('resource').map(function (e) {"
                + " return e.name.replace(location.origin, '') + ' ' + Math.round(e.startTime) + '-' + Math.round(e.responseEnd)"
                + " + ' ms, ' + e.transferSize + ' B sent, ' + e.decodedBodySize + ' B decoded'; })");
        requests.forEach(r -> System.out.println("DashboardAtScaleTest: request " + r));
        System.out.println("DashboardAtScaleTest: marks " + browser.executeScript("return performance.getEntriesByType('mark')"
                + ".map(function (m) { return m.name + ' ' + Math.round(m.startTime); }).join(', ')"));
        System.out.println("DashboardAtScaleTest: " + browser.executeScript("var n = performance.getEntriesByType('navigation')[0];"
                + " return 'page loaded ' + Math.round(n.domContentLoadedEventEnd) + ' ms, ' + document.getElementsByTagName('*').length"
                + " + ' elements';"));
        assertEquals(100, browser.findElements(By.cssSelector("#estimates-table tbody tr")).size(), "a page of the table");
        // The overview's series (two per country, and the demo's samples') a page of 100 at a time.
        int series = browser.findElements(By.cssSelector("#overview-table tbody tr")).size();
        assertTrue(series >= COUNTRIES * METRICS.size(), series + " rows");
        if (series > 100) {
            assertEquals("rows 1\u2013100 of " + series, browser.findElement(By.cssSelector("#overview-table-pager .page")).getText());
        }
        assertEquals(Math.min(100, series), browser.findElements(By.cssSelector("#overview-table tbody tr")).stream().filter(r -> r.isDisplayed()).count());
        assertTrue(browser.findElements(By.cssSelector("#map-svg path.country[data-value]")).size() >= COUNTRIES / 2,
                "the map's countries with a value");
        Files.createDirectories(Path.of("target"));
        Files.write(Path.of("target", "dashboard-at-scale.png"), browser.getScreenshotAs(OutputType.BYTES));
        List<String> problems = browser.manage().logs().get(LogType.BROWSER).getAll().stream()
                .filter(e -> e.getLevel().intValue() >= Level.WARNING.intValue()).map(LogEntry::getMessage).toList();
        assertEquals(List.of(), problems, "no console errors");
    }

    /** Each figure its own statistic: a year or a month of deaths or kidnappings in one of 100 countries (the first valid places). */
    private static List<Figure> figures() {
        List<String> countries = Places.all().stream().filter(p -> p.subdivision() == null).map(Place::iso2).distinct().sorted()
                .filter(iso -> FigureValidation.problem(figure(iso, Metric.DEATHS, FIRST_YEAR, 1)) == null).limit(COUNTRIES).toList();
        assertEquals(COUNTRIES, countries.size());
        List<Figure> figures = new ArrayList<>();
        for (String iso : countries) {
            for (Metric metric : METRICS) {
                for (int year = FIRST_YEAR; year < FIRST_YEAR + YEARS; year++) {
                    for (int month = 1; month <= PER_YEAR; month++) {
                        figures.add(figure(iso, metric, year, month));
                    }
                }
            }
        }
        List<String> invalid = figures.stream().map(FigureValidation::problem).filter(java.util.Objects::nonNull).distinct().toList();
        assertEquals(List.of(), invalid, "every figure valid");
        return figures;
    }

    private static Figure figure(String iso, Metric metric, int year, int month) {
        String id = "scale-" + iso + "-" + metric.json() + "-" + year + "-" + month;
        return new Figure(id, id, null, LocalDate.of(year + 1, 1, 13), "Gazette", metric,
                10 + Math.floorMod(iso.hashCode() + year * 31 + month, 500), Qualifier.EXACT, iso,
                month == PER_YEAR ? Period.year(year) : Period.month(YearMonth.of(year, month)), Basis.TOTAL, "A month's count.", new Span(0, 10),
                "tally-extract/1/en", new Span(0, 2), null, "en", "https://example.org/" + id, List.of())
                .withMeaning(Kind.FLOW, Definition.UNSPECIFIED, null, null);
    }

    /** Whether every series of the figures (metric and country) has a point for each of its years. */
    private static boolean allSeriesComplete(String dashboard, List<Figure> figures) throws Exception {
        Map<String, Set<Integer>> years = new java.util.HashMap<>();
        for (JsonNode s : DashboardBrowserTest.api(dashboard + "/api/series?kind=flow&definition=unspecified&limit=5000").get("series")) {
            Set<Integer> of = years.computeIfAbsent(s.get("metric").asText() + "|" + s.get("place").asText(), k -> new HashSet<>());
            s.get("points").forEach(p -> of.add(p.get("year").asInt()));
        }
        return figures.stream().allMatch(f -> years.getOrDefault(f.metric().json() + "|" + f.place(), Set.of())
                .contains(f.period().from().getYear()));
    }

    /** The statistics of every estimate, read a page of 5,000 at a time. */
    private static List<String> allEstimates(String dashboard) throws Exception {
        List<String> keys = new ArrayList<>();
        String cursor = null;
        do {
            JsonNode page = DashboardBrowserTest.api(dashboard + "/api/estimates?limit=5000"
                    + (cursor == null ? "" : "&cursor=" + URLEncoder.encode(cursor, StandardCharsets.UTF_8)));
            page.get("estimates").forEach(e -> keys.add(e.get("statistic").asText()));
            cursor = page.get("next").isTextual() ? page.get("next").asText() : null;
        } while (cursor != null);
        return keys;
    }
}
