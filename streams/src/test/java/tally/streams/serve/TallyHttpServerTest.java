package tally.streams.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import java.io.BufferedReader;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.apache.kafka.streams.KafkaStreams;
import org.apache.kafka.streams.state.HostInfo;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;
import tally.ingest.publish.Ingestion;
import tally.ingest.publish.KafkaPublisher;
import tally.ingest.read.ArticleReader;
import tally.stats.Basis;
import tally.stats.BuildInfo;
import tally.stats.Definition;
import tally.stats.Figure;
import tally.stats.FigureValidation;
import tally.stats.Kind;
import tally.stats.Metric;
import tally.stats.Period;
import tally.stats.Qualifier;
import tally.stats.Span;
import tally.stats.TallyEnvironment;
import tally.stats.consolidate.Alert;
import tally.stats.consolidate.AlertThresholds;
import tally.stats.consolidate.ChangeAlerts;
import tally.stats.consolidate.Estimate;
import tally.stats.consolidate.SeriesPoint;
import tally.stats.consolidate.Mentions;
import tally.stats.consolidate.Snapshot;
import tally.stats.consolidate.StatisticKey;
import tally.stats.json.Json;
import tally.stats.normalize.Normalization;
import tally.stats.normalize.Population;
import tally.streams.app.TallyApp;
import tally.streams.app.TallyStreamsConfig;
import tally.streams.kafka.CaughtUp;
import tally.streams.kafka.EmbeddedKafka;
import tally.streams.kafka.TopicReader;
import tally.streams.kafka.TopicSetup;
import tally.streams.topology.ConsolidationTopology;
import tally.streams.topology.TallyTopics;

