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
import org.openqa.selenium.OutputType;
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

        Files.createDirectories(Path.of("target"));
        browser.executeScript("window.scrollTo(0, 0)");
        Files.write(Path.of("target", "dashboard.png"), browser.getScreenshotAs(OutputType.BYTES));
        browser.executeScript("document.getElementById('provenance').scrollIntoView()");
        Files.write(Path.of("target", "dashboard-provenance.png"), browser.getScreenshotAs(OutputType.BYTES));

        List<String> problems = browser.manage().logs().get(LogType.BROWSER).getAll().stream()
                .filter(e -> e.getLevel().intValue() >= Level.WARNING.intValue())
                .map(LogEntry::getMessage).collect(Collectors.toList());
        assertEquals(List.of(), problems, "no console errors, no content security policy violations");
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
                deaths("browser-state-1", "Herald", 3100, 2010, Definition.ORGANIZED_CRIME, "MX-CHH"));
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
        try (KafkaPublisher publisher = new KafkaPublisher(client, TallyEnvironment.DEFAULT)) {
            publisher.publishFigures(figures);
            publisher.finish();
        }
        CaughtUp.await(client, TallyEnvironment.DEFAULT.applicationId(), TallyEnvironment.DEFAULT.figures(), Duration.ofMinutes(2));
    }

    private ChromeDriver chromium() throws Exception {
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

    private static String find(String text, String regex) {
        Matcher m = Pattern.compile(regex).matcher(text);
        assertTrue(m.find(), regex + " in\n" + text);
        return m.group(1);
    }
}
