package tally.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.logging.Level;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.NoAlertPresentException;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import picocli.CommandLine;
import tally.ingest.publish.KafkaPublisher;
import tally.stats.Basis;
import tally.stats.Definition;
import tally.stats.Figure;
import tally.stats.Kind;
import tally.stats.Metric;
import tally.stats.Period;
import tally.stats.Qualifier;
import tally.stats.Span;
import tally.stats.TallyEnvironment;
import tally.stats.json.Json;
import tally.streams.app.TallyStreamsConfig;
import tally.streams.kafka.CaughtUp;

/**
 * The dashboard in a real headless Chromium (Debian's chromium and chromium-driver, installed by
 * tools/install-chromium.sh during the build) against the README's {@code demo}: Mexico's yearly
 * deaths and a known estimate appear, quotes, outlets and links with markup stay text, a new
 * figure reaches the page live, and the page breaks no rule of its content security policy. With
 * figures of known kinds added, it opens on the flow series of deaths with the most sources and
 * shows kinds, definitions, subdivisions and disputed marks, with filters for them. A
 * screenshot is saved as target/dashboard.png (and target/dashboard-provenance.png).
 */
class DashboardBrowserTest {

    static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
    static final String HOSTILE = "deaths|NO|2019-01-01|2019-12-31|total|unknown|unspecified";
    static final String QUOTE = "<script>alert('quote')</script> Twelve people <img src=x onerror=alert('img')> died in Norway in 2019.";

    @TempDir
    Path dir;

    private Thread demo;
    private ChromeDriver browser;

    @AfterEach
    void stop() throws InterruptedException {
        stop(browser, demo);
    }

    /** Quits the browser and ends the demo's thread, whichever of them was started. */
    static void stop(ChromeDriver browser, Thread demo) throws InterruptedException {
        if (browser != null) {
            browser.quit();
        }
        if (demo != null) {
            demo.interrupt(); // the demo waits for Ctrl-C; an interrupt closes it the same way
            demo.join(60_000);
        }
    }

    @Test
    void showsTheDemoStatisticsLiveAndQuotesAsText() throws Exception {
        assertTrue(Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER),
                "Chromium and ChromeDriver are installed by tools/install-chromium.sh (run by mvn verify)");
        StringWriter out = new StringWriter();
        demo = new Thread(() -> {
            CommandLine cli = Tally.commandLine(Map.of());
            cli.setOut(new PrintWriter(out, true));
            cli.setErr(new PrintWriter(new StringWriter(), true));
            cli.execute("demo", "--data-dir", dir.resolve("data").toString(), "--partitions", "2", "--http-port", "0");
        }, "demo");
        demo.start();
        String printed = awaitOutput(out, "Dashboard: ");
        String dashboard = find(printed, "Dashboard: (http://\\S+)/");
        Properties client = new Properties();
        client.put("bootstrap.servers", find(printed, "through Kafka at (\\S+) \\(embedded\\)"));
        publish(client, hostile());
        publish(client, meaningful());