/**
 * The HTTP side on a real broker with two instances of the application sharing four partitions:
 * every endpoint on both instances (each answers for all keys), bad parameters, security headers,
 * live updates, Tally's metrics, and readiness when an instance stops.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class TallyHttpServerTest {

    static final String MX_2010 = "deaths|MX|2010-01-01|2010-12-31|total|flow|organized_crime";
    /** The one origin whose pages may read the API (--cors-origin). */
    static final String FRONT_END = "https://dash.example.org";
    static final Duration CATCH_UP = Duration.ofMinutes(2);
    /** The instances' shared secret for /internal/stores/: every answer that needs the other instance proves they send it. */
    static final String TOKEN = "a shared secret";

    @TempDir
    static Path dir;

    private final HttpClient http = HttpClient.newHttpClient();
    private EmbeddedKafka kafka;
    private Properties client;
    private final List<Instance> instances = new ArrayList<>();
    private int articles;

    record Instance(TallyHttpServer server, TallyApp app) {
        void close() {
            app.close();
            server.close();
        }
    }

    private Instance start(String name) {
        TallyHttpServer server = TallyHttpServer.bind("127.0.0.1", 0).requireInternalToken(TOKEN).allowOrigins(List.of(FRONT_END));
        HostInfo self = new HostInfo("127.0.0.1", server.port());
        TallyApp app = TallyApp.start(TallyEnvironment.DEFAULT, client, dir.resolve(name), TallyStreamsConfig.EXACTLY_ONCE, 1, false, "127.0.0.1:" + server.port());
        server.serve(app.streams(), self, client, TallyEnvironment.DEFAULT);
        return new Instance(server, app);
    }

    @BeforeAll
    void startTwoInstancesAndIngest() throws Exception {
        kafka = EmbeddedKafka.start(dir.resolve("kafka"));
        client = new Properties();
        client.put("bootstrap.servers", kafka.bootstrapServers());
        TopicSetup.ensure(client, TallyEnvironment.DEFAULT, 4, (short) 1);
        instances.add(start("a"));
        instances.add(start("b"));
        for (Instance i : instances) {
            i.app().awaitRunning(CATCH_UP);
        }
        awaitPartitionsSplit();
        try (KafkaPublisher publisher = new KafkaPublisher(client, TallyEnvironment.DEFAULT)) {
            Ingestion ingestion = new Ingestion(publisher, p -> { });
            new ArticleReader(new ArticleReader.Defaults(null, null, null)).read(Path.of("..", "samples").toString(), null, ingestion);
            publisher.publishFigures(List.of(hostile(), massacre("incident-1", "Herald", 25), massacre("incident-2", "Tribune", 26)));
            publisher.finish();
            assertEquals(List.of(), ingestion.problems());
            articles = (int) ingestion.progress().articles();
        }
        CaughtUp.await(client, TallyEnvironment.DEFAULT.applicationId(), TallyEnvironment.DEFAULT.figures(), CATCH_UP);
    }

    /** Both instances own partitions of the estimates store, so some keys are remote to each. */
    private void awaitPartitionsSplit() throws InterruptedException {
        long deadline = System.nanoTime() + CATCH_UP.toNanos();
        while (System.nanoTime() < deadline) {
            var hosts = instances.get(0).app().streams().streamsMetadataForStore(ConsolidationTopology.SUMMARIES_STORE.name());
            if (hosts.size() == 2 && hosts.stream().allMatch(h -> !h.topicPartitions().isEmpty())
                    && instances.stream().allMatch(i -> i.app().streams().state() == KafkaStreams.State.RUNNING)) {
                return;
            }
            Thread.sleep(200);
        }
        throw new AssertionError("the two instances never split the partitions");
    }

    /** A report whose quote, outlet and link are attacks on a dashboard. */
    static Figure hostile() {
        return new Figure("hostile-1", "hostile-article", null, LocalDate.of(2020, 3, 1),
                "<img src=x onerror=alert('outlet')>", Metric.DEATHS, 12, Qualifier.EXACT, "NO", Period.year(2019), Basis.TOTAL,
                "<script>alert('quote')</script> Twelve people <b onmouseover=alert(1)>died</b> in Norway in 2019.",
                new Span(0, 10), "tally-extract/1/en", new Span(0, 2), null, "en", "javascript:alert('link')", List.of());
    }

    /** One incident reported on two days, in a state where the samples have none; its figures say organized crime. */
    static Figure massacre(String id, String source, int day) {
        LocalDate date = LocalDate.of(2014, 9, day);
        return new Figure(id, id + "-article", null, date, source, Metric.DEATHS, 19, Qualifier.EXACT, "MX", Period.day(date), Basis.TOTAL,
                "Gunmen killed 19 people at a ranch.", new Span(0, 10), "tally-extract/1/en", new Span(0, 2), null, "en",
                "https://example.org/" + id, List.of()).withMeaning(Kind.INCIDENT, Definition.ORGANIZED_CRIME, "MX-GRO", null);
    }

    /** An incident's statistic leaves the definition on its figures: outlets word one event differently. */
    static final String MASSACRE = "deaths|MX-GRO|2014-09-25|2014-09-26|total|incident|unspecified|incident-1";

    @AfterAll
    void stop() {
        instances.forEach(Instance::close);
        if (kafka != null) {
            kafka.close();
        }
    }

    /** A GET as a client sends it, or, under /internal/, as another instance does (with the token). */
    private HttpResponse<String> get(Instance i, String pathAndQuery) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(i.server().address() + pathAndQuery));
        if (pathAndQuery.startsWith("/internal/")) {
            request.header(InternalToken.HEADER, TOKEN);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private JsonNode json(Instance i, String pathAndQuery) throws Exception {
        HttpResponse<String> r = get(i, pathAndQuery);
        assertEquals(200, r.statusCode(), pathAndQuery + ": " + r.body());
        assertTrue(r.headers().firstValue("Content-Type").orElse("").startsWith("application/json"));
        return Json.MAPPER.readTree(r.body());
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    @Test
    @Order(1)
    void eachInstanceAnswersForEveryEstimateWhereverItLives() throws Exception {
        Map<String, Estimate> published = TopicReader.latest(client, TallyTopics.DEFAULT.estimates());
        published.values().removeIf(java.util.Objects::isNull);
        assertTrue(published.size() > 20, "estimates on the topic: " + published.size());
        for (Instance i : instances) {
            JsonNode answer = json(i, "/api/estimates");
            assertEquals(published.size(), answer.get("count").asInt());
            Set<String> statistics = new TreeSet<>();
            answer.get("estimates").forEach(e -> statistics.add(e.get("statistic").asText()));
            assertEquals(new TreeSet<>(published.keySet()), statistics, "the same statistics as tally.estimates");
            JsonNode mx = json(i, "/api/estimates?metric=deaths&place=mx&year=2010").get("estimates");
            JsonNode e2010 = null;
            for (JsonNode e : mx) {
                assertEquals("MX", e.get("place").asText());
                assertEquals("deaths", e.get("metric").asText());
                if (e.get("statistic").asText().equals(MX_2010)) {
                    e2010 = e;
                }
            }
            assertNotNull(e2010, mx.toString());
            assertEquals(15273, e2010.get("best").asInt());
            assertEquals(Json.MAPPER.readTree(Json.MAPPER.writeValueAsString(published.get(MX_2010))), e2010, "as on the topic");
            assertEquals(0, json(i, "/api/estimates?category=migration&metric=").get("estimates").findValues("category").stream()
                    .filter(c -> !c.asText().equals("migration")).count());
        }
        // Some estimates live on each instance (in the partition of their series): both must have answered part of the list.
        Set<Integer> owners = new TreeSet<>();
        for (String statistic : published.keySet()) {
            owners.add(instances.get(0).app().streams().queryMetadataForKey(ConsolidationTopology.SUMMARIES_STORE.name(),
                    StatisticKey.parse(statistic).series().route(), new StringSerializer()).activeHost().port());
        }
        assertEquals(2, owners.size(), "estimates are spread over both instances");
    }

    @Test
    @Order(2)
    void asOfADayGivesTheStatisticsAsExportDoes() throws Exception {
        // What export --as-of computes: the valid figures on the topic, those published by that day, one pass of the rules.
        var topic = TallyTopics.DEFAULT.figures();
        List<Figure> figures = TopicReader.all(client, topic.name(), topic.valueSerde().deserializer()).stream()
                .map(r -> r.value()).filter(f -> f != null && FigureValidation.problem(f) == null).toList();
        List<LocalDate> days = figures.stream().map(Figure::published).filter(java.util.Objects::nonNull).sorted().toList();
        LocalDate middle = days.get(days.size() / 2);
        Normalization normalization = new Normalization(Population.shipped());
        Snapshot then = Snapshot.of(Snapshot.publishedBy(figures, middle), normalization);
        assertTrue(!then.estimates().isEmpty() && then.estimates().size() < Snapshot.of(figures, normalization).estimates().size(),
                then.estimates().size() + " estimates by " + middle);
        for (Instance i : instances) {
            List<JsonNode> estimates = paged(i, "/api/estimates?as_of=" + middle, "estimates", 7);
            assertEquals(List.copyOf(then.estimates().keySet()), estimates.stream().map(e -> e.get("statistic").asText()).toList(),
                    "every estimate of that day once, in statistic order");
            for (JsonNode e : estimates) {
                assertEquals(asRead(then.estimates().get(e.get("statistic").asText())), e);
            }
            List<JsonNode> points = new ArrayList<>();
            paged(i, "/api/series?as_of=" + middle, "series", 3).forEach(s -> s.get("points").forEach(points::add));
            assertEquals(then.series().size(), points.size(), "every point of that day");
            for (JsonNode p : points) {
                assertTrue(then.series().values().stream().anyMatch(q -> asRead(q).equals(p)), p.toString());
            }
            List<JsonNode> weeks = paged(i, "/api/mentions?metric=deaths&place=MX&as_of=" + middle, "mentions", 2);
            assertEquals(then.mentions().values().stream().filter(m -> m.metric() == Metric.DEATHS && m.place().equals("MX"))
                    .map(TallyHttpServerTest::asRead).toList(), weeks);
            // Sorted, the largest first, as the same statistics sorted.
            List<Double> largest = then.estimates().values().stream().map(Estimate::best).sorted(java.util.Comparator.reverseOrder())
                    .limit(3).toList();
            List<Double> shown = new ArrayList<>();
            json(i, "/api/estimates?as_of=" + middle + "&sort=-best&limit=3").get("estimates").forEach(e -> shown.add(e.get("best").asDouble()));
            assertEquals(largest, shown);
            // Before any figure, nothing; today, what the application shows now.
            assertEquals(0, json(i, "/api/estimates?as_of=1900-01-01").get("count").asInt());
            assertEquals(paged(i, "/api/estimates", "estimates", 5000).stream().map(e -> e.get("statistic").asText()).sorted().toList(),
                    paged(i, "/api/estimates?as_of=" + LocalDate.now().plusDays(1), "estimates", 5000).stream()
                            .map(e -> e.get("statistic").asText()).sorted().toList());
            assertEquals(400, get(i, "/api/estimates?as_of=2010-13-01").statusCode());
        }
        System.out.printf("as_of: %d of %d estimates by %s%n", then.estimates().size(), Snapshot.of(figures, normalization).estimates().size(),
                middle);
    }

    /** A record as a client reads it from an answer: written as JSON, then read (numbers typed as the text has them). */
    private static JsonNode asRead(Object record) {
        try {
            return Json.MAPPER.readTree(Json.MAPPER.writeValueAsString(record));
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @Test
    @Order(2)
    void estimatesAndWholeStoresArePaged() throws Exception {
        Map<String, Estimate> published = TopicReader.latest(client, TallyTopics.DEFAULT.estimates());
        published.values().removeIf(java.util.Objects::isNull);
        for (Instance i : instances) {
            List<String> statistics = new ArrayList<>();
            int pages = 0;
            String cursor = null;
            do {
                JsonNode page = json(i, "/api/estimates?limit=7" + (cursor == null ? "" : "&cursor=" + enc(cursor)));
                assertTrue(page.get("count").asInt() <= 7, page.toString());
                assertEquals(page.get("count").asInt(), page.get("estimates").size());
                page.get("estimates").forEach(e -> statistics.add(e.get("statistic").asText()));
                cursor = page.path("next").isTextual() ? page.get("next").asText() : null;
                pages++;
            } while (cursor != null);
            assertEquals(new TreeSet<>(published.keySet()), new TreeSet<>(statistics), "every estimate once across the pages");
            assertEquals(published.size(), statistics.size(), "none twice");
            // A full page gives a cursor even when nothing follows: the page after it is then empty.
            assertTrue(pages == (published.size() + 6) / 7 || pages == published.size() / 7 + 1, pages + " pages");
            JsonNode part = json(i, StoreRouter.INTERNAL_PATH + ConsolidationTopology.SUMMARIES_STORE.name() + "?limit=3");
            assertTrue(part.get("entries").size() <= 3, part.toString());
            assertEquals(400, get(i, "/api/estimates?limit=" + (StoreRouter.MAX_PAGE + 1)).statusCode());
        }
        System.out.printf("paging: %d estimates in pages of 7, on each instance%n", published.size());
    }

    @Test
    @Order(2)
    void theYearlySeriesOfMexicosDeaths() throws Exception {
        for (Instance i : instances) {
            // The samples' organized-crime count of Mexico, a flow series of its own (all homicides are another).
            JsonNode series = json(i, "/api/series?metric=deaths&place=MX&subdivision=none&kind=flow&definition=organized_crime")
                    .get("series");
            assertEquals(1, series.size(), series.toString());
            assertEquals("violence|deaths|MX|flow|organized_crime", series.get(0).get("key").asText());
            JsonNode points = series.get(0).get("points");
            assertTrue(points.size() >= 3, points.toString());
            JsonNode y2010 = null;
            for (JsonNode p : points) {
                if (p.get("year").asInt() == 2010) {
                    y2010 = p;
                }
            }
            assertNotNull(y2010);
            assertEquals(15273, y2010.get("value").asInt());
            JsonNode all = json(i, "/api/series");
            assertTrue(all.get("count").asInt() > 3);
            assertEquals(series.get(0), findByKey(all.get("series"), "violence|deaths|MX|flow|organized_crime"), "the same series either way");
            assertNotNull(findByKey(all.get("series"), "violence|deaths|MX|flow|homicide"), "all homicides apart");
            assertEquals(0, json(i, "/api/series?metric=deaths&place=MX&kind=unknown").get("count").asInt(),
                    "the extractor gives every figure a kind");
            JsonNode chihuahua = json(i, "/api/series?subdivision=MX-CHH").get("series");
            assertTrue(chihuahua.size() >= 1, "the samples' state breakdown");
            chihuahua.forEach(c -> assertTrue(c.get("key").asText().contains("|MX-CHH|"), c.get("key").asText()));
            json(i, "/api/estimates?definition=homicide").get("estimates")
                    .forEach(e -> assertEquals("homicide", e.get("definition").asText()));
            int byKind = 0;
            for (String kind : List.of("flow", "stock", "cumulative", "incident", "unknown")) {
                byKind += json(i, "/api/estimates?kind=" + kind).get("count").asInt();
            }
            assertEquals(json(i, "/api/estimates").get("count").asInt(), byKind, "the kinds partition the estimates");
            JsonNode incidents = json(i, "/api/estimates?kind=incident&subdivision=MX-GRO").get("estimates");
            assertEquals(1, incidents.size(), "two reports of one incident: " + incidents);
            assertEquals(MASSACRE, incidents.get(0).get("statistic").asText());
            assertEquals(2, incidents.get(0).get("sources").asInt());
            JsonNode sum = json(i, "/api/series?metric=deaths&place=MX&subdivision=MX-GRO").get("series");
            assertEquals("violence|deaths|MX-GRO|incident|unspecified", sum.get(0).get("key").asText());
            assertEquals(19, sum.get(0).get("points").get(0).get("value").asInt(), "the incidents' sum");
            JsonNode provenance = json(i, "/api/provenance?statistic=" + enc(MASSACRE));
            assertEquals(2, provenance.get("reportCount").asInt(), provenance.toString());
            assertEquals("Herald", provenance.get("reports").get(0).get("source").asText());
        }
    }

    /**
     * The overview (the dashboard's first view) is each series at a glance: the same series in the same order as
     * {@code /api/series}, filtered alike, its latest point that series' last, its values by year those of its points.
     */
    @Test
    @Order(3)
    void theOverviewIsEachSeriesAtAGlance() throws Exception {
        for (Instance i : instances) {
            for (String filter : List.of("", "&subdivision=none", "&metric=deaths&place=MX", "&sort=-latest")) {
                JsonNode series = json(i, "/api/series?limit=5000" + filter).get("series");
                JsonNode overview = json(i, "/api/overview?limit=5000" + filter).get("series");
                assertTrue(series.size() > 1, filter + ": " + series);
                assertEquals(series.size(), overview.size(), filter);
                for (int n = 0; n < series.size(); n++) {
                    JsonNode s = series.get(n);
                    JsonNode o = overview.get(n);
                    assertEquals(s.get("key"), o.get("key"), filter + ": the same series in the same order");
                    for (String field : List.of("category", "metric", "place", "subdivision", "kind", "definition")) {
                        assertEquals(s.get(field), o.get(field), field);
                    }
                    JsonNode points = s.get("points");
                    JsonNode latest = points.get(points.size() - 1);
                    assertEquals(latest, o.get("latest"), "the latest point whole, with its low and high");
                    assertEquals(points.size(), o.get("points").asInt());
                    int sources = 0;
                    Map<Integer, JsonNode> byYear = new java.util.HashMap<>();
                    for (JsonNode p : points) {
                        sources = Math.max(sources, p.get("sources").asInt());
                        byYear.put(p.get("year").asInt(), p);
                    }
                    assertEquals(sources, o.get("sources").asInt(), "the most sources of any point");
                    int from = points.get(0).get("year").asInt();
                    assertEquals(from, o.get("fromYear").asInt());
                    JsonNode values = o.get("values");
                    JsonNode per100k = o.get("per100k");
                    assertEquals(latest.get("year").asInt() - from + 1, values.size(), "a value for each year to the latest");
                    assertEquals(values.size(), per100k.size());
                    for (int y = 0; y < values.size(); y++) {
                        JsonNode p = byYear.get(from + y);
                        assertSameNumber(p == null ? null : p.get("value"), values.get(y), o.get("key") + " " + (from + y));
                        assertSameNumber(p == null ? null : p.get("per100k"), per100k.get(y), o.get("key") + " " + (from + y) + " per 100,000");
                    }
                    JsonNode previous = byYear.get(latest.get("year").asInt() - 1);
                    assertSameNumber(previous == null ? null : previous.get("value"), o.get("previous"), o.get("key") + " previous");
                }
            }
            HttpResponse<String> r = get(i, "/api/overview?subdivision=none");
            assertTrue(r.headers().firstValue("ETag").isPresent(), "revalidated like the other lists");
            assertTrue(r.body().length() < get(i, "/api/series?subdivision=none").body().length(), "smaller than the whole series");
        }
    }

    /** The same number, however written (4700 or 4700.0), or both missing. */
    private static void assertSameNumber(JsonNode expected, JsonNode actual, String what) {
        if (expected == null || expected.isNull()) {
            assertTrue(actual == null || actual.isNull(), what + ": " + actual);
        } else {
            assertTrue(actual != null && actual.isNumber(), what + ": " + actual);
            assertEquals(expected.asDouble(), actual.asDouble(), what);
        }
    }

    private static JsonNode findByKey(JsonNode list, String key) {
        for (JsonNode s : list) {
            if (s.get("key").asText().equals(key)) {
                return s;
            }
        }
        return null;
    }

    /** Every item of a list, a page of {@code limit} at a time: each exactly once, in the order of the whole list. */
    private List<JsonNode> paged(Instance i, String path, String field, int limit) throws Exception {
        List<JsonNode> items = new ArrayList<>();
        String cursor = null;
        do {
            JsonNode page = json(i, path + (path.contains("?") ? "&" : "?") + "limit=" + limit + (cursor == null ? "" : "&cursor=" + enc(cursor)));
            assertTrue(page.get(field).size() <= limit && page.get("count").asInt() == page.get(field).size(), page.toString());
            page.get(field).forEach(items::add);
            cursor = page.get("next").isTextual() ? page.get("next").asText() : null;
        } while (cursor != null);
        return items;
    }

    @Test
    @Order(3)
    void seriesAndWeeksArePagedAndListsFiltered() throws Exception {
        for (Instance i : instances) {
            JsonNode all = json(i, "/api/series?limit=5000");
            assertTrue(all.get("next").isNull() && all.get("count").asInt() > 3, all.get("count").toString());
            List<JsonNode> series = paged(i, "/api/series", "series", 2);
            assertEquals(all.get("series").size(), series.size(), "none twice");
            assertEquals(json(i, "/api/series?limit=5000").get("series"), Json.MAPPER.valueToTree(series), "each series once, in key order");
            JsonNode weeks = json(i, "/api/mentions?metric=deaths&place=MX").get("mentions");
            assertEquals(weeks, Json.MAPPER.valueToTree(paged(i, "/api/mentions?metric=deaths&place=MX", "mentions", 1)));

            JsonNode estimates = json(i, "/api/estimates?limit=5000").get("estimates");
            List<String> twoOutlets = new ArrayList<>();
            List<String> of2010 = new ArrayList<>();
            for (JsonNode e : estimates) {
                if (e.get("sources").asInt() >= 2) {
                    twoOutlets.add(e.get("statistic").asText());
                }
                if (e.get("period").get("from").asText().compareTo("2010-12-31") <= 0 && e.get("period").get("to").asText().compareTo("2010-06-01") >= 0) {
                    of2010.add(e.get("statistic").asText());
                }
            }
            assertFalse(twoOutlets.isEmpty() || twoOutlets.size() == estimates.size(), twoOutlets.toString());
            assertEquals(twoOutlets, statistics(json(i, "/api/estimates?limit=5000&min_sources=2")));
            // Sorted, a page at a time: the largest first, equal values in statistic order, each estimate once.
            List<JsonNode> byBest = new ArrayList<>();
            estimates.forEach(byBest::add);
            byBest.sort(java.util.Comparator.comparingDouble((JsonNode e) -> -e.get("best").asDouble())
                    .thenComparing(e -> e.get("statistic").asText()));
            assertEquals(byBest.stream().map(e -> e.get("statistic").asText()).toList(),
                    paged(i, "/api/estimates?sort=-best", "estimates", 7).stream().map(e -> e.get("statistic").asText()).toList());
            assertFalse(of2010.isEmpty());
            assertEquals(of2010, statistics(json(i, "/api/estimates?limit=5000&from=2010-06-01&to=2010-12-31")), "periods that overlap");

            // The reports behind an estimate, of one qualifier, language or outlet.
            JsonNode reports = json(i, "/api/provenance?statistic=" + enc(MX_2010)).get("reports");
            for (String filter : List.of("qualifier=exact", "lang=es", "source=" + enc(reports.get(0).get("source").asText()))) {
                String[] nameValue = filter.split("=");
                String value = java.net.URLDecoder.decode(nameValue[1], StandardCharsets.UTF_8);
                String field = nameValue[0];
                long expected = 0;
                for (JsonNode r : reports) {
                    expected += r.get(field).asText().equals(value) ? 1 : 0;
                }
                JsonNode some = json(i, "/api/provenance?statistic=" + enc(MX_2010) + "&" + filter);
                assertEquals(expected, some.get("reportCount").asInt(), filter);
                assertEquals(expected, some.get("reports").size(), filter);
                some.get("reports").forEach(r -> assertEquals(value, r.get(field).asText(), filter));
            }
            for (Map.Entry<String, String> bad : Map.of("/api/estimates?min_sources=0", "min_sources must be a whole number",
                    "/api/estimates?from=2011-01-01&to=2010-01-01", "is after to", "/api/series?limit=0", "limit must be",
                    "/api/estimates?sort=colour", "cannot sort by 'colour'", "/api/estimates?sort=best&cursor=" + enc(MX_2010), "not of a sorted list",
                    "/api/estimates?sort=best&limit=5000&cursor=sorted:6000", "reach the first 10000",
                    "/api/mentions?metric=deaths&place=MX&cursor=week", "cursor must be a date",
                    "/api/provenance?statistic=" + enc(MX_2010) + "&qualifier=roughly", "unknown qualifier 'roughly'").entrySet()) {
                HttpResponse<String> r = get(i, bad.getKey());
                assertEquals(400, r.statusCode(), bad.getKey());
                assertTrue(Json.MAPPER.readTree(r.body()).get("error").asText().contains(bad.getValue()), bad.getKey() + ": " + r.body());
            }
        }
    }

    /**
     * Each list with sort, limit and cursor: paging a sorted list a small page at a time gives every item exactly
     * once, in the order the test computes from the whole list (the field's values, missing last, then the key).
     */
    @Test
    @Order(3)
    void everyListSortsAndPagesEachItemOnce() throws Exception {
        record Listing(String path, String field, String key, String sort, Function<JsonNode, JsonNode> value) {
        }
        Function<JsonNode, JsonNode> latest = s -> s.get("points").get(s.get("points").size() - 1);
        List<Listing> listings = List.of(
                new Listing("/api/series", "series", "key", "-latest", s -> latest.apply(s).get("value")),
                new Listing("/api/series", "series", "key", "change", s -> latest.apply(s).get("change")),
                new Listing("/api/series", "series", "key", "-points", s -> Json.MAPPER.valueToTree(s.get("points").size())),
                new Listing("/api/overview", "series", "key", "-latestPer100k", s -> s.get("latest").get("per100k")),
                new Listing("/api/mentions?metric=deaths&place=MX", "mentions", "weekStart", "-figures", m -> m.get("figures")),
                new Listing("/api/alerts", "alerts", "id", "-change", a -> a.get("change")),
                new Listing("/api/alerts", "alerts", "id", "year", a -> a.get("year")),
                new Listing("/api/places", "places", "iso", "-name", p -> p.get("name")),
                new Listing("/api/provenance?statistic=" + enc(MX_2010), "reports", "figureId", "-value", r -> r.get("value")),
                new Listing("/api/provenance?statistic=" + enc(MX_2010), "reports", "figureId", "source", r -> r.get("source")));
        Instance i = instances.get(0);
        for (Listing l : listings) {
            JsonNode whole = json(i, l.path() + (l.path().contains("?") ? "&" : "?") + "limit=5000");
            List<JsonNode> expected = new ArrayList<>();
            whole.get(l.field()).forEach(expected::add);
            assertTrue(expected.size() > 1, l + ": " + whole);
            // Unsorted, in key order, a page of one at a time.
            List<JsonNode> byKey = new ArrayList<>(expected);
            byKey.sort(java.util.Comparator.comparing(n -> n.get(l.key()).asText()));
            if (!l.field().equals("reports")) { // reports are oldest first by default
                assertEquals(byKey, expected, l.path() + " in key order");
            }
            boolean descending = l.sort().startsWith("-");
            java.util.Comparator<JsonNode> byValue = (a, b) -> {
                JsonNode x = l.value().apply(a);
                JsonNode y = l.value().apply(b);
                boolean xNone = x == null || x.isNull();
                boolean yNone = y == null || y.isNull();
                if (xNone || yNone) {
                    return Boolean.compare(xNone, yNone); // missing last, either way
                }
                int c = x.isNumber() ? Double.compare(x.asDouble(), y.asDouble()) : x.asText().compareTo(y.asText());
                return descending ? -c : c;
            };
            expected.sort(byValue.thenComparing(n -> n.get(l.key()).asText()));
            List<JsonNode> paged = new ArrayList<>();
            String cursor = null;
            int pages = 0;
            do {
                JsonNode page = json(i, l.path() + (l.path().contains("?") ? "&" : "?") + "sort=" + l.sort() + "&limit=2"
                        + (cursor == null ? "" : "&cursor=" + enc(cursor)));
                assertTrue(page.get(l.field()).size() <= 2, page.toString());
                page.get(l.field()).forEach(paged::add);
                cursor = page.get("next").isTextual() ? page.get("next").asText() : null;
                assertTrue(++pages <= expected.size(), l + ": more pages than items");
            } while (cursor != null);
            assertEquals(expected, paged, l + ": each item once, in the order asked");
        }
        for (Map.Entry<String, String> bad : Map.of("/api/series?sort=colour", "sort series by one of",
                "/api/places?sort=name&cursor=GB", "not of a sorted list", "/api/alerts?cursor=sorted:2", "pass the same sort",
                "/api/provenance?statistic=" + enc(MX_2010) + "&limit=0", "limit must be").entrySet()) {
            HttpResponse<String> r = get(i, bad.getKey());
            assertEquals(400, r.statusCode(), bad.getKey());
            assertTrue(Json.MAPPER.readTree(r.body()).get("error").asText().contains(bad.getValue()), bad.getKey() + ": " + r.body());
        }
    }

    @Test
    @Order(3)
    void alertsAreThoseOfEachSeriesLatestFigure() throws Exception {
        List<Alert> expected = new ArrayList<>();
        for (JsonNode series : json(instances.get(0), "/api/series?limit=5000").get("series")) {
            List<SeriesPoint> points = Json.MAPPER.convertValue(series.get("points"),
                    Json.MAPPER.getTypeFactory().constructCollectionType(List.class, SeriesPoint.class));
            expected.addAll(ChangeAlerts.of(points, AlertThresholds.DEFAULT));
        }
        expected.sort(java.util.Comparator.comparing(Alert::id));
        assertFalse(expected.isEmpty(), "the samples' series rise and fall");
        for (Instance i : instances) {
            assertEquals(Json.MAPPER.readTree(Json.MAPPER.writeValueAsString(expected)), Json.MAPPER.valueToTree(paged(i, "/api/alerts", "alerts", 2)),
                    "every series' alerts, by id, a page at a time");
            // Each alert standing now was raised as its series changed, and counted (once the instance has read the topic that far).
            long deadline = System.nanoTime() + CATCH_UP.toNanos();
            List<String> uncounted = List.of("not read yet");
            while (!uncounted.isEmpty() && System.nanoTime() < deadline) {
                String metrics = awaitMetric(i, "tally_alerts_total{reason=");
                uncounted = new ArrayList<>();
                for (String reason : List.of(Alert.HIGH, Alert.RISE, Alert.FALL)) {
                    long standing = expected.stream().filter(a -> a.reason().equals(reason)).count();
                    if (value(metrics, "tally_alerts_total{reason=\"" + reason + "\"}") < standing) {
                        uncounted.add(reason + ": fewer than the " + standing + " standing");
                    }
                }
                Thread.sleep(200);
            }
            assertEquals(List.of(), uncounted);
        }
    }

    private static List<String> statistics(JsonNode answer) {
        List<String> statistics = new ArrayList<>();
        answer.get("estimates").forEach(e -> statistics.add(e.get("statistic").asText()));
        return statistics;
    }

    @Test
    @Order(3)
    void answersRevalidateCompressAndCrossOnlyToTheConfiguredOrigin() throws Exception {
        Instance i = instances.get(0);
        URI estimates = URI.create(i.server().address() + "/api/estimates?metric=deaths");
        HttpResponse<String> plain = get(i, "/api/estimates?metric=deaths");
        String etag = plain.headers().firstValue("ETag").orElseThrow();
        HttpResponse<String> again = http.send(HttpRequest.newBuilder(estimates).header("If-None-Match", etag).build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(304, again.statusCode(), "unchanged: " + again.body());
        assertEquals("", again.body());
        assertEquals(etag, again.headers().firstValue("ETag").orElse(""));
        assertEquals(200, http.send(HttpRequest.newBuilder(estimates).header("If-None-Match", "W/\"0123\"").build(),
                HttpResponse.BodyHandlers.ofString()).statusCode(), "another tag: the answer");
        assertFalse(get(i, "/api/estimates?metric=bodies").headers().firstValue("ETag").isPresent(), "no tag on an error");

        HttpResponse<InputStream> zipped = http.send(HttpRequest.newBuilder(estimates).header("Accept-Encoding", "gzip").build(),
                HttpResponse.BodyHandlers.ofInputStream());
        assertEquals("gzip", zipped.headers().firstValue("Content-Encoding").orElse(""));
        byte[] unzipped;
        try (InputStream in = new java.util.zip.GZIPInputStream(zipped.body())) {
            unzipped = in.readAllBytes();
        }
        assertEquals(plain.body(), new String(unzipped, StandardCharsets.UTF_8), "the same answer, compressed");
        assertTrue(plain.headers().firstValue("Content-Encoding").isEmpty(), "not compressed for a client that did not ask");

        HttpResponse<String> allowed = http.send(HttpRequest.newBuilder(estimates).header("Origin", FRONT_END).build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(FRONT_END, allowed.headers().firstValue("Access-Control-Allow-Origin").orElse(""));
        assertTrue(allowed.headers().firstValue("Access-Control-Expose-Headers").orElse("").contains("ETag"));
        HttpResponse<String> other = http.send(HttpRequest.newBuilder(estimates).header("Origin", "https://elsewhere.example").build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(200, other.statusCode());
        assertTrue(other.headers().firstValue("Access-Control-Allow-Origin").isEmpty(), "no other origin");
        for (String origin : List.of(FRONT_END, "https://elsewhere.example")) {
            HttpResponse<String> preflight = http.send(HttpRequest.newBuilder(estimates).method("OPTIONS", HttpRequest.BodyPublishers.noBody())
                    .header("Origin", origin).header("Access-Control-Request-Method", "GET").build(), HttpResponse.BodyHandlers.ofString());
            boolean front = origin.equals(FRONT_END);
            assertEquals(front ? 204 : 405, preflight.statusCode(), origin);
            assertEquals(front ? "GET, HEAD" : "", preflight.headers().firstValue("Access-Control-Allow-Methods").orElse(""), origin);
        }
        assertTrue(http.send(HttpRequest.newBuilder(URI.create(i.server().address() + "/internal/stores/x")).header("Origin", FRONT_END).build(),
                HttpResponse.BodyHandlers.ofString()).headers().firstValue("Access-Control-Allow-Origin").isEmpty(), "never the instances' own paths");
    }

    @Test
    @Order(3)
    void theQuotesBehindAnEstimate() throws Exception {
        for (Instance i : instances) {
            JsonNode answer = json(i, "/api/provenance?statistic=" + enc(MX_2010));
            assertEquals(MX_2010, answer.get("estimate").get("statistic").asText());
            JsonNode reports = answer.get("reports");
            assertEquals(answer.get("estimate").get("figures").asInt(), reports.size());
            assertEquals(reports.size(), answer.get("reportCount").asInt());
            boolean quoted = false;
            for (JsonNode r : reports) {
                assertFalse(r.get("quote").asText().isBlank());
                assertFalse(r.get("articleId").asText().isBlank());
                quoted |= r.get("quote").asText().contains("15,273") || r.get("quote").asText().contains("15 mil 273");
            }
            assertTrue(quoted, reports.toString());
            JsonNode hostile = json(i, "/api/provenance?statistic=" + enc("deaths|NO|2019-01-01|2019-12-31|total|unknown|unspecified")).get("reports").get(0);
            assertEquals(hostile().quote(), hostile.get("quote").asText(), "stored and served as written; escaping is the page's job");
            assertEquals("javascript:alert('link')", hostile.get("url").asText());
        }
    }

    @Test
    @Order(3)
    void weeklyMentionsAreTheTopicsWeeksOfOneMetricAndCountry() throws Exception {
        Map<String, Mentions> topic = TopicReader.latest(client, TallyTopics.DEFAULT.mentionsWeekly());
        List<String> expected = topic.values().stream()
                .filter(m -> m.metric() == Metric.DEATHS && "MX".equals(m.place()))
                .sorted(java.util.Comparator.comparing(Mentions::weekStart))
                .map(m -> m.weekStart() + " " + m.figures() + " " + m.articles())
                .toList();
        assertTrue(expected.size() >= 3, "the samples speak of Mexico's deaths in several weeks: " + expected);
        for (Instance i : instances) {
            JsonNode answer = json(i, "/api/mentions?metric=deaths&place=MX");
            List<String> weeks = new ArrayList<>();
            for (JsonNode w : answer.get("mentions")) {
                assertEquals(LocalDate.parse(w.get("weekStart").asText()).plusDays(6).toString(), w.get("weekEnd").asText());
                weeks.add(w.get("weekStart").asText() + " " + w.get("figures").asInt() + " " + w.get("articles").asInt());
            }
            assertEquals(expected, weeks, "instance " + i.server().port() + ": every week of the topic, oldest first, wherever it lives");
            assertEquals(expected.size(), answer.get("count").asInt());
            // from and to keep the weeks that overlap them: the second week alone.
            String second = expected.get(1).substring(0, 10);
            JsonNode narrowed = json(i, "/api/mentions?metric=deaths&place=MX&from=" + second + "&to="
                    + LocalDate.parse(second).plusDays(6)).get("mentions");
            assertEquals(1, narrowed.size(), narrowed.toString());
            assertEquals(second, narrowed.get(0).get("weekStart").asText());
            assertEquals(0, json(i, "/api/mentions?metric=deaths&place=NZ").get("count").asInt(), "no figure of New Zealand");
        }
    }

    /**
     * Issue 18: {@code dataset=} gives one dataset's statistics, computed from its current figures with
     * the application's rules. Everything here is of the default dataset, so its statistics are the
     * stores' own, estimate for estimate; another dataset has none.
     */
    @Test
    @Order(3)
    void aDatasetsStatisticsAreComputedFromItsFiguresAlone() throws Exception {
        Instance i = instances.get(0);
        TreeMap<String, JsonNode> all = new TreeMap<>();
        paged(i, "/api/estimates", "estimates", 1000).forEach(e -> all.put(e.get("statistic").asText(), e));
        Map<String, JsonNode> ofDefault = new TreeMap<>();
        paged(i, "/api/estimates?dataset=default", "estimates", 7).forEach(e -> ofDefault.put(e.get("statistic").asText(), e));
        assertTrue(all.containsKey(MASSACRE) && all.containsKey(MX_2010), all.keySet().toString());
        assertEquals(all, ofDefault);
        Map<String, JsonNode> mexico = new TreeMap<>();
        json(i, "/api/estimates?metric=deaths&place=MX&dataset=default").get("estimates").forEach(e -> mexico.put(e.get("statistic").asText(), e));
        assertEquals(all.subMap("deaths|MX", "deaths|MX~"), mexico, "only Mexico's deaths consolidated");
        assertEquals(json(i, "/api/estimates?sort=-best&limit=5").get("estimates"),
                json(i, "/api/estimates?dataset=default&sort=-best&limit=5").get("estimates"));
        assertEquals(json(i, "/api/series?metric=deaths&place=MX").get("series"),
                json(i, "/api/series?metric=deaths&place=MX&dataset=default").get("series"));
        assertEquals(json(i, "/api/mentions?metric=deaths&place=MX").get("mentions"),
                json(i, "/api/mentions?metric=deaths&place=MX&dataset=default").get("mentions"));
        assertEquals(0, json(i, "/api/estimates?dataset=synthetic").get("count").asInt());
        assertEquals(0, json(i, "/api/series?dataset=synthetic").get("count").asInt());
        assertEquals(0, json(i, "/api/provenance?statistic=" + enc(MX_2010) + "&dataset=synthetic").get("reportCount").asInt());
        assertEquals(json(i, "/api/provenance?statistic=" + enc(MX_2010)).get("reportCount"),
                json(i, "/api/provenance?statistic=" + enc(MX_2010) + "&dataset=default").get("reportCount"));
        HttpResponse<String> bad = get(i, "/api/estimates?dataset=Test%20Load");
        assertEquals(400, bad.statusCode());
        assertTrue(bad.body().contains("dataset 'Test Load' is not a dataset name"), bad.body());
    }

    @Test
    @Order(4)
    void badRequestsGetAClearMessageNeverA500() throws Exception {
        Map<String, String> expected = Map.ofEntries(
                Map.entry("/api/estimates?metric=bodies", "unknown metric 'bodies'"),
                Map.entry("/api/estimates?category=crime", "unknown category 'crime'"),
                Map.entry("/api/estimates?place=Mexico", "unknown place 'Mexico'"),
                Map.entry("/api/estimates?place=ZZ", "unknown place 'ZZ'"),
                Map.entry("/api/estimates?year=abc", "year must be a number"),
                Map.entry("/api/estimates?year=99999999999", "year must be a number"),
                Map.entry("/api/estimates?metric=deaths&metric=injuries", "given twice"),
                Map.entry("/api/estimates?category=migration&metric=deaths", "not in category migration"),
                Map.entry("/api/estimates?colour=red", "unknown parameter 'colour'"),
                Map.entry("/api/series?year=2010", "unknown parameter 'year'"),
                Map.entry("/api/provenance", "'statistic' is required"),
                Map.entry("/api/provenance?statistic=deaths", "metric|area|from|to|basis|kind|definition"),
                Map.entry("/api/provenance?statistic=" + enc("deaths|MX|2010|2010-12-31|total|unknown|unspecified"), "YYYY-MM-DD"),
                Map.entry("/api/provenance?statistic=" + enc("deaths|MX|2010-01-01|2010-12-31|weekly|unknown|unspecified"), "unknown basis"),
                Map.entry("/api/estimates?kind=rate", "unknown kind 'rate'"),
                Map.entry("/api/series?definition=cartel", "unknown definition 'cartel'"),
                Map.entry("/api/estimates?subdivision=Chihuahua", "unknown subdivision"),
                Map.entry("/api/places?x=1", "unknown parameter 'x'; this endpoint takes cursor, limit, sort"),
                Map.entry("/api/mentions?place=MX", "'metric' is required"),
                Map.entry("/api/mentions?metric=deaths", "'place' is required"),
                Map.entry("/api/mentions?metric=deaths&place=MX&from=2010", "from must be a date YYYY-MM-DD"),
                Map.entry("/api/mentions?metric=deaths&place=MX&from=2011-01-01&to=2010-01-01", "is after to"),
                Map.entry("/api/events?x=1", "takes no parameters"));
        for (Instance i : instances) {
            for (Map.Entry<String, String> bad : expected.entrySet()) {
                HttpResponse<String> r = get(i, bad.getKey());
                assertEquals(400, r.statusCode(), bad.getKey() + ": " + r.body());
                String message = Json.MAPPER.readTree(r.body()).get("error").asText();
                assertTrue(message.contains(bad.getValue()), bad.getKey() + " -> " + message);
                assertFalse(r.body().contains("Exception") || r.body().contains("\tat "), "no stack trace: " + r.body());
            }
            HttpResponse<String> unknown = get(i, "/api/provenance?statistic=" + enc("deaths|MX|1900-01-01|1900-12-31|total|unknown|unspecified"));
            assertEquals(404, unknown.statusCode(), unknown.body());
            assertEquals(404, get(i, "/api/estimatesX").statusCode());
            assertEquals(404, get(i, "/nope").statusCode());
            assertEquals(404, get(i, "/internal/stores/article-versions").statusCode(), "only the queryable stores");
            // A new client for requests that are not retried: the shared one may hold a kept-alive connection
            // that the server's idle timeout has just closed, which a client retries only for idempotent requests.
            HttpClient once = HttpClient.newHttpClient();
            HttpResponse<String> post = once.send(HttpRequest.newBuilder(URI.create(i.server().address() + "/api/estimates"))
                    .POST(HttpRequest.BodyPublishers.ofString("{}")).build(), HttpResponse.BodyHandlers.ofString());
            assertEquals(405, post.statusCode());
            for (String health : List.of("/health/live", "/health/ready")) {
                for (String method : List.of("POST", "TRACE", "DELETE")) {
                    HttpResponse<String> r = once.send(HttpRequest.newBuilder(URI.create(i.server().address() + health))
                            .method(method, HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.ofString());
                    assertEquals(405, r.statusCode(), method + " " + health + ": " + r.body());
                    assertEquals("GET, HEAD", r.headers().firstValue("Allow").orElse(""), method + " " + health);
                }
            }
        }
    }

    @Test
    @Order(5)
    void theInstancesOwnPathNeedsTheSharedToken() throws Exception {
        for (Instance i : instances) {
            URI store = URI.create(i.server().address() + "/internal/stores/statistic-summaries?limit=1");
            for (String given : new String[] {null, "a guess", TOKEN.substring(0, TOKEN.length() - 1)}) {
                HttpRequest.Builder request = HttpRequest.newBuilder(store);
                if (given != null) {
                    request.header(InternalToken.HEADER, given);
                }
                HttpResponse<String> refused = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
                assertEquals(403, refused.statusCode(), given + ": " + refused.body());
                assertTrue(Json.MAPPER.readTree(refused.body()).get("error").asText().contains("TALLY_INTERNAL_TOKEN"), refused.body());
                assertEquals("nosniff", refused.headers().firstValue("X-Content-Type-Options").orElse(""));
            }
            HttpResponse<String> allowed = http.send(HttpRequest.newBuilder(store).header(InternalToken.HEADER, TOKEN).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertEquals(200, allowed.statusCode(), allowed.body());
        }
    }

    @Test
    @Order(5)
    void theOpenApiDocumentDescribesEveryAnswer() throws Exception {
        Instance i = instances.get(0);
        JsonNode doc = json(i, "/api/openapi.json");
        assertEquals("3.1.0", doc.get("openapi").asText());
        assertTrue(doc.get("info").get("version").asText().startsWith(BuildInfo.current().version()));
        String statistic = json(i, "/api/estimates?metric=deaths&place=MX&limit=1").get("estimates").get(0).get("statistic").asText();
        List<String> requests = List.of("/api/estimates?limit=3", "/api/estimates?metric=bodies", "/api/series?metric=deaths&place=MX",
                "/api/series?limit=1", "/api/mentions?metric=deaths&place=MX&limit=2", "/api/alerts?limit=3", "/api/mentions?metric=deaths&place=MX", "/api/mentions?metric=deaths", "/api/provenance?statistic=" + enc(statistic),
                "/api/provenance?statistic=" + enc(statistic) + "&sort=-value&limit=1", "/api/series?sort=-latest&limit=2",
                "/api/overview?limit=3", "/api/overview?subdivision=none&sort=-change&limit=2",
                "/api/alerts?sort=-change&limit=2", "/api/mentions?metric=deaths&place=MX&sort=-articles&limit=2", "/api/places?sort=name&limit=3",
                "/api/provenance?statistic=" + enc("deaths|MX|1900-01-01|1900-12-31|total|unknown|unspecified"), "/api/places",
                "/api/version", "/api/openapi.json", "/health/live", "/health/ready");
        JsonSchemaFactory factory = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012);
        Set<String> described = new TreeSet<>();
        for (String request : requests) {
            HttpResponse<String> r = get(i, request);
            String path = request.replaceFirst("\\?.*", "");
            JsonNode response = doc.get("paths").get(path).get("get").get("responses").get(String.valueOf(r.statusCode()));
            assertNotNull(response, request + ": status " + r.statusCode() + " is not described");
            if (response.has("$ref")) {
                response = doc.at(response.get("$ref").asText().substring(1));
            }
            // The answer's schema, with the document's components beside it so that its $refs resolve.
            ObjectNode schema = ((ObjectNode) response.get("content").get("application/json").get("schema")).deepCopy();
            schema.set("components", doc.get("components"));
            Set<?> errors = factory.getSchema(schema).validate(Json.MAPPER.readTree(r.body()));
            assertTrue(errors.isEmpty(), request + " (" + r.statusCode() + "): " + errors + " in " + r.body());
            described.add(path);
        }
        Set<String> documented = new TreeSet<>();
        doc.get("paths").fieldNames().forEachRemaining(documented::add);
        documented.removeAll(Set.of("/api/events", "/metrics")); // not JSON: checked by the SSE and metrics tests
        assertEquals(documented, described, "every JSON path of the document is checked against a real answer");
        for (String list : List.of("/api/estimates", "/api/series", "/api/overview", "/api/mentions", "/api/alerts", "/api/places", "/api/provenance")) {
            Set<String> parameters = new TreeSet<>();
            doc.get("paths").get(list).get("get").get("parameters").forEach(p -> parameters.add(p.has("$ref")
                    ? doc.at(p.get("$ref").asText().substring(1)).get("name").asText() : p.get("name").asText()));
            assertTrue(parameters.containsAll(Set.of("sort", "limit", "cursor")), list + " documents " + parameters);
        }
        assertTrue(doc.get("components").get("schemas").get("Estimate").get("properties").get("period").get("$ref").asText()
                .equals("#/components/schemas/Period"), "the topics' schemas, with their references inside the document");
    }

    @Test
    @Order(5)
    void everyResponseCarriesTheSecurityHeaders() throws Exception {
        for (String path : List.of("/", "/assets/dashboard.js", "/assets/chart.umd.js", "/api/estimates", "/api/places",
                "/api/estimates?metric=bodies", "/nope", "/health/ready", "/metrics")) {
            HttpResponse<String> r = get(instances.get(0), path);
            String csp = r.headers().firstValue("Content-Security-Policy").orElse("");
            assertTrue(csp.contains("script-src 'self'") && !csp.contains("unsafe-inline"), path + ": " + csp);
            assertEquals("nosniff", r.headers().firstValue("X-Content-Type-Options").orElse(""), path);
        }
        // The server's own answer to a request it cannot take (a raw | in the query, which Java's URI refuses): before, the
        // JDK's server wrote an HTML 400 without the headers.
        try (java.net.Socket raw = new java.net.Socket("127.0.0.1", instances.get(0).server().port())) {
            raw.setSoTimeout(20_000);
            raw.getOutputStream().write("GET /api/provenance?statistic=deaths|MX HTTP/1.1\r\nHost: tally\r\nConnection: close\r\n\r\n"
                    .getBytes(StandardCharsets.US_ASCII));
            String answer = new String(raw.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            assertTrue(answer.startsWith("HTTP/1.1 400 "), answer);
            assertTrue(answer.contains("X-Content-Type-Options: nosniff") && answer.contains("Content-Security-Policy: default-src 'self'"), answer);
            assertTrue(answer.contains("Content-Type: application/json") && answer.contains("{\"error\":\"the request's URI is not valid"), answer);
        }
        HttpResponse<String> page = get(instances.get(0), "/");
        assertEquals(200, page.statusCode());
        assertTrue(page.body().contains("/assets/chart.umd.js"), "the chart library comes from this server");
        assertFalse(page.body().matches("(?s).*<script>.*"), "no inline script");
        assertTrue(get(instances.get(0), "/assets/chart.umd.js").body().contains("Chart"));
        JsonNode places = json(instances.get(0), "/api/places").get("places");
        assertTrue(places.toString().contains("{\"iso\":\"MX\",\"name\":\"Mexico\"}"), "short English names");
    }

    @Test
    @Order(6)
    void dashboardsHearWhenAnEstimateChanges() throws Exception {
        Instance i = instances.get(1);
        HttpResponse<InputStream> stream = http.send(HttpRequest.newBuilder(URI.create(i.server().address() + "/api/events")).build(),
                HttpResponse.BodyHandlers.ofInputStream());
        assertEquals(200, stream.statusCode());
        assertTrue(stream.headers().firstValue("Content-Type").orElse("").startsWith("text/event-stream"));
        try (BufferedReader events = new BufferedReader(new InputStreamReader(stream.body(), StandardCharsets.UTF_8))) {
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
            while (i.server().liveClients() == 0 && System.nanoTime() < deadline) {
                Thread.sleep(20);
            }
            assertEquals(1, i.server().liveClients());
            Figure more = new Figure("live-1", "live-article", null, LocalDate.of(2021, 5, 1), "Example News", Metric.DEATHS, 30,
                    Qualifier.EXACT, "NO", Period.year(2020), Basis.TOTAL, "Thirty people died in Norway in 2020.",
                    new Span(0, 10), "tally-extract/1/en", new Span(0, 2), null, "en", "https://example.org/a", List.of());
            try (KafkaPublisher publisher = new KafkaPublisher(client, TallyEnvironment.DEFAULT)) {
                publisher.publishFigures(List.of(more));
                publisher.finish();
            }
            CompletableFuture<String> event = CompletableFuture.supplyAsync(() -> {
                try {
                    String line;
                    String name = null;
                    while ((line = events.readLine()) != null) {
                        if (line.startsWith("event: ")) {
                            name = line.substring(7);
                        } else if (line.startsWith("data: ") && "estimates".equals(name)) {
                            return line.substring(6);
                        }
                    }
                    return null;
                } catch (java.io.IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            });
            JsonNode data = Json.MAPPER.readTree(event.get(60, TimeUnit.SECONDS));
            assertEquals("tally.estimates", data.get("topic").asText());
            assertTrue(data.get("changed").asInt() >= 1);
        }
    }

    @Test
    @Order(7)
    void metricsCountArticlesFiguresDeadLettersAndLag() throws Exception {
        try (KafkaProducer<String, byte[]> producer = new KafkaProducer<>(client, new StringSerializer(), new ByteArraySerializer())) {
            producer.send(new ProducerRecord<>(TallyEnvironment.DEFAULT.figures(), "poison", "not json".getBytes(StandardCharsets.UTF_8))).get();
        }
        CaughtUp.await(client, TallyEnvironment.DEFAULT.applicationId(), TallyEnvironment.DEFAULT.figures(), CATCH_UP);
        for (Instance i : instances) {
            String metrics = awaitMetric(i, "tally_dlq_records_total{exception=");
            assertEquals(articles, (int) value(metrics, "tally_articles_ingested_total"), "every sample article, once");
            assertTrue(value(metrics, "tally_figures_extracted_total{metric=\"deaths\"}") >= 40, metrics);
            assertTrue(value(metrics, "tally_figures_extracted_total{metric=\"invalid\"}") >= 1, "the poison record");
            assertTrue(value(metrics, "tally_end_to_end_lag_seconds_count") > 0, "lag measured");
            assertTrue(metrics.contains("tally_end_to_end_lag_seconds_bucket{le=\"1.0\"}"), "a histogram with buckets");
            assertTrue(metrics.contains("kafka_stream_"), "Kafka Streams metrics");
            assertTrue(metrics.contains("jvm_memory_used_bytes"), "JVM metrics");
            BuildInfo build = BuildInfo.current();
            assertTrue(metrics.contains("tally_build_info{commit=\"" + build.commit() + "\",version=\"" + build.version() + "\"} 1"),
                    () -> "tally_build_info with the version and commit: " + metrics.lines().filter(l -> l.contains("build")).toList());
        }
        JsonNode version = json(instances.get(0), "/api/version");
        assertEquals(BuildInfo.current().version(), version.get("version").asText());
        assertEquals(BuildInfo.current().commit(), version.get("commit").asText());
    }

    private String awaitMetric(Instance i, String name) throws Exception {
        long deadline = System.nanoTime() + CATCH_UP.toNanos();
        String body = "";
        while (System.nanoTime() < deadline) {
            body = get(i, "/metrics").body();
            if (body.contains(name)) {
                return body;
            }
            Thread.sleep(200);
        }
        throw new AssertionError("no " + name + " in\n" + body);
    }

    private static double value(String metrics, String series) {
        for (String line : metrics.split("\n")) {
            if (line.startsWith(series)) {
                String rest = line.substring(series.length());
                if (rest.startsWith(" ") || series.endsWith("}") || rest.startsWith("{")) {
                    return Double.parseDouble(line.substring(line.lastIndexOf(' ') + 1));
                }
            }
        }
        throw new AssertionError("no " + series + " in\n" + metrics);
    }

    @Test
    @Order(8)
    void whenOneInstanceStopsItIsNotReadyAndTheOtherAnswersForAllKeys() throws Exception {
        Instance a = instances.get(0);
        Instance b = instances.get(1);
        assertEquals("{\"status\":\"UP\",\"state\":\"RUNNING\"}", get(b, "/health/ready").body());
        int before = json(a, "/api/estimates").get("count").asInt();
        b.app().close();
        assertEquals(503, get(b, "/health/ready").statusCode());
        HttpResponse<String> live = get(b, "/health/live");
        assertEquals(503, live.statusCode());
        assertTrue(live.body().contains("NOT_RUNNING"), live.body());
        long deadline = System.nanoTime() + CATCH_UP.toNanos();
        // A leaving member can cause a second rebalance right after the first settles, so readiness is
        // awaited, not sampled once: the survivor must be ready and own every partition.
        int ready = 0;
        while (System.nanoTime() < deadline) {
            var hosts = a.app().streams().streamsMetadataForStore(ConsolidationTopology.SUMMARIES_STORE.name());
            if (a.app().streams().state() == KafkaStreams.State.RUNNING && hosts.size() == 1
                    && hosts.iterator().next().hostInfo().port() == a.server().port()) {
                ready = get(a, "/health/ready").statusCode();
                if (ready == 200) {
                    break;
                }
            }
            Thread.sleep(200);
        }
        assertEquals(200, ready, "the survivor is ready within " + CATCH_UP);
        // Tasks may still be restoring after the state says RUNNING: the API says so (503) rather than answer in part.
        HttpResponse<String> all = get(a, "/api/estimates");
        while (all.statusCode() == 503 && System.nanoTime() < deadline) {
            assertTrue(all.body().contains("retry"), all.body());
            Thread.sleep(200);
            all = get(a, "/api/estimates");
        }
        assertEquals(200, all.statusCode(), all.body());
        assertEquals(before, Json.MAPPER.readTree(all.body()).get("count").asInt(), "the survivor took over every partition");
        assertEquals(15273, json(a, "/api/provenance?statistic=" + enc(MX_2010)).get("estimate").get("best").asInt());
    }
}
