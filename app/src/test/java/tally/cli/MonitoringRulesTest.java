package tally.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.math.BigDecimal;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.kafka.streams.KafkaStreams;
import org.apache.kafka.streams.state.HostInfo;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import tally.app.Brokers;
import tally.stats.Metric;
import tally.stats.TallyEnvironment;
import tally.streams.app.TallyApp;
import tally.streams.app.TallyStreamsConfig;
import tally.streams.kafka.EmbeddedKafka;
import tally.streams.serve.TallyHttpServer;

/**
 * docker/prometheus/tally-alerts.yaml and docker/grafana/tally-dashboard.json fit the Tally that
 * runs: every metric they name, and every label they select on, is in a real scrape of
 * {@code /metrics} of the application on an embedded broker; the alerts the operations guide
 * promises are there; and Prometheus' own promtool (Debian's, put in target/ by
 * tools/install-promtool.sh) accepts the rules and the dashboard's queries, passes the rules' unit
 * tests (tally-alerts.test.yaml) and evaluates the rules on the real scrape. Every Tally counter is
 * there at 0 from the start, so that an alert sees its first increase. Without promtool (no
 * Debian package to be had) the promtool checks are skipped, saying so, and the others still run.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class MonitoringRulesTest {

    private static final Path PROMETHEUS = Path.of("..", "docker", "prometheus");
    private static final Path RULES = PROMETHEUS.resolve("tally-alerts.yaml");
    private static final Path RULE_TESTS = PROMETHEUS.resolve("tally-alerts.test.yaml");
    private static final Path DASHBOARD = Path.of("..", "docker", "grafana", "tally-dashboard.json");
    private static final Path PROMTOOL = Path.of("target", "promtool", "promtool");
    /** What the operations guide promises, one alert each (issue 20). */
    private static final Set<String> ALERTS = Set.of("TallyNotRunning", "TallyInstanceDown", "TallyDeadLetters",
            "TallyEndToEndLagHigh", "TallyConsumerLagHigh");
    /** Labels Prometheus adds to every series it scrapes, and the series it makes per target. */
    private static final Set<String> TARGET_LABELS = Set.of("instance", "job");
    private static final String PER_TARGET = "up";
    private static final Set<String> KEYWORDS = Set.of("and", "or", "unless", "bool", "offset", "inf", "nan");
    private static final Pattern RANGE = Pattern.compile("\\[[^\\]]*\\]");
    private static final Pattern GROUPING = Pattern.compile("\\b(by|without|on|ignoring|group_left|group_right)\\s*\\([^)]*\\)");
    private static final Pattern SELECTOR = Pattern.compile(
            "(?<![\\w.:])([a-zA-Z_:][a-zA-Z0-9_:]*)\\s*(\\{((?:[^}\"]|\"(?:[^\"\\\\]|\\\\.)*\")*)\\})?(\\s*\\()?");
    private static final Pattern MATCHER = Pattern.compile("([a-zA-Z_]\\w*)\\s*(=~|!~|!=|=)");
    private static final Pattern SAMPLE = Pattern.compile("^([a-zA-Z_:][a-zA-Z0-9_:]*)(\\{(.*)\\})? (\\S+)$");
    private static final Pattern LABEL = Pattern.compile("([a-zA-Z_]\\w*)=\"((?:[^\"\\\\]|\\\\.)*)\"");

    @TempDir
    static Path dir;

    /** Every series of a running application's /metrics, by name. */
    private final Map<String, List<Sample>> scraped = new TreeMap<>();
    private JsonNode rules;
    private JsonNode dashboard;

    record Sample(Map<String, String> labels, double value) {
    }

    @BeforeAll
    void scrapeARunningApplication() throws Exception {
        rules = new ObjectMapper(new YAMLFactory()).readTree(RULES.toFile());
        dashboard = new ObjectMapper().readTree(DASHBOARD.toFile());
        try (EmbeddedKafka kafka = EmbeddedKafka.start(dir.resolve("kafka"))) {
            Properties client = Brokers.clientWithTopics(kafka, 2);
            // The Kafka metrics that appear after the start are bound every second, not every minute.
            try (TallyHttpServer server = TallyHttpServer.bind("127.0.0.1", 0).metricsRefresh(Duration.ofSeconds(1));
                 TallyApp app = TallyApp.start(TallyEnvironment.DEFAULT, client, dir.resolve("state"), TallyStreamsConfig.EXACTLY_ONCE, 1, false,
                         "127.0.0.1:" + server.port())) {
                server.serve(app.streams(), new HostInfo("127.0.0.1", server.port()), client, TallyEnvironment.DEFAULT);
                app.awaitRunning(Duration.ofMinutes(2));
                // Micrometer binds the metrics Kafka adds after the start (a consumer's per-partition lag, once it has
                // partitions) at its next refresh.
                String body = "";
                long running = System.nanoTime();
                long deadline = running + Duration.ofMinutes(2).toNanos();
                // Each consumer's lag appears with its first fetch of that partition: wait for the figures topic's too.
                String figuresLag = "topic=\"" + TallyEnvironment.DEFAULT.figures() + "\"";
                while (body.lines().noneMatch(l -> l.startsWith("kafka_consumer_fetch_manager_records_lag{") && l.contains(figuresLag)
                        && l.matches(".*client_id=\"[^\"]*-StreamThread-\\d+-consumer\".*")) && System.nanoTime() < deadline) {
                    Thread.sleep(1_000);
                    body = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(server.address() + "/metrics")).build(),
                            HttpResponse.BodyHandlers.ofString()).body();
                }
                System.out.printf("MonitoringRulesTest: per-partition lag exported %.1f s after RUNNING%n", (System.nanoTime() - running) / 1e9);
                assertEquals(KafkaStreams.State.RUNNING, app.streams().state());
                body.lines().map(SAMPLE::matcher).filter(Matcher::matches).forEach(m -> scraped
                        .computeIfAbsent(m.group(1), n -> new ArrayList<>()).add(new Sample(labels(m.group(3)), Double.parseDouble(m.group(4)))));
            }
        }
        assertTrue(scraped.containsKey("kafka_consumer_fetch_manager_records_lag"), "per-partition lag in " + scraped.keySet());
    }

    @Test
    void theAlertsOfTheOperationsGuideAreThereWithASeverityAndASummary() {
        Set<String> alerts = new TreeSet<>();
        for (JsonNode rule : rules()) {
            if (rule.has("alert")) {
                alerts.add(rule.path("alert").asText());
                assertTrue(Set.of("critical", "warning").contains(rule.path("labels").path("severity").asText()), rule.toString());
                assertFalse(rule.path("annotations").path("summary").asText().isBlank(), rule.toString());
                assertFalse(rule.path("annotations").path("description").asText().isBlank(), rule.toString());
            } else {
                assertTrue(rule.path("record").asText().matches("tally:\\w+:\\w+"), "a recording rule named level:metric:operations: " + rule);
            }
        }
        assertEquals(new TreeSet<>(ALERTS), alerts);
    }

    @Test
    void everyMetricAndLabelTheRulesNameIsOneTallyExports() {
        Set<String> recorded = new HashSet<>();
        rules().forEach(r -> recorded.add(r.path("record").asText()));
        List<String> expressions = new ArrayList<>();
        rules().forEach(r -> expressions.add(r.path("expr").asText()));
        assertSelectorsExist(expressions, recorded);
    }

    @Test
    void everyMetricAndLabelTheDashboardNamesIsOneTallyExports() {
        List<String> expressions = dashboardExpressions();
        assertTrue(expressions.size() >= 10, "a panel per concern: " + expressions);
        assertSelectorsExist(expressions, Set.of());
        for (JsonNode panel : dashboard.path("panels")) {
            assertEquals("${datasource}", panel.path("datasource").path("uid").asText(), "the data source is chosen on import: " + panel.path("title"));
        }
        assertEquals("datasource", dashboard.path("templating").path("list").get(0).path("type").asText());
    }

    @Test
    void notRunningMeansAStateOtherThanTheOneARunningApplicationReports() {
        double running = scraped.get("kafka_stream_client_state").get(0).value();
        assertEquals(KafkaStreams.State.RUNNING.ordinal(), (int) running, "Kafka Streams reports its state as the enum's ordinal");
        String expr = alert("TallyNotRunning").path("expr").asText();
        assertTrue(expr.contains("kafka_stream_client_state != " + (int) running), expr);
    }

    /** Nothing was published: every counter the alerts take increase() of is there at 0, not born with its first event. */
    @Test
    void everyTallyCounterIsThereAtZeroBeforeAnythingHappens() {
        assertEquals(List.of(0.0), values("tally_articles_ingested_total", Map.of()));
        for (Metric m : Metric.values()) {
            assertEquals(List.of(0.0), values("tally_figures_extracted_total", Map.of("metric", m.json())), m.json());
        }
        for (String exception : List.of("SerializationException", "InvalidFigureException", "RecordTooLargeException")) {
            assertEquals(List.of(0.0), values("tally_dlq_records_total", Map.of("exception", exception)), exception);
        }
        for (String reason : List.of("high", "rise", "fall")) {
            assertEquals(List.of(0.0), values("tally_alerts_total", Map.of("reason", reason)), reason);
        }
        assertEquals(List.of(0.0), values("tally_end_to_end_lag_seconds_count", Map.of()));
        assertEquals(List.of(0.0), values("tally_end_to_end_lag_seconds_bucket", Map.of("le", "60.0")), "histogram buckets from the start");
    }

    private List<Double> values(String name, Map<String, String> labels) {
        return scraped.getOrDefault(name, List.of()).stream().filter(s -> s.labels().entrySet().containsAll(labels.entrySet()))
                .map(Sample::value).toList();
    }

    @Test
    void promtoolAcceptsTheRulesAndTheDashboardsQueries() throws Exception {
        Path promtool = promtool();
        assertEquals("", promtool(promtool, "check", "rules", RULES.toAbsolutePath().toString()));
        // Each panel's query as a recording rule, so promtool parses it ($__rate_interval is Grafana's, a range).
        StringBuilder panels = new StringBuilder("groups:\n  - name: dashboard\n    rules:\n");
        List<String> expressions = dashboardExpressions();
        for (int i = 0; i < expressions.size(); i++) {
            panels.append("      - record: dashboard_query_").append(i).append("\n        expr: ")
                    .append(json(expressions.get(i).replace("$__rate_interval", "5m"))).append('\n');
        }
        Path file = Files.writeString(dir.resolve("dashboard-queries.yaml"), panels);
        assertEquals("", promtool(promtool, "check", "rules", file.toString()));
    }

    @Test
    void theRulesPassTheirUnitTests() throws Exception {
        assertEquals("", promtool(promtool(), "test", "rules", RULE_TESTS.toAbsolutePath().toString()));
    }

    /**
     * The rules evaluated by promtool on the series of the real scrape: no alert for a RUNNING
     * application at rest, and the consumer lag per topic is that of the Streams threads' main
     * consumers, each topic once (Kafka's deprecated underscore copy of a dotted topic name left out).
     */
    @Test
    void onTheRealScrapeNoAlertFiresAndTheLagCountsEachTopicOnce() throws Exception {
        Path promtool = promtool();
        Set<String> topics = new HashSet<>();
        scraped.get("kafka_consumer_fetch_manager_records_lag").forEach(s -> topics.add(s.labels().get("topic")));
        Map<String, Double> lag = new TreeMap<>();
        for (Sample s : scraped.get("kafka_consumer_fetch_manager_records_lag")) {
            String topic = s.labels().get("topic");
            boolean copy = topics.stream().anyMatch(t -> t.contains(".") && t.replace('.', '_').equals(topic));
            if (!copy && s.labels().get("client_id").matches(".*-StreamThread-\\d+-consumer")) {
                lag.merge(topic, s.value(), Double::sum);
            }
        }
        assertTrue(lag.containsKey(TallyEnvironment.DEFAULT.figures()) && !lag.containsKey("tally_figures"), lag.toString());

        StringBuilder test = new StringBuilder("rule_files:\n  - ").append(json(RULES.toAbsolutePath().toString()))
                .append("\nevaluation_interval: 1m\ntests:\n  - interval: 1m\n    input_series:\n");
        Set<String> named = new HashSet<>();
        rules().forEach(r -> named.addAll(selectors(r.path("expr").asText()).keySet()));
        for (String name : named) {
            for (Sample s : scraped.getOrDefault(name, List.of())) {
                Map<String, String> labels = new TreeMap<>(s.labels());
                labels.put("instance", "tally-0:8080");
                test.append("      - series: ").append(json(name + labels(labels))).append("\n        values: ")
                        .append(json(new BigDecimal(s.value()).toPlainString() + "x30")).append('\n');
            }
        }
        test.append("      - series: 'up{instance=\"tally-0:8080\"}'\n        values: '1x30'\n");
        test.append("    alert_rule_test:\n");
        for (String alert : new TreeSet<>(ALERTS)) {
            test.append("      - eval_time: 25m\n        alertname: ").append(alert).append("\n        exp_alerts: []\n");
        }
        test.append("    promql_expr_test:\n      - expr: tally:consumer_records_lag:sum\n        eval_time: 25m\n        exp_samples:\n");
        lag.forEach((topic, records) -> test.append("          - labels: ").append(json("tally:consumer_records_lag:sum{topic=\"" + topic + "\"}"))
                .append("\n            value: ").append(new BigDecimal(records).toPlainString()).append('\n'));
        Path file = Files.writeString(dir.resolve("real-scrape.test.yaml"), test);
        assertEquals("", promtool(promtool, "test", "rules", file.toString()), test::toString);
    }

    /** Every selector in {@code expressions} names a metric of the scrape (or of {@code recorded}) and labels it has. */
    private void assertSelectorsExist(List<String> expressions, Set<String> recorded) {
        int selectors = 0;
        for (String expr : expressions) {
            for (Map.Entry<String, Set<String>> s : selectors(expr).entrySet()) {
                selectors++;
                String name = s.getKey();
                if (recorded.contains(name) || name.equals(PER_TARGET)) {
                    continue;
                }
                assertTrue(scraped.containsKey(name), () -> "'" + name + "' in '" + expr + "' is not in Tally's /metrics");
                Set<String> labels = new HashSet<>(TARGET_LABELS);
                scraped.get(name).forEach(sample -> labels.addAll(sample.labels().keySet()));
                for (String label : s.getValue()) {
                    assertTrue(labels.contains(label), () -> "no label '" + label + "' on " + name + " (only " + labels + "), in '" + expr + "'");
                }
            }
        }
        assertTrue(selectors >= expressions.size(), "a metric in every expression");
    }

    /** The metric names an expression selects, each with the label names it matches on. */
    static Map<String, Set<String>> selectors(String expr) {
        String e = GROUPING.matcher(RANGE.matcher(expr.replaceAll("\\$__\\w+", "")).replaceAll("")).replaceAll("");
        Map<String, Set<String>> names = new TreeMap<>();
        Matcher m = SELECTOR.matcher(e);
        while (m.find()) {
            if (m.group(4) != null || KEYWORDS.contains(m.group(1).toLowerCase())) {
                continue; // a function or aggregation, or an operator
            }
            Set<String> labels = names.computeIfAbsent(m.group(1), n -> new TreeSet<>());
            if (m.group(3) != null) {
                Matcher l = MATCHER.matcher(m.group(3).replaceAll("\"(?:[^\"\\\\]|\\\\.)*\"", "\"\""));
                while (l.find()) {
                    labels.add(l.group(1));
                }
            }
        }
        return names;
    }

    @Test
    void theSelectorParserFindsNamesAndLabelsButNoFunctionsOrGroupings() {
        assertEquals(Map.of("a_total", Set.of("x"), "b", Set.of(), "c:d:e", Set.of("y", "z")),
                selectors("histogram_quantile(0.99, max by (le) (rate(a_total{x=~\"p{1}\"}[5m]))) > 1 and on (instance) b "
                        + "or sum without (q) (c:d:e{y=\"1\", z!=\"and\"}[$__rate_interval]) unless bool 1e3"));
    }

    private List<String> dashboardExpressions() {
        List<String> expressions = new ArrayList<>();
        dashboard.path("panels").forEach(p -> p.path("targets").forEach(t -> expressions.add(t.path("expr").asText())));
        return expressions;
    }

    private List<JsonNode> rules() {
        List<JsonNode> all = new ArrayList<>();
        rules.path("groups").forEach(g -> g.path("rules").forEach(all::add));
        assertFalse(all.isEmpty(), "rules in " + RULES);
        return all;
    }

    private JsonNode alert(String name) {
        return rules().stream().filter(r -> r.path("alert").asText().equals(name)).findFirst().orElseThrow();
    }

    /** The promtool tools/install-promtool.sh put in target/ (or one on the PATH); the test skips, saying why, without. */
    private static Path promtool() throws InterruptedException {
        if (Files.isExecutable(PROMTOOL)) {
            return PROMTOOL;
        }
        try {
            new ProcessBuilder("promtool", "--version").redirectErrorStream(true).start().waitFor();
            return Path.of("promtool");
        } catch (IOException e) {
            Assumptions.abort("no promtool: tools/install-promtool.sh could not get Debian's prometheus package (apt-get download), "
                    + "and none is on the PATH; the rules were checked against the scrape but not by Prometheus itself");
            throw new AssertionError(e);
        }
    }

    /** Runs promtool; the empty string when it succeeded, else its exit status and output. */
    private static String promtool(Path promtool, String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(promtool.toString()));
        command.addAll(List.of(args));
        Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        return p.waitFor() == 0 ? "" : "promtool " + String.join(" ", args) + " exited " + p.exitValue() + ":\n" + out;
    }

    private static Map<String, String> labels(String text) {
        Map<String, String> labels = new HashMap<>();
        if (text != null) {
            Matcher m = LABEL.matcher(text);
            while (m.find()) {
                labels.put(m.group(1), m.group(2));
            }
        }
        return labels;
    }

    private static String labels(Map<String, String> labels) {
        StringBuilder s = new StringBuilder("{");
        labels.forEach((k, v) -> s.append(s.length() > 1 ? "," : "").append(k).append("=\"").append(v).append('"'));
        return s.append('}').toString();
    }

    /** A YAML scalar as a JSON string (YAML reads JSON strings as they are). */
    private static String json(String s) {
        try {
            return new ObjectMapper().writeValueAsString(s);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