        browser = chromium();
        browser.get(dashboard + "/");
        WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(30));
        wait.ignoring(StaleElementReferenceException.class); // a live update may redraw a table while it is read

        // It opens on a meaningful view: the flow series of deaths with the most sources, not the longest series
        // (the demo's incidents in Tamaulipas, its last series to arrive, show that its figures are in).
        wait.until(d -> new Select(d.findElement(By.id("series-select"))).getOptions().stream()
                .anyMatch(o -> o.getAttribute("value").equals("violence|deaths|MX-TAM|incident|unspecified")));
        assertEquals(CRIME_SERIES, new Select(browser.findElement(By.id("series-select"))).getFirstSelectedOption().getAttribute("value"));
        assertTrue(browser.findElement(By.id("series-meaning")).getText().contains("flow"), browser.findElement(By.id("series-meaning")).getText());
        assertTrue(browser.findElement(By.id("series-meaning")).getText().contains("organized crime"));
        assertTrue(wait.until(d -> d.findElement(By.cssSelector("#series-table tr[data-year='2010']"))).getText().contains("15,273"));
        // The series' kind filter narrows the list.
        new Select(browser.findElement(By.id("series-kind"))).selectByValue("unknown");
        assertTrue(new Select(browser.findElement(By.id("series-select"))).getOptions().stream()
                .allMatch(o -> o.getAttribute("value").contains("|unknown|")));
        new Select(browser.findElement(By.id("series-kind"))).selectByValue("");

        // Kinds, definitions, subdivisions and a disputed mark in the estimates, and their filters.
        WebElement disputed = wait.until(d -> d.findElement(By.cssSelector("#estimates-table tr[data-statistic='" + HOMICIDES_2010 + "']")));
        assertEquals("flow", disputed.findElement(By.cssSelector(".kind")).getText());
        assertEquals("homicide", disputed.findElement(By.cssSelector(".definition")).getText());
        WebElement mark = disputed.findElement(By.cssSelector(".best .disputed-mark"));
        assertTrue(mark.getAttribute("title").contains("15,273") && mark.getAttribute("title").contains("25,757"), mark.getAttribute("title"));
        assertTrue(browser.findElements(By.cssSelector("#estimates-table tr[data-statistic='" + CRIME_2010 + "'] .disputed-mark")).isEmpty(),
                "two outlets agreeing");
        new Select(browser.findElement(By.id("filter-subdivision"))).selectByValue("MX-CHH");
        // Chihuahua's count of this test and of the demo's sample (s055), and the demo's Juárez massacre (s056, s057).
        wait.until(d -> d.findElements(By.cssSelector("#estimates-table tr[data-statistic='" + CHIHUAHUA_2010 + "']")).size() == 1
                && d.findElements(By.cssSelector("#estimates-table tbody tr .place")).stream().allMatch(e -> e.getText().startsWith("MX-CHH")));
        new Select(browser.findElement(By.id("filter-subdivision"))).selectByValue("");
        new Select(browser.findElement(By.id("filter-kind"))).selectByValue("flow");
        new Select(browser.findElement(By.id("filter-definition"))).selectByValue("homicide");
        wait.until(d -> d.findElements(By.cssSelector("#estimates-table tr[data-statistic='" + HOMICIDES_2010 + "']")).size() == 1
                && d.findElements(By.cssSelector("#estimates-table tbody tr .definition")).stream().allMatch(e -> e.getText().equals("homicide"))
                && d.findElements(By.cssSelector("#estimates-table tbody tr .kind")).stream().allMatch(e -> e.getText().equals("flow")));
        browser.findElement(By.id("filter-reset")).click();

        // A stock's year with no stock dated in it carries the year before's value, flagged; one massacre is counted once.
        new Select(browser.findElement(By.id("series-select"))).selectByValue("migration|migrants|US|stock|irregular");
        WebElement y2008 = wait.until(d -> d.findElement(By.cssSelector("#series-table[data-series='migration|migrants|US|stock|irregular'] tr[data-year='2008']")));
        assertEquals("carried", y2008.findElement(By.cssSelector(".derivation")).getText());
        assertTrue(y2008.findElement(By.cssSelector(".derivation")).getAttribute("title").contains("2007"), y2008.findElement(By.cssSelector(".derivation")).getAttribute("title"));
        assertTrue(y2008.getText().contains("12,000,000"), y2008.getText());
        new Select(browser.findElement(By.id("series-select"))).selectByValue("violence|deaths|MX-TAM|incident|unspecified");
        WebElement tamaulipas = wait.until(d -> d.findElement(By.cssSelector("#series-table[data-series='violence|deaths|MX-TAM|incident|unspecified'] tr[data-year='2010']")));
        assertEquals("72", tamaulipas.findElement(By.cssSelector(".value")).getText());

        // Mexico's yearly deaths series of the demo's figures.
        new Select(browser.findElement(By.id("series-select"))).selectByValue(CRIME_SERIES);
        WebElement y2010 = wait.until(d -> d.findElement(By.cssSelector("#series-table[data-series='" + CRIME_SERIES + "'] tr[data-year='2010']")));
        assertTrue(y2010.getText().contains("15,273"), y2010.getText());
        // Its weekly mentions: the table's rows are the API's weeks of Mexico's deaths, this test's five figures among them.
        wait.until(d -> d.findElement(By.id("mentions-table")).getAttribute("data-of").equals("deaths|MX")
                && !d.findElements(By.cssSelector("#mentions-table tr[data-week='2011-01-10']")).isEmpty());
        assertEquals(apiWeeks(dashboard + "/api/mentions?metric=deaths&place=MX"), browser.findElements(By.cssSelector("#mentions-table tbody tr"))
                .stream().map(WebElement::getText).toList());
        assertTrue(Integer.parseInt(browser.findElement(By.cssSelector("#mentions-table tr[data-week='2011-01-10'] .figures")).getText()) >= 5);

        // A known estimate, and the quotes behind the hostile one.
        WebElement mx = wait.until(d -> d.findElement(By.cssSelector("#estimates-table tr[data-statistic='" + CRIME_2010 + "']")));
        assertEquals("15,273", mx.findElement(By.cssSelector(".best")).getText(),
                "the demo's organized-crime count (15,273, 'more than 15,000', 'about 15,300') and this test's agree; all homicides are apart");
        WebElement hostileRow = wait.until(d -> d.findElement(By.cssSelector("#estimates-table tr[data-statistic='" + HOSTILE + "']")));
        hostileRow.click();
        WebElement report = wait.until(d -> d.findElement(By.cssSelector("#provenance article.report")));
        assertEquals(QUOTE, report.findElement(By.cssSelector(".quote")).getText(), "the quote shows as written, as text");
        assertEquals("<script>alert('outlet')</script>", report.findElement(By.cssSelector(".outlet")).getText());
        WebElement link = report.findElement(By.cssSelector(".link"));
        assertTrue(link.getText().contains("javascript:alert('link')"), link.getText());
        assertTrue(browser.findElements(By.cssSelector("#provenance a[href^='javascript']")).isEmpty(), "no javascript: link");
        assertTrue(browser.findElements(By.cssSelector("#provenance script, #provenance img")).isEmpty(), "no element made from the text");
        assertNoAlert();

        // A new year of Mexico's deaths reaches the open page through server-sent events.
        assertTrue(browser.findElements(By.cssSelector("#series-table tr[data-year='1999']")).isEmpty());
        wait.until(d -> d.findElement(By.id("live-status")).getText().equals("live"));
        publish(client, new Figure("browser-live-1", "browser-live-article", null, LocalDate.of(2000, 2, 1), "Example News",
                Metric.DEATHS, 1234, Qualifier.EXACT, "MX", Period.year(1999), Basis.TOTAL,
                "In 1999, 1,234 people were killed in Mexico.", new Span(0, 10), "tally-extract/1/en", new Span(0, 2), null,
                "en", "https://example.org/1999", List.of()).withMeaning(Kind.FLOW, Definition.ORGANIZED_CRIME, null, null));
        WebElement y1999 = new WebDriverWait(browser, Duration.ofSeconds(60))
                .until(d -> d.findElement(By.cssSelector("#series-table tr[data-year='1999']")));
        assertTrue(y1999.getText().contains("1,234"), y1999.getText());
        WebElement week = new WebDriverWait(browser, Duration.ofSeconds(60))
                .until(d -> d.findElement(By.cssSelector("#mentions-table tr[data-week='2000-01-31']")));
        assertEquals("2000-01-31 1 1", week.getText(), "its week of publication, live");

        // The overview lists each country's series with its latest year; a row opens its series and the address
        // keeps the view, so the link reopens it with the filters chosen.
        WebElement crime = wait.until(d -> d.findElement(By.cssSelector("#overview-table tr[data-series='" + CRIME_SERIES + "']")));
        assertEquals("2011", crime.findElement(By.cssSelector(".year")).getText());
        assertEquals("15,273", crime.findElement(By.cssSelector(".value")).getText());
        assertEquals(1, crime.findElements(By.cssSelector(".trend svg polyline")).size(), "a trend line");
        browser.findElement(By.cssSelector("#overview-table tr[data-series='" + HOMICIDE_SERIES + "']")).click();
        assertEquals(HOMICIDE_SERIES, new Select(browser.findElement(By.id("series-select"))).getFirstSelectedOption().getAttribute("value"));
        new Select(browser.findElement(By.id("filter-kind"))).selectByValue("flow");
        String view = browser.getCurrentUrl();
        assertTrue(view.contains("series=" + URLEncoder.encode(HOMICIDE_SERIES, StandardCharsets.UTF_8)) && view.contains("kind=flow"), view);
        browser.get(dashboard + "/");
        wait.until(d -> new Select(d.findElement(By.id("series-select"))).getFirstSelectedOption().getAttribute("value").equals(CRIME_SERIES));
        browser.get(view);
        wait.until(d -> new Select(d.findElement(By.id("series-select"))).getFirstSelectedOption().getAttribute("value").equals(HOMICIDE_SERIES));
        assertEquals("flow", new Select(browser.findElement(By.id("filter-kind"))).getFirstSelectedOption().getAttribute("value"));
        wait.until(d -> !d.findElements(By.cssSelector("#estimates-table tbody tr")).isEmpty()
                && d.findElements(By.cssSelector("#estimates-table tbody tr .kind")).stream().allMatch(e -> e.getText().equals("flow")));
        assertEquals(HOMICIDE_SERIES, browser.findElement(By.id("series-table")).getAttribute("data-series"));

        // Series with uncertainty: the low-high range of each year in the table and as a band on the chart, as the API gives it.
        browser.findElement(By.cssSelector("#overview-table tr[data-series='" + CRIME_SERIES + "']")).click();
        WebElement ranged = wait.until(d -> d.findElement(By.cssSelector("#series-table[data-series='" + CRIME_SERIES + "'] tr[data-year='2010']")));
        JsonNode crimeSeries = apiSeries(dashboard, CRIME_SERIES);
        JsonNode point2010 = point(crimeSeries, 2010);
        assertTrue(point2010.get("low").asDouble() < point2010.get("high").asDouble(), "'more than 15,000' and 'about 15,300': " + point2010);
        assertEquals(String.format(Locale.US, "%,d", point2010.get("low").asLong()), ranged.findElement(By.cssSelector(".low")).getText());
        assertEquals(String.format(Locale.US, "%,d", point2010.get("high").asLong()), ranged.findElement(By.cssSelector(".high")).getText());
        @SuppressWarnings("unchecked")
        List<Object> labels = (List<Object>) browser.executeScript("return Chart.getChart(document.getElementById('series-chart')).data.labels");
        @SuppressWarnings("unchecked")
        List<List<Object>> band = (List<List<Object>>) browser.executeScript(
                "return Chart.getChart(document.getElementById('series-chart')).data.datasets.slice(1).map(function (d) { return d.data; })");
        int at = labels.stream().map(l -> ((Number) l).intValue()).toList().indexOf(2010);
        assertEquals(point2010.get("low").asDouble(), ((Number) band.get(0).get(at)).doubleValue(), "the band's lower edge");
        assertEquals(point2010.get("high").asDouble(), ((Number) band.get(1).get(at)).doubleValue(), "the band's upper edge");

        // A table shown whole sorts by a header's button, and stays sorted: the latest year first.
        WebElement yearHeader = browser.findElement(By.cssSelector("#series-table thead th:first-child"));
        yearHeader.findElement(By.tagName("button")).click();
        yearHeader.findElement(By.tagName("button")).click();
        assertEquals("descending", yearHeader.getAttribute("aria-sort"));
        List<Integer> years = new ArrayList<>();
        crimeSeries.get("points").forEach(p -> years.add(p.get("year").asInt()));
        years.sort(java.util.Comparator.reverseOrder());
        assertEquals(years, browser.findElements(By.cssSelector("#series-table tbody tr")).stream()
                .map(r -> Integer.parseInt(r.getAttribute("data-year"))).toList());

        // Countries compared on one chart: Colombia's and the United States' organized-crime deaths beside Mexico's, kept in
        // the address so that the link reopens them.
        wait.until(d -> new Select(d.findElement(By.id("series-compare"))).getOptions().stream().map(o -> o.getAttribute("value"))
                .toList().containsAll(List.of("CO", "US")));
        new Select(browser.findElement(By.id("series-compare"))).selectByValue("CO");
        new Select(browser.findElement(By.id("series-compare"))).selectByValue("US");
        String compared = wait.until(d -> d.getCurrentUrl().contains("compare=CO%2CUS") ? d.getCurrentUrl() : null);
        assertComparedAsTheApi(dashboard);
        browser.get(dashboard + "/");
        browser.get(compared);
        wait.until(d -> new Select(d.findElement(By.id("series-compare"))).getAllSelectedOptions().size() == 2);
        assertComparedAsTheApi(dashboard);
        Files.createDirectories(Path.of("target"));
        browser.executeScript("document.getElementById('series').scrollIntoView()");
        Files.write(Path.of("target", "dashboard-compare.png"), browser.getScreenshotAs(OutputType.BYTES));
        new Select(browser.findElement(By.id("series-compare"))).deselectAll();
        wait.until(d -> !d.getCurrentUrl().contains("compare="));

        // The world map: organized-crime deaths of 2010 by country, each country's colour the legend's class of its value as the
        // API gives it (three values, three classes, the largest darkest), a country without a value grey and said so.
        restoreSelect("map-statistic", "violence|deaths|flow|organized_crime");
        restoreSelect("map-year", "2010");
        wait.until(d -> "2010".equals(d.findElement(By.id("map-svg")).getAttribute("data-year"))
                && d.findElements(By.cssSelector("#map-svg path.country[data-iso='CO'][data-value]")).size() == 1);
        Map<String, String> colours = new java.util.HashMap<>();
        for (String iso : List.of("MX", "CO", "US")) {
            double value = point(apiSeries(dashboard, "violence|deaths|" + iso + "|flow|organized_crime"), 2010).get("value").asDouble();
            WebElement shape = browser.findElement(By.cssSelector("#map-svg path.country[data-iso='" + iso + "']"));
            assertEquals(value, Double.parseDouble(shape.getAttribute("data-value")), iso);
            assertEquals(legendColour(value), shape.getAttribute("fill"), iso + "'s colour is its value's class in the legend");
            colours.put(iso, shape.getAttribute("fill"));
        }
        assertEquals(3, new java.util.HashSet<>(colours.values()).size(), "three values, three classes: " + colours);
        assertEquals("#bd0026", colours.get("MX"), "the largest value, the darkest class");
        WebElement france = browser.findElement(By.cssSelector("#map-svg path.country[data-iso='FR']"));
        assertEquals(browser.findElement(By.cssSelector("#map-legend li.no-data")).getAttribute("data-colour"), france.getAttribute("fill"));
        assertTrue(france.findElement(By.tagName("title")).getAttribute("textContent").equals("France: no data"),
                france.findElement(By.tagName("title")).getAttribute("textContent"));
        // Per 100,000 inhabitants, as the API's points give it.
        new Select(browser.findElement(By.id("map-measure"))).selectByValue("per100k");
        double mexicoRate = point(apiSeries(dashboard, CRIME_SERIES), 2010).get("per100k").asDouble();
        wait.until(d -> "per100k".equals(d.findElement(By.id("map-svg")).getAttribute("data-measure")));
        WebElement mexico = browser.findElement(By.cssSelector("#map-svg path.country[data-iso='MX']"));
        assertEquals(mexicoRate, Double.parseDouble(mexico.getAttribute("data-value")));
        assertEquals(legendColour(mexicoRate), mexico.getAttribute("fill"));
        browser.executeScript("document.getElementById('map').scrollIntoView()");
        Files.write(Path.of("target", "dashboard-map.png"), browser.getScreenshotAs(OutputType.BYTES));

        // A country on the map opens its page: every series of Mexico and of its states, as the API lists them, with what
        // their kinds and definitions count; the address keeps the page and the map's choices, and reopens them.
        mexico.click();
        wait.until(d -> d.findElement(By.id("country")).isDisplayed() && d.findElement(By.id("country-heading")).getText().equals("Mexico"));
        assertCountryPageAsTheApi(dashboard, "MX");
        assertSubdivisionMapAsTheApi(dashboard, "MX");
        String countryView = browser.getCurrentUrl();
        assertTrue(countryView.contains("country=MX") && countryView.contains("mapYear=2010") && countryView.contains("mapMeasure=per100k"),
                countryView);
        browser.executeScript("document.getElementById('country').scrollIntoView()");
        Files.write(Path.of("target", "dashboard-country.png"), browser.getScreenshotAs(OutputType.BYTES));
        browser.get("about:blank");
        browser.get(countryView);
        wait.until(d -> d.findElement(By.id("country")).isDisplayed());
        assertCountryPageAsTheApi(dashboard, "MX");
        assertEquals("per100k", new Select(browser.findElement(By.id("map-measure"))).getFirstSelectedOption().getAttribute("value"));
        wait.until(d -> "2010".equals(d.findElement(By.id("map-svg")).getAttribute("data-year"))
                && "violence|deaths|flow|organized_crime".equals(d.findElement(By.id("map-svg")).getAttribute("data-statistic")));
        // A row opens its series; the page closes.
        browser.findElement(By.cssSelector("#country-table tr[data-series='" + CRIME_SERIES + "']")).click();
        wait.until(d -> new Select(d.findElement(By.id("series-select"))).getFirstSelectedOption().getAttribute("value").equals(CRIME_SERIES));
        browser.findElement(By.id("country-close")).click();
        wait.until(d -> !d.findElement(By.id("country")).isDisplayed() && !d.getCurrentUrl().contains("country="));

        // Downloads: the series, its weekly mentions, the overview and every matching estimate as CSV whose rows are the
        // API's, and the chart as PNG.
        Path downloads = Files.createDirectories(dir.resolve("downloads"));
        browser.executeCdpCommand("Browser.setDownloadBehavior", Map.of("behavior", "allow", "downloadPath", downloads.toString()));
        browser.findElement(By.id("series-csv")).click();
        assertRowsEqual(crimeSeries.get("points"), csv(awaitDownload(downloads, "tally-series-violence-deaths-MX-flow-organized_crime.csv")));
        browser.findElement(By.id("mentions-csv")).click();
        assertRowsEqual(api(dashboard + "/api/mentions?metric=deaths&place=MX").get("mentions"),
                csv(awaitDownload(downloads, "tally-mentions-deaths-MX.csv")));
        browser.findElement(By.id("series-png")).click();
        byte[] png = Files.readAllBytes(awaitDownload(downloads, "tally-series-violence-deaths-MX-flow-organized_crime.png"));
        java.awt.image.BufferedImage image = javax.imageio.ImageIO.read(new java.io.ByteArrayInputStream(png));
        assertTrue(image != null && image.getWidth() > 300 && image.getHeight() > 200, "a PNG of the chart");
        new Select(browser.findElement(By.id("filter-place"))).selectByValue("MX");
        wait.until(d -> d.findElements(By.cssSelector("#estimates-table tbody tr .place")).stream().allMatch(e -> e.getText().endsWith("Mexico")));
        browser.findElement(By.id("estimates-csv")).click();
        List<Map<String, String>> estimatesCsv = csv(awaitDownload(downloads, "tally-estimates-place-MX-kind-flow.csv"));
        assertRowsEqual(api(dashboard + "/api/estimates?kind=flow&place=MX").get("estimates"), estimatesCsv);
        assertTrue(estimatesCsv.stream().anyMatch(r -> r.get("statistic").equals(CRIME_2010)), "the rows of the filters");

        // A change alert appears live: Colombia's organized-crime deaths of 2012 top its last three years and more than double.
        String coHigh = "violence|deaths|CO|flow|organized_crime|high";
        assertTrue(browser.findElements(By.cssSelector("#alerts-list li[data-id='" + coHigh + "']")).isEmpty(), "2011 fell: no alert yet");
        browser.findElement(By.id("alerts-badge")).click();
        assertTrue(browser.findElement(By.id("alerts")).isDisplayed(), "the badge opens the list");
        publish(client, deaths("browser-co-3", "Herald", "CO", 9999, 2012));
        // Its text is read in the wait too: a live update may redraw the list between finding the item and reading it.
        String alert = new WebDriverWait(browser, Duration.ofSeconds(60)).ignoring(StaleElementReferenceException.class)
                .until(d -> d.findElement(By.cssSelector("#alerts-list li[data-id='" + coHigh + "']")).getText());
        assertTrue(alert.contains("2012 at a 3-year high: 9,999 (highest before: 3,210)"), alert);
        assertTrue(browser.findElements(By.cssSelector("#alerts-list li[data-id='violence|deaths|CO|flow|organized_crime|rise']")).size() == 1);
        String alertCount = String.valueOf(api(dashboard + "/api/alerts").get("count").asInt());
        wait.until(d -> d.findElement(By.id("alerts-count")).getText().equals(alertCount));
        browser.findElement(By.cssSelector("#alerts-list li[data-id='" + coHigh + "'] button")).click();
        wait.until(d -> new Select(d.findElement(By.id("series-select"))).getFirstSelectedOption().getAttribute("value")
                .equals("violence|deaths|CO|flow|organized_crime"));
        HttpResponse<String> metrics = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(dashboard + "/metrics")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertTrue(Pattern.compile("tally_alerts_total\\{reason=\"high\",?} [1-9]").matcher(metrics.body()).find(), "counted for Prometheus");

        // A long table is shown a page at a time, and sorted by a header: 124 years of kidnappings in Colombia.
        List<Figure> many = new ArrayList<>();
        for (int year = 1901; year <= 2024; year++) {
            many.add(new Figure("browser-page-" + year, "browser-page-article-" + year, null, LocalDate.of(2025, 1, 1), "Gazette",
                    Metric.KIDNAPPINGS, year - 1800, Qualifier.EXACT, "CO", Period.year(year), Basis.TOTAL,
                    "Kidnappings in " + year + ".", new Span(0, 10), "tally-extract/1/en", new Span(0, 2), null, "en",
                    "https://example.org/k" + year, List.of()).withMeaning(Kind.FLOW, Definition.UNSPECIFIED, null, null));
        }
        publish(client, many);
        new Select(browser.findElement(By.id("filter-kind"))).selectByValue("");
        restoreSelect("filter-place", "CO");
        JsonNode colombia = api(dashboard + "/api/estimates?place=CO").get("estimates");
        int total = colombia.size();
        assertTrue(total >= 124, "124 years of kidnappings: " + total);
        wait.until(d -> d.findElement(By.id("estimates-page")).getText().equals("rows 1\u2013100 of " + total));
        assertEquals(100, browser.findElements(By.cssSelector("#estimates-table tbody tr")).size());
        browser.findElement(By.id("estimates-next")).click();
        assertEquals("rows 101\u2013" + Math.min(200, total) + " of " + total, browser.findElement(By.id("estimates-page")).getText());
        assertEquals(Math.min(100, total - 100), browser.findElements(By.cssSelector("#estimates-table tbody tr")).size());
        browser.findElement(By.cssSelector("#estimates-table th[data-sort='best'] button")).click();
        browser.findElement(By.cssSelector("#estimates-table th[data-sort='best'] button")).click();
        assertEquals("descending", browser.findElement(By.cssSelector("#estimates-table th[data-sort='best']")).getAttribute("aria-sort"));
        assertEquals("rows 1\u2013100 of " + total, browser.findElement(By.id("estimates-page")).getText(), "a new order starts on its first page");
        List<String> largest = new ArrayList<>();
        colombia.forEach(e -> largest.add(String.format(Locale.US, "%,d", e.get("best").asLong())));
        largest.sort(java.util.Comparator.comparingLong((String b) -> Long.parseLong(b.replace(",", ""))).reversed());
        assertEquals(largest.subList(0, 3), browser.findElements(By.cssSelector("#estimates-table tbody tr .best")).stream()
                .limit(3).map(WebElement::getText).toList(), "the largest first");

        // The API's filters on the page: estimates of at least two outlets, kept in the address.
        new Select(browser.findElement(By.id("filter-place"))).selectByValue("");
        browser.findElement(By.id("filter-min-sources")).sendKeys("2");
        int twoOutlets = api(dashboard + "/api/estimates?min_sources=2").get("count").asInt();
        assertTrue(twoOutlets > 1, "the demo's statistics reported by two outlets or more: " + twoOutlets);
        wait.until(d -> d.findElement(By.id("estimates-count")).getText().startsWith(twoOutlets + " estimates."));
        assertTrue(browser.findElements(By.cssSelector("#estimates-table tbody tr .sources")).stream()
                .allMatch(e -> Integer.parseInt(e.getText().replace(",", "")) >= 2));
        assertTrue(browser.getCurrentUrl().contains("min_sources=2"), browser.getCurrentUrl());

        // One dataset's estimates, recomputed from its own figures: the demo's articles are all in "default", none in
        // "synthetic" (what `generate` writes), and the address keeps the choice.
        WebElement minSources = browser.findElement(By.id("filter-min-sources"));
        minSources.sendKeys(Keys.chord(Keys.CONTROL, "a"), Keys.BACK_SPACE);
        WebElement dataset = browser.findElement(By.id("filter-dataset"));
        dataset.sendKeys("synthetic");
        wait.until(d -> d.getCurrentUrl().contains("dataset=synthetic")
                && d.findElements(By.cssSelector("#estimates-table tbody tr:not(.empty-row)")).isEmpty()
                && d.findElement(By.cssSelector("#estimates-table tbody")).getText().contains("No estimates match"));
        assertEquals(0, api(dashboard + "/api/estimates?dataset=synthetic").get("count").asInt());
        dataset.sendKeys(Keys.chord(Keys.CONTROL, "a"), Keys.BACK_SPACE);
        dataset.sendKeys("default");
        int ofDefault = api(dashboard + "/api/estimates?dataset=default").get("count").asInt();
        assertEquals(api(dashboard + "/api/estimates").get("count").asInt(), ofDefault, "every demo estimate is of the default dataset");
        wait.until(d -> d.findElement(By.id("estimates-count")).getText().startsWith(ofDefault + " estimates."));
        assertTrue(browser.getCurrentUrl().contains("dataset=default"), browser.getCurrentUrl());

        Files.createDirectories(Path.of("target"));
        browser.executeScript("document.getElementById('series').scrollIntoView()");
        Files.write(Path.of("target", "dashboard-band.png"), browser.getScreenshotAs(OutputType.BYTES));
        browser.executeScript("window.scrollTo(0, 0)");
        Files.write(Path.of("target", "dashboard.png"), browser.getScreenshotAs(OutputType.BYTES));
        browser.executeScript("document.getElementById('provenance').scrollIntoView()");
        Files.write(Path.of("target", "dashboard-provenance.png"), browser.getScreenshotAs(OutputType.BYTES));

        List<String> problems = browser.manage().logs().get(LogType.BROWSER).getAll().stream()
                .filter(e -> e.getLevel().intValue() >= Level.WARNING.intValue())
                .map(LogEntry::getMessage).collect(Collectors.toList());
        assertEquals(List.of(), problems, "no console errors, no content security policy violations");
    }

    static JsonNode api(String url) throws Exception {
        HttpResponse<String> r = HttpClient.newHttpClient().send(
                HttpRequest.newBuilder(URI.create(url)).build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(200, r.statusCode(), r.body());
        return Json.MAPPER.readTree(r.body());
    }

    /** One series of {@code /api/series}, by its key. */
    private static JsonNode apiSeries(String dashboard, String key) throws Exception {
        for (JsonNode s : api(dashboard + "/api/series").get("series")) {
            if (s.get("key").asText().equals(key)) {
                return s;
            }
        }
        throw new AssertionError("no series " + key);
    }

    private static JsonNode point(JsonNode series, int year) {
        for (JsonNode p : series.get("points")) {
            if (p.get("year").asInt() == year) {
                return p;
            }
        }
        throw new AssertionError("no point of " + year + " in " + series);
    }

    /** The chart draws Colombia's and the United States' series beside Mexico's, as the API gives them, in the order chosen. */
    private void assertComparedAsTheApi(String dashboard) throws Exception {
        String chart = "Chart.getChart(document.getElementById('series-chart'))";
        List<?> drawn = (List<?>) new WebDriverWait(browser, Duration.ofSeconds(30)).ignoring(StaleElementReferenceException.class).until(d -> {
            List<?> lines = (List<?>) browser.executeScript("return " + chart + ".data.datasets.slice(3).map(function (d) { return d.label; })");
            return lines.size() == 2 ? lines : null;
        });
        assertEquals(List.of("Colombia", "United States"), drawn);
        List<Integer> labels = ((List<?>) browser.executeScript("return " + chart + ".data.labels")).stream()
                .map(l -> ((Number) l).intValue()).toList();
        for (int i = 0; i < 2; i++) {
            String key = i == 0 ? "violence|deaths|CO|flow|organized_crime" : "violence|deaths|US|flow|organized_crime";
            List<?> data = (List<?>) browser.executeScript("return " + chart + ".data.datasets[" + (3 + i) + "].data");
            for (JsonNode p : apiSeries(dashboard, key).get("points")) {
                assertEquals(p.get("value").asDouble(), ((Number) data.get(labels.indexOf(p.get("year").asInt()))).doubleValue(),
                        key + " " + p.get("year"));
            }
        }
        assertEquals(CRIME_SERIES, new Select(browser.findElement(By.id("series-select"))).getFirstSelectedOption().getAttribute("value"));
    }

    /**
     * The country page's map of its subdivisions: every subdivision whose series of the map's statistic has a point in the
     * map's year has that value (in the map's measure) and its class's colour in the legend, and only those have a value.
     */
    private void assertSubdivisionMapAsTheApi(String dashboard, String iso) throws Exception {
        new WebDriverWait(browser, Duration.ofSeconds(30)).until(d -> d.findElement(By.id("country-map")).isDisplayed()
                && !d.findElements(By.cssSelector("#country-map-svg path.subdivision[data-value]")).isEmpty());
        WebElement svg = browser.findElement(By.id("country-map-svg"));
        String[] statistic = svg.getAttribute("data-statistic").split("\\|"); // category|metric|kind|definition
        int year = Integer.parseInt(svg.getAttribute("data-year"));
        String field = svg.getAttribute("data-measure");
        Map<String, Double> expected = new java.util.TreeMap<>();
        for (JsonNode s : api(dashboard + "/api/series?place=" + iso).get("series")) {
            if (s.get("subdivision").isTextual() && s.get("key").asText().equals(String.join("|", statistic[0], statistic[1],
                    s.get("subdivision").asText(), statistic[2], statistic[3]))) {
                s.get("points").forEach(p -> {
                    if (p.get("year").asInt() == year && p.get(field).isNumber()) {
                        expected.put(s.get("subdivision").asText(), p.get(field).asDouble());
                    }
                });
            }
        }
        Map<String, Double> shown = new java.util.TreeMap<>();
        for (WebElement shape : browser.findElements(By.cssSelector("#country-map-svg path.subdivision[data-value]"))) {
            double value = Double.parseDouble(shape.getAttribute("data-value"));
            shown.put(shape.getAttribute("data-subdivision"), value);
            assertEquals(legendColour("#country-map-legend", value), shape.getAttribute("fill"),
                    shape.getAttribute("data-subdivision") + "'s colour is its value's class in the legend");
        }
        assertEquals(expected, shown, "each subdivision's value as the API gives it, in " + year + " (" + field + ")");
        WebElement none = browser.findElement(By.cssSelector("#country-map-svg path.subdivision.no-data"));
        assertEquals(browser.findElement(By.cssSelector("#country-map-legend li.no-data")).getAttribute("data-colour"), none.getAttribute("fill"));
        browser.executeScript("document.getElementById('country-map').scrollIntoView()");
        Files.write(Path.of("target", "dashboard-subdivisions.png"), browser.getScreenshotAs(OutputType.BYTES));
    }

    /** The world map's legend's colour for a value: the class whose range holds it. */
    private String legendColour(double value) {
        return legendColour("#map-legend", value);
    }

    /** A legend's colour for a value: the class whose range holds it. */
    private String legendColour(String legend, double value) {
        for (WebElement item : browser.findElements(By.cssSelector(legend + " li[data-min]"))) {
            if (Double.parseDouble(item.getAttribute("data-min")) <= value && value <= Double.parseDouble(item.getAttribute("data-max"))) {
                return item.getAttribute("data-colour");
            }
        }
        throw new AssertionError("no class of the legend holds " + value);
    }

    /**
     * The country page lists every series of the country (whole and subdivisions) that has points, as the API gives them,
     * each with its latest year's value, low and high, and explains each kind and definition they use.
     */
    private void assertCountryPageAsTheApi(String dashboard, String iso) throws Exception {
        java.util.Set<String> kinds = new java.util.TreeSet<>();
        java.util.Set<String> definitions = new java.util.TreeSet<>();
        Map<String, JsonNode> latest = new java.util.TreeMap<>();
        for (JsonNode s : api(dashboard + "/api/series?place=" + iso).get("series")) {
            JsonNode last = null;
            for (JsonNode p : s.get("points")) {
                last = last == null || p.get("year").asInt() > last.get("year").asInt() ? p : last;
            }
            if (last != null) {
                latest.put(s.get("key").asText(), last);
                kinds.add(s.get("kind").asText());
                definitions.add(s.get("definition").asText().replace('_', ' '));
            }
        }
        assertTrue(latest.keySet().stream().anyMatch(k -> k.contains("|" + iso + "-")), "subdivisions among them: " + latest.keySet());
        new WebDriverWait(browser, Duration.ofSeconds(30)).ignoring(StaleElementReferenceException.class).until(d ->
                d.findElements(By.cssSelector("#country-table tbody tr")).stream().map(r -> r.getAttribute("data-series"))
                        .collect(Collectors.toCollection(java.util.TreeSet::new)).equals(latest.keySet()));
        for (Map.Entry<String, JsonNode> e : latest.entrySet()) {
            WebElement row = browser.findElement(By.cssSelector("#country-table tr[data-series='" + e.getKey() + "']"));
            JsonNode p = e.getValue();
            assertEquals(p.get("year").asText(), row.findElement(By.cssSelector(".year")).getText(), e.getKey());
            java.text.DecimalFormat shown = new java.text.DecimalFormat("#,##0.###", java.text.DecimalFormatSymbols.getInstance(Locale.US));
            assertEquals(shown.format(p.get("value").asDouble()), row.findElement(By.cssSelector(".value")).getText(), e.getKey());
            if (p.hasNonNull("low")) {
                assertEquals(shown.format(p.get("low").asDouble()), row.findElement(By.cssSelector(".low")).getText(), e.getKey());
            }
        }
        String terms = browser.findElement(By.id("country-definitions")).getText().toLowerCase(Locale.ROOT); // terms shown in capitals
        for (String definition : definitions) {
            assertTrue(terms.contains("definition: " + definition), definition + " in " + terms);
        }
        assertEquals(kinds.size(), browser.findElements(By.cssSelector("#country-definitions .summary-item[class*='kind-']")).size(), terms);
    }

    /** Waits for a finished download of that name. */
    private static Path awaitDownload(Path downloads, String name) throws InterruptedException {
        Path file = downloads.resolve(name);
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (System.nanoTime() < deadline) {
            if (Files.isRegularFile(file) && !Files.exists(downloads.resolve(name + ".crdownload"))) {
                return file;
            }
            Thread.sleep(100);
        }
        throw new AssertionError("no download " + name + " in " + downloads.toFile().list().length + " files: "
                + String.join(", ", downloads.toFile().list()));
    }

    private static List<Map<String, String>> csv(Path file) throws Exception {
        com.fasterxml.jackson.dataformat.csv.CsvMapper mapper = new com.fasterxml.jackson.dataformat.csv.CsvMapper();
        try (com.fasterxml.jackson.databind.MappingIterator<Map<String, String>> rows = mapper.readerForMapOf(String.class)
                .with(com.fasterxml.jackson.dataformat.csv.CsvSchema.emptySchema().withHeader()).readValues(file.toFile())) {
            return rows.readAll();
        }
    }

    /**
     * The CSV's rows are the API's records, in order, field by field: a nested object's fields as
     * {@code name.field}, a list as its items joined by {@code ;}, null as an empty cell; numbers
     * compared as numbers (JavaScript writes 0.0 as 0).
     */
    private static void assertRowsEqual(JsonNode records, List<Map<String, String>> rows) {
        assertEquals(records.size(), rows.size(), "one row per record");
        for (int i = 0; i < rows.size(); i++) {
            Map<String, String> expected = new java.util.LinkedHashMap<>();
            flatten(records.get(i), "", expected);
            Map<String, String> row = rows.get(i);
            assertEquals(expected.keySet(), row.keySet(), "the columns");
            for (Map.Entry<String, String> cell : expected.entrySet()) {
                String actual = row.get(cell.getKey());
                assertTrue(sameCell(cell.getValue(), actual), "row " + i + " " + cell.getKey() + ": " + cell.getValue() + " vs " + actual);
            }
        }
    }

    private static void flatten(JsonNode node, String prefix, Map<String, String> into) {
        node.fields().forEachRemaining(f -> {
            JsonNode v = f.getValue();
            if (v.isArray()) {
                List<String> items = new ArrayList<>();
                v.forEach(item -> items.add(item.asText()));
                into.put(prefix + f.getKey(), String.join(";", items));
            } else if (v.isObject()) {
                flatten(v, prefix + f.getKey() + ".", into);
            } else {
                into.put(prefix + f.getKey(), v.isNull() ? "" : v.asText());
            }
        });
    }

    private static boolean sameCell(String expected, String actual) {
        if (expected.equals(actual)) {
            return true;
        }
        String[] e = expected.split(";", -1);
        String[] a = actual.split(";", -1);
        if (e.length != a.length) {
            return false;
        }
        for (int i = 0; i < e.length; i++) {
            try {
                if (Double.parseDouble(e[i]) != Double.parseDouble(a[i])) {
                    return false;
                }
            } catch (NumberFormatException notNumbers) {
                return false;
            }
        }
        return true;
    }

    /** Chooses a value of a filter the page offers once its data arrives. */
    private void restoreSelect(String id, String value) {
        new WebDriverWait(browser, Duration.ofSeconds(60)).ignoring(StaleElementReferenceException.class)
                .until(d -> new Select(d.findElement(By.id(id))).getOptions().stream()
                .anyMatch(o -> o.getAttribute("value").equals(value)));
        new Select(browser.findElement(By.id(id))).selectByValue(value);
    }

    /** The weeks of {@code /api/mentions} as the table shows them: week, figures, articles. */
    private static List<String> apiWeeks(String url) throws Exception {
        HttpResponse<String> r = HttpClient.newHttpClient().send(
                HttpRequest.newBuilder(URI.create(url)).build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(200, r.statusCode(), r.body());
        List<String> weeks = new ArrayList<>();
        for (JsonNode w : Json.MAPPER.readTree(r.body()).get("mentions")) {
            weeks.add(w.get("weekStart").asText() + " " + String.format(Locale.US, "%,d", w.get("figures").asInt())
                    + " " + String.format(Locale.US, "%,d", w.get("articles").asInt()));
        }
        return weeks;
    }

    static final String CRIME_SERIES = "violence|deaths|MX|flow|organized_crime";
    static final String HOMICIDE_SERIES = "violence|deaths|MX|flow|homicide";
    static final String CRIME_2010 = "deaths|MX|2010-01-01|2010-12-31|total|flow|organized_crime";
    static final String HOMICIDES_2010 = "deaths|MX|2010-01-01|2010-12-31|total|flow|homicide";
    static final String CHIHUAHUA_2010 = "deaths|MX-CHH|2010-01-01|2010-12-31|total|flow|organized_crime";

    /** Figures of known kinds: Mexico's organized-crime deaths by two outlets, a disputed homicide count, a state's count. */
    static List<Figure> meaningful() {
        return List.of(
                deaths("browser-crime-1", "Herald", 15273, 2010, Definition.ORGANIZED_CRIME, null),
                deaths("browser-crime-2", "Tribune", 15273, 2010, Definition.ORGANIZED_CRIME, null),
                deaths("browser-crime-3", "Herald", 9614, 2009, Definition.ORGANIZED_CRIME, null),
                deaths("browser-homicide-1", "Herald", 25757, 2010, Definition.HOMICIDE, null),
                deaths("browser-homicide-2", "Tribune", 15273, 2010, Definition.HOMICIDE, null),
                deaths("browser-state-1", "Herald", 3100, 2010, Definition.ORGANIZED_CRIME, "MX-CHH"),
                deaths("browser-co-1", "Herald", "CO", 3210, 2010),
                deaths("browser-co-2", "Herald", "CO", 2900, 2011),
                deaths("browser-us-1", "Tribune", "US", 4321, 2010));
    }

    /** Organized-crime deaths of a whole country other than Mexico, to compare with Mexico's. */
    private static Figure deaths(String id, String source, String place, double value, int year) {
        return new Figure(id, id + "-article", null, LocalDate.of(year + 1, 1, 13), source, Metric.DEATHS, value, Qualifier.EXACT, place,
                Period.year(year), Basis.TOTAL, "In " + year + ", " + (long) value + " people were killed.", new Span(0, 10),
                "tally-extract/1/en", new Span(0, 2), null, "en", "https://example.org/" + id, List.of())
                .withMeaning(Kind.FLOW, Definition.ORGANIZED_CRIME, null, null);
    }

    private static Figure deaths(String id, String source, double value, int year, Definition definition, String subdivision) {
        return new Figure(id, id + "-article", null, LocalDate.of(year + 1, 1, 13), source, Metric.DEATHS, value, Qualifier.EXACT, "MX",
                Period.year(year), Basis.TOTAL, "In " + year + ", " + (long) value + " people were killed.", new Span(0, 10),
                "tally-extract/1/en", new Span(0, 2), null, "en", "https://example.org/" + id, List.of())
                .withMeaning(Kind.FLOW, definition, subdivision, null);
    }

    static Figure hostile() {
        return new Figure("browser-hostile-1", "browser-hostile-article", null, LocalDate.of(2020, 3, 1),
                "<script>alert('outlet')</script>", Metric.DEATHS, 12, Qualifier.EXACT, "NO", Period.year(2019), Basis.TOTAL,
                QUOTE, new Span(0, 10), "tally-extract/1/en", new Span(0, 2), null, "en", "javascript:alert('link')", List.of());
    }

    private static void publish(Properties client, Figure figure) {
        publish(client, List.of(figure));
    }

    private static void publish(Properties client, List<Figure> figures) {
        publish(client, figures, Duration.ofMinutes(2));
    }

    /** Publishes figures and waits until the Streams application has read them all. */
    static void publish(Properties client, List<Figure> figures, Duration timeout) {
        try (KafkaPublisher publisher = new KafkaPublisher(client, TallyEnvironment.DEFAULT)) {
            publisher.publishFigures(figures);
            publisher.finish();
        }
        CaughtUp.await(client, TallyEnvironment.DEFAULT.applicationId(), TallyEnvironment.DEFAULT.figures(), timeout);
    }

    private ChromeDriver chromium() throws Exception {
        return chromium(dir);
    }

    /** Debian's headless Chromium, its console kept (warnings and errors are read at the end of a test). */
    static ChromeDriver chromium(Path dir) throws Exception {
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        // No sandbox as root in CI; no background networking, which this machine's closed network refuses.
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
                "--disable-quic", "--window-size=1280,1800", "--user-data-dir=" + Files.createTempDirectory(dir, "chromium"));
        LoggingPreferences logs = new LoggingPreferences();
        logs.enable(LogType.BROWSER, Level.ALL);
        options.setCapability("goog:loggingPrefs", logs);
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER.toFile())
                .usingAnyFreePort().build();
        return new ChromeDriver(service, options);
    }

    private void assertNoAlert() {
        try {
            String text = browser.switchTo().alert().getText();
            throw new AssertionError("a script from the data ran: alert(" + text + ")");
        } catch (NoAlertPresentException expected) {
            // nothing ran
        }
    }

    private String awaitOutput(StringWriter out, String marker) throws InterruptedException {
        return awaitOutput(out, marker, demo);
    }

    static String awaitOutput(StringWriter out, String marker, Thread demo) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofMinutes(3).toNanos();
        while (System.nanoTime() < deadline) {
            String s = out.toString();
            if (s.contains(marker)) {
                return s;
            }
            assertFalse(!demo.isAlive(), "the demo stopped early:\n" + s);
            Thread.sleep(100);
        }
        throw new AssertionError("the demo printed no '" + marker + "':\n" + out);
    }

    static String find(String text, String regex) {
        Matcher m = Pattern.compile(regex).matcher(text);
        assertTrue(m.find(), regex + " in\n" + text);
        return m.group(1);
    }
}
