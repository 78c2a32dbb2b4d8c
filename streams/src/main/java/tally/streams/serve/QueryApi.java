package tally.streams.serve;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import com.sun.net.httpserver.HttpServer;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.PriorityQueue;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import tally.stats.Category;
import tally.stats.Definition;
import tally.stats.Kind;
import tally.stats.Figure;
import tally.stats.Metric;
import tally.stats.Period;
import tally.stats.Place;
import tally.stats.Places;
import tally.stats.Qualifier;
import tally.stats.consolidate.Alert;
import tally.stats.consolidate.AlertThresholds;
import tally.stats.consolidate.ChangeAlerts;
import tally.stats.consolidate.Consolidation;
import tally.stats.consolidate.Estimate;
import tally.stats.consolidate.IncidentLedger;
import tally.stats.consolidate.Incidents;
import tally.stats.consolidate.MentionKey;
import tally.stats.consolidate.Mentions;
import tally.stats.consolidate.Report;
import tally.stats.consolidate.SeriesKey;
import tally.stats.consolidate.SeriesPoint;
import tally.stats.consolidate.Snapshot;
import tally.stats.consolidate.StatisticKey;
import tally.stats.consolidate.StatisticReports;
import tally.stats.json.NumberAsWritten;
import tally.stats.normalize.NormalizedFigure;
import tally.stats.normalize.Normalization;
import tally.stats.normalize.NormalizedFigure;
import tally.stats.normalize.Population;
import tally.streams.kafka.StoreDef;
import tally.streams.topology.ConsolidationTopology;
import tally.streams.topology.CurrentFiguresTopology;
import tally.streams.topology.MentionsTopology;
import tally.streams.topology.YearlySeriesTopology;

/**
 * The JSON API over the application's state stores (documented in the README):
 * {@code /api/estimates}, {@code /api/series}, {@code /api/overview}, {@code /api/mentions}, {@code /api/provenance}, {@code /api/places}, {@code /api/alerts},
 * {@code /api/openapi.json} (their description), and
 * {@code /internal/stores/} through which instances answer each other's queries.
 */
final class QueryApi {

    /** A cursor into incidents' events, after every statistic: statistic keys start with a metric, never with this. */
    private static final String EVENTS_CURSOR = "events:";
    /**
     * How deep pages of a sorted list go: each page is the first estimates of the order among all that match, kept
     * while the stores are read, so memory grows with the depth, not with the stores.
     */
    static final int MAX_SORTED = 10_000;

    /** Reports listed on one page of an estimate's by default: the quotes behind a statistic, not an export. */
    static final int MAX_REPORTS = 200;

    /** The stores other instances may query here, by name. */
    private static final Map<String, StoreDef<String, ?>> INTERNAL_STORES = Stream.of(ConsolidationTopology.SUMMARIES_STORE,
            ConsolidationTopology.EVENTS_STORE, ConsolidationTopology.INCIDENT_REPORTS_STORE,
            ConsolidationTopology.REPORTS_STORE, YearlySeriesTopology.PUBLISHED_STORE, CurrentFiguresTopology.STORE,
            MentionsTopology.MENTIONS_STORE)
            .collect(Collectors.toUnmodifiableMap(StoreDef::name, s -> s));

    private final StoreRouter stores;
    private final AlertThresholds alertThresholds;
    /** Estimates are computed from the stored reports, with the arithmetic of the topology ({@code TallyTopology.build()}). */
    private final Normalization normalization = new Normalization(Population.shipped());
    private final Consolidation consolidation = new Consolidation(normalization);

    QueryApi(StoreRouter stores, AlertThresholds alertThresholds) {
        this.stores = stores;
        this.alertThresholds = alertThresholds;
    }

    /**
     * @param api      the queue of the public API
     * @param internal the queue of the instances' own requests: separate, so that two busy instances
     *                 asking each other never wait on each other's public queue
     * @param token       what the instances' own requests must carry
     * @param crossOrigin CORS for the public API (never for {@code /internal/})
     */
    void mount(HttpServer server, Admission api, Admission internal, InternalToken token, CrossOrigin crossOrigin) {
        JsonNode openApi = OpenApiDocument.build();
        Map.<String, HttpHandler>of(
                "/api/estimates", api.guard(exact("/api/estimates", this::estimates)),
                "/api/series", api.guard(exact("/api/series", this::series)),
                "/api/overview", api.guard(exact("/api/overview", this::overview)),
                "/api/mentions", api.guard(exact("/api/mentions", this::mentions)),
                "/api/provenance", api.guard(exact("/api/provenance", this::provenance)),
                "/api/places", api.guard(exact("/api/places", this::places)),
                "/api/alerts", api.guard(exact("/api/alerts", this::alerts)),
                "/api/openapi.json", exact("/api/openapi.json", ex -> {
                    QueryParameters.of(ex.getRequestURI(), Set.of());
                    return openApi;
                }))
                .forEach((path, handler) -> server.createContext(path, handler).getFilters().add(crossOrigin));
        server.createContext(StoreRouter.INTERNAL_PATH, token.guard(internal.guard(new JsonEndpoint(this::internal))));
    }

    private static JsonEndpoint exact(String path, JsonEndpoint.Answer answer) {
        return new JsonEndpoint(ex -> {
            if (!ex.getRequestURI().getPath().equals(path)) {
                throw ApiException.notFound("no such path " + ex.getRequestURI().getPath());
            }
            return answer.answer(ex);
        });
    }

    /** @param next the cursor of the following page, or null when this is the last */
    public record EstimatesAnswer(int count, List<Estimate> estimates, String next) {
    }

    /**
     * One page of the estimates that match, in the order of their statistic keys, then incidents' events: at most
     * {@code limit} (default {@link StoreRouter#PAGE}), after {@code cursor} (the {@code next} of
     * the page before). The store is read a page at a time, so memory does not grow with it.
     */
    private EstimatesAnswer estimates(HttpExchange ex) {
        QueryParameters q = QueryParameters.of(ex.getRequestURI(), Set.of("category", "metric", "place", "year", "kind", "definition",
                "subdivision", "from", "to", "min_sources", "sort", "limit", "cursor", "dataset", "as_of"));
        Optional<Category> category = q.category();
        Optional<Metric> metric = q.metric();
        Optional<String> place = q.place();
        Optional<Integer> year = q.year();
        Optional<Kind> kind = q.kind();
        Optional<Definition> definition = q.definition();
        Optional<String> subdivision = q.subdivision();
        Optional<Snapshot> recomputed = recomputed(q, metric, place);
        int limit = q.limit(StoreRouter.PAGE, StoreRouter.MAX_PAGE);
        LocalDate from = q.date("from").orElse(LocalDate.MIN);
        LocalDate to = q.date("to").orElse(LocalDate.MAX);
        int minSources = q.atLeastOne("min_sources").orElse(1);
        if (from.isAfter(to)) {
            throw ApiException.badRequest("from " + from + " is after to " + to);
        }
        if (category.isPresent() && metric.isPresent() && metric.get().category() != category.get()) {
            throw ApiException.badRequest("metric " + metric.get().json() + " is not in category " + category.get().json());
        }
        Predicate<Estimate> wanted = e -> category.map(c -> e.category() == c).orElse(true)
                && metric.map(m -> e.metric() == m).orElse(true)
                && place.map(p -> p.equals(e.place())).orElse(true)
                && year.map(y -> overlaps(e.period(), y)).orElse(true)
                && !e.period().to().isBefore(from) && !e.period().from().isAfter(to)
                && e.sources() >= minSources
                && kind.map(k -> e.kind() == k).orElse(true)
                && definition.map(d -> e.definition() == d).orElse(true)
                && QueryParameters.subdivisionMatches(subdivision, e.subdivision());
        Optional<String> sort = q.text("sort");
        Consumer<Consumer<Estimate>> every = recomputed.isPresent()
                ? keep -> recomputed.get().estimates().values().stream().filter(wanted).forEach(keep)
                : keep -> {
                    scan(ConsolidationTopology.SUMMARIES_STORE, consolidation::estimate, wanted, keep);
                    scan(ConsolidationTopology.EVENTS_STORE, e -> e, wanted, keep);
                };
        if (sort.isPresent()) {
            return sorted(ApiOrders.ESTIMATES.parse(sort.get()), every, limit, q.text("cursor").orElse(null));
        }
        if (recomputed.isPresent()) {
            // Recomputed statistics: one list in statistic order, incidents' events among them; next is the last statistic.
            Optional<String> after = q.text("cursor");
            List<Estimate> page = new TreeMap<>(recomputed.get().estimates()).tailMap(after.orElse(""), false).values().stream()
                    .filter(wanted).limit(limit + 1L).collect(Collectors.toCollection(ArrayList::new));
            String next = page.size() > limit ? page.get(limit - 1).statistic() : null;
            List<Estimate> shown = page.subList(0, Math.min(limit, page.size()));
            return new EstimatesAnswer(shown.size(), List.copyOf(shown), next);
        }
        // The statistics (stored as the summaries their estimates are computed from), then incidents' events
        // (stored as estimates; their cursor says so): each store is read a page at a time.
        List<Estimate> matching = new ArrayList<>();
        String cursor = q.text("cursor").orElse(null);
        if (cursor != null && cursor.startsWith(ListOrder.SORTED_CURSOR)) {
            throw ApiException.badRequest("this cursor is of a sorted list; pass the same sort with it");
        }
        if (cursor == null || !cursor.startsWith(EVENTS_CURSOR)) {
            String next = fill(ConsolidationTopology.SUMMARIES_STORE, cursor, limit, consolidation::estimate, wanted, matching);
            if (next != null) {
                return new EstimatesAnswer(matching.size(), matching, next);
            }
            cursor = null;
        } else {
            cursor = cursor.substring(EVENTS_CURSOR.length());
        }
        String next = fill(ConsolidationTopology.EVENTS_STORE, cursor, limit, e -> e, wanted, matching);
        return new EstimatesAnswer(matching.size(), matching, next == null ? null : EVENTS_CURSOR + next);
    }

    /**
     * One page of the wanted estimates in {@code order}: those after the first {@code cursor} counts
     * ({@code sorted:N}), at most {@code limit}, while at most {@link #MAX_SORTED} deep. Both stores
     * are read a page at a time; only the first estimates of the order are kept meanwhile.
     */
    private EstimatesAnswer sorted(Comparator<Estimate> order, Consumer<Consumer<Estimate>> every, int limit, String cursor) {
        int offset = ListOrder.offset(cursor);
        int depth = offset + limit;
        if (depth > MAX_SORTED) {
            throw ApiException.badRequest("sorted pages reach the first " + MAX_SORTED + " estimates of the order; narrow the "
                    + "filters, or page without sort (in statistic order) to read them all");
        }
        // The worst kept estimate at the head, dropped when a better one comes.
        PriorityQueue<Estimate> kept = new PriorityQueue<>(order.reversed());
        int[] matched = {0};
        Consumer<Estimate> keep = e -> {
            matched[0]++;
            kept.add(e);
            if (kept.size() > depth) {
                kept.poll();
            }
        };
        every.accept(keep);
        List<Estimate> first = new ArrayList<>(kept);
        first.sort(order);
        List<Estimate> page = List.copyOf(first.subList(Math.min(offset, first.size()), first.size()));
        return new EstimatesAnswer(page.size(), page, matched[0] > depth ? ListOrder.SORTED_CURSOR + depth : null);
    }

    /**
     * The statistics recomputed from the figures that count now (every instance's current-figures
     * store, read a page at a time) with the application's own rules ({@link Snapshot}), when the
     * request asks for what the stores do not hold apart: one dataset alone ({@code dataset=}; the
     * stores consolidate every dataset together), or the statistics as they stood on a day
     * ({@code as_of=YYYY-MM-DD}, as {@code export --as-of}: the figures published by then). A
     * statistic, series or week depends on the figures of its metric and country alone: when the
     * request names them, only those are consolidated. Slower than the live answer: it reads every
     * current figure.
     */
    private Optional<Snapshot> recomputed(QueryParameters q, Optional<Metric> metric, Optional<String> place) {
        Optional<String> dataset = q.dataset();
        Optional<LocalDate> asOf = q.date("as_of");
        if (dataset.isEmpty() && asOf.isEmpty()) {
            return Optional.empty();
        }
        List<Figure> figures = new ArrayList<>();
        String after = null;
        do {
            StoreRouter.Page<NormalizedFigure> page = stores.page(CurrentFiguresTopology.STORE, after, StoreRouter.PAGE);
            page.entries().values().stream().map(NormalizedFigure::figure)
                    .filter(f -> dataset.map(d -> d.equals(f.dataset())).orElse(true) && metric.map(m -> f.metric() == m).orElse(true)
                            && place.map(p -> p.equals(f.place())).orElse(true))
                    .forEach(figures::add);
            after = page.next();
        } while (after != null);
        return Optional.of(Snapshot.of(asOf.map(date -> Snapshot.publishedBy(figures, date)).orElse(figures), normalization));
    }

    /** Hands every wanted estimate of a store to {@code into}, reading the store a page at a time. */
    private <V> void scan(StoreDef<String, V> store, Function<V, Estimate> estimate, Predicate<Estimate> wanted, Consumer<Estimate> into) {
        String after = null;
        do {
            StoreRouter.Page<V> page = stores.page(store, after, StoreRouter.PAGE);
            for (V v : page.entries().values()) {
                Estimate e = estimate.apply(v);
                if (wanted.test(e)) {
                    into.accept(e);
                }
            }
            after = page.next();
        } while (after != null);
    }

    /**
     * Adds to {@code matching} the wanted estimates of a store's entries after {@code after}, until it
     * holds {@code limit}: then the key of the last entry read (the cursor of the next page); null when
     * the store has no more.
     */
    private <V> String fill(StoreDef<String, V> store, String after, int limit, Function<V, Estimate> estimate,
                            Predicate<Estimate> wanted, List<Estimate> matching) {
        while (true) {
            StoreRouter.Page<V> page = stores.page(store, after, limit);
            for (Map.Entry<String, V> entry : page.entries().entrySet()) {
                after = entry.getKey();
                Estimate e = estimate.apply(entry.getValue());
                if (wanted.test(e)) {
                    matching.add(e);
                    if (matching.size() == limit) {
                        return after;
                    }
                }
            }
            if (page.next() == null) {
                return null;
            }
            after = page.next();
        }
    }

    private static boolean overlaps(Period p, int year) {
        return p.from().getYear() <= year && p.to().getYear() >= year;
    }

    public record Series(String key, Category category, Metric metric, String place, String subdivision, Kind kind,
                         Definition definition, List<SeriesPoint> points) {

        /** The point of the latest year (points are sorted by year, and a series has at least one). */
        SeriesPoint latest() {
            return points.get(points.size() - 1);
        }
    }

    /** @param next the cursor of the following page (the last series' key), or null when this is the last */
    public record SeriesAnswer(int count, List<Series> series, String next) {
    }

    /**
     * One page of the series that match, in the order of their keys or sorted ({@link ApiOrders#SERIES}): at most
     * {@code limit}, after {@code cursor}.
     */
    private SeriesAnswer series(HttpExchange ex) {
        QueryParameters q = QueryParameters.of(ex.getRequestURI(), SERIES_PARAMETERS);
        ListOrder.Page<Series> page = seriesPage(q);
        return new SeriesAnswer(page.items().size(), page.items(), page.next());
    }

    /** @param next the cursor of the following page (the last series' key), or null when this is the last */
    public record OverviewAnswer(int count, List<SeriesOverview> series, String next) {
    }

    /**
     * One page of the series that match at a glance ({@link SeriesOverview}): the same series, filters, order and
     * cursors as {@code /api/series}, each with its latest point and its values by year instead of every point.
     */
    private OverviewAnswer overview(HttpExchange ex) {
        ListOrder.Page<Series> page = seriesPage(QueryParameters.of(ex.getRequestURI(), SERIES_PARAMETERS));
        return new OverviewAnswer(page.items().size(), page.items().stream().map(SeriesOverview::of).toList(), page.next());
    }

    private static final Set<String> SERIES_PARAMETERS = Set.of("metric", "place", "category", "kind", "definition",
            "subdivision", "sort", "limit", "cursor", "dataset", "as_of");

    /** The page of series that {@code /api/series} and {@code /api/overview} answer with. */
    private ListOrder.Page<Series> seriesPage(QueryParameters q) {
        int limit = q.limit(StoreRouter.PAGE, StoreRouter.MAX_PAGE);
        Optional<String> cursor = q.text("cursor");
        Optional<Category> category = q.category();
        Optional<Metric> metric = q.metric();
        Optional<String> place = q.place();
        Optional<Kind> kind = q.kind();
        Optional<Definition> definition = q.definition();
        Optional<String> subdivision = q.subdivision();
        Optional<Snapshot> recomputed = recomputed(q, metric, place);
        // The points as the topology last published them: the series are not computed again here
        // (but for one dataset or an earlier date, which the stores do not hold apart).
        List<SeriesPoint> points;
        if (recomputed.isPresent()) {
            points = List.copyOf(recomputed.get().series().values());
        } else if (metric.isPresent() && place.isPresent() && subdivision.isPresent()) {
            // Points are keyed category|metric|area|kind|definition|year and partitioned by metric and country:
            // one range of one area on the owner of the country's series.
            String route = SeriesKey.route(metric.get(), place.get());
            String area = subdivision.get().equals(QueryParameters.WHOLE_COUNTRY) ? route
                    : SeriesKey.route(metric.get(), subdivision.get());
            points = List.copyOf(stores.under(YearlySeriesTopology.PUBLISHED_STORE, route, area).values());
        } else {
            points = List.copyOf(stores.all(YearlySeriesTopology.PUBLISHED_STORE).values());
        }
        Map<String, List<SeriesPoint>> found = new TreeMap<>();
        for (SeriesPoint p : points) {
            found.computeIfAbsent(p.series().encode(), k -> new ArrayList<>()).add(p);
        }
        Stream<Series> series = found.values().stream()
                .map(ofOneSeries -> {
                    List<SeriesPoint> byYear = ofOneSeries.stream().sorted(Comparator.comparingInt(SeriesPoint::year)).toList();
                    SeriesPoint first = byYear.get(0);
                    return new Series(first.series().encode(), first.category(), first.metric(), first.place(), first.subdivision(),
                            first.kind(), first.definition(), byYear);
                })
                .filter(s -> category.map(c -> s.category() == c).orElse(true))
                .filter(s -> metric.map(m -> s.metric() == m).orElse(true))
                .filter(s -> place.map(p -> p.equals(s.place())).orElse(true))
                .filter(s -> kind.map(k -> s.kind() == k).orElse(true))
                .filter(s -> definition.map(d -> s.definition() == d).orElse(true))
                .filter(s -> QueryParameters.subdivisionMatches(subdivision, s.subdivision()));
        return ApiOrders.SERIES.page(series, q.text("sort"), limit, cursor);
    }

    /** @param next the cursor of the following page (the last alert's id), or null when this is the last */
    public record AlertsAnswer(int count, List<Alert> alerts, String next) {
    }

    /**
     * One page of the alerts of every series' latest figure ({@link ChangeAlerts}, with this
     * instance's thresholds), in the order of their ids (series key, then reason) or sorted
     * ({@link ApiOrders#ALERTS}), from the points as the topology last published them.
     */
    private AlertsAnswer alerts(HttpExchange ex) {
        QueryParameters q = QueryParameters.of(ex.getRequestURI(), Set.of("sort", "limit", "cursor"));
        int limit = q.limit(StoreRouter.PAGE, StoreRouter.MAX_PAGE);
        Optional<String> cursor = q.text("cursor");
        Map<String, List<SeriesPoint>> bySeries = new TreeMap<>();
        for (SeriesPoint p : stores.all(YearlySeriesTopology.PUBLISHED_STORE).values()) {
            bySeries.computeIfAbsent(p.series().encode(), k -> new ArrayList<>()).add(p);
        }
        Stream<Alert> alerts = bySeries.values().stream().flatMap(points -> ChangeAlerts.of(points, alertThresholds).stream());
        ListOrder.Page<Alert> page = ApiOrders.ALERTS.page(alerts, q.text("sort"), limit, cursor);
        return new AlertsAnswer(page.items().size(), page.items(), page.next());
    }

    /** @param next the cursor of the following page (the last week's start, unsorted), or null when this is the last */
    public record MentionsAnswer(int count, List<Mentions> mentions, String next) {
    }

    /**
     * How often one metric in one country was in the news, week by week (ISO weeks by publication
     * date), oldest first: the weeks of {@code tally.mentions.weekly}, from its store. {@code from}
     * and {@code to} keep the weeks that overlap them; a page holds {@code limit} weeks after
     * {@code cursor} (the {@code next} of the page before: the start of its last week), or sorted
     * ({@link ApiOrders#MENTIONS}).
     */
    private MentionsAnswer mentions(HttpExchange ex) {
        QueryParameters q = QueryParameters.of(ex.getRequestURI(), Set.of("metric", "place", "from", "to", "sort", "limit", "cursor",
                "dataset", "as_of"));
        int limit = q.limit(StoreRouter.PAGE, StoreRouter.MAX_PAGE);
        Optional<String> sort = q.text("sort");
        // Unsorted, the cursor is the last week's start: a date.
        Optional<String> cursor = sort.isPresent() ? q.text("cursor") : q.date("cursor").map(LocalDate::toString);
        Metric metric = q.metric().orElseThrow(() -> ApiException.badRequest(
                "parameter 'metric' is required, e.g. /api/mentions?metric=deaths&place=MX"));
        String place = q.place().orElseThrow(() -> ApiException.badRequest(
                "parameter 'place' is required, e.g. /api/mentions?metric=deaths&place=MX"));
        LocalDate from = q.date("from").orElse(LocalDate.MIN);
        LocalDate to = q.date("to").orElse(LocalDate.MAX);
        if (from.isAfter(to)) {
            throw ApiException.badRequest("from " + from + " is after to " + to);
        }
        Optional<Snapshot> recomputed = recomputed(q, Optional.of(metric), Optional.of(place));
        Stream<Mentions> stored = recomputed.isPresent()
                ? recomputed.get().mentions().values().stream().filter(m -> m.metric() == metric && m.place().equals(place))
                : stores.under(MentionsTopology.MENTIONS_STORE, SeriesKey.route(metric, place), MentionKey.weeksOf(metric, place))
                        .entrySet().stream().map(e -> MentionKey.parse(e.getKey()).mentions(e.getValue()));
        Stream<Mentions> weeks = stored.filter(m -> !m.weekEnd().isBefore(from) && !m.weekStart().isAfter(to));
        ListOrder.Page<Mentions> page = ApiOrders.MENTIONS.page(weeks, sort, limit, cursor);
        return new MentionsAnswer(page.items().size(), page.items(), page.next());
    }

    /** One figure behind an estimate: who said it, where, and the sentence it was read from. */
    @JsonInclude(JsonInclude.Include.ALWAYS)
    public record Source(String figureId, String articleId, String source, String url, LocalDate published,
                         @JsonSerialize(using = NumberAsWritten.class) double value, Qualifier qualifier, String quote,
                         String lang, String extractor) {

        static Source of(Figure f) {
            return new Source(f.id(), f.articleId(), f.source(), f.url(), f.published(), f.value(), f.qualifier(),
                    f.quote(), f.lang(), f.extractor());
        }
    }

    /**
     * @param reportCount the reports that match, on every page
     * @param next        the cursor of the following page, or null when this is the last
     */
    public record ProvenanceAnswer(Estimate estimate, int reportCount, List<Source> reports, String next) {
    }

    /**
     * The estimate and a page of the reports behind it ({@link #MAX_REPORTS} by default), oldest first or sorted
     * ({@link ApiOrders#REPORTS}); {@code source}, {@code lang} and {@code qualifier} keep the reports of one outlet
     * (as written, any case), language or qualifier.
     */
    private ProvenanceAnswer provenance(HttpExchange ex) {
        QueryParameters q = QueryParameters.of(ex.getRequestURI(), Set.of("statistic", "source", "lang", "qualifier", "dataset", "sort",
                "limit", "cursor"));
        StatisticKey statistic = q.statistic();
        Optional<String> outlet = q.text("source");
        Optional<String> lang = q.text("lang");
        Optional<Qualifier> qualifier = q.qualifier();
        Optional<String> dataset = q.dataset();
        String key = statistic.encode();
        String route = statistic.series().route();
        Estimate estimate;
        List<Report> reports;
        if (statistic.event() != null) {
            estimate = stores.get(ConsolidationTopology.EVENTS_STORE, IncidentLedger.eventKey(statistic), route);
            // An event's reports are those its series' incident reports group into it (the series is one range on its owner).
            reports = estimate == null ? List.of() : Incidents.events(statistic.series(),
                            stores.under(ConsolidationTopology.INCIDENT_REPORTS_STORE, route, statistic.series().encode()).values()).stream()
                    .filter(e -> e.key().equals(statistic)).findFirst().map(Incidents.Event::reports).orElse(List.of());
        } else {
            StatisticReports summary = stores.get(ConsolidationTopology.SUMMARIES_STORE, key, route);
            estimate = summary == null || summary.isEmpty() ? null : consolidation.estimate(summary);
            // Reports are keyed statistic|..., in the partition of the series: one range on its owner.
            reports = estimate == null ? List.of() : List.copyOf(stores.under(ConsolidationTopology.REPORTS_STORE, route, key).values());
        }
        if (estimate == null) {
            throw ApiException.notFound("no estimate of " + key + " (see /api/estimates for the statistics there are)");
        }
        // Outlet and qualifier are in the reports; language and dataset only in the figures, then read for every report.
        // Current figures are stored by id in the partition of their article.
        Function<Report, NormalizedFigure> figure = r -> stores.get(CurrentFiguresTopology.STORE, r.figureId(), r.articleId());
        boolean byFigure = lang.isPresent() || dataset.isPresent();
        List<Report> matching = reports.stream()
                .filter(r -> outlet.map(o -> o.equalsIgnoreCase(r.source())).orElse(true))
                .filter(r -> qualifier.map(k -> k == r.qualifier()).orElse(true))
                .filter(r -> !byFigure || Optional.ofNullable(figure.apply(r)).map(NormalizedFigure::figure)
                        .filter(f -> dataset.map(d -> d.equals(f.dataset())).orElse(true))
                        .filter(f -> lang.map(l -> l.equalsIgnoreCase(f.lang())).orElse(true)).isPresent())
                .toList();
        ListOrder.Page<Report> page = ApiOrders.REPORTS.page(matching.stream(), Optional.of(q.text("sort").orElse(ApiOrders.REPORTS_DEFAULT)),
                q.limit(MAX_REPORTS, StoreRouter.MAX_PAGE), q.text("cursor"));
        List<Source> sources = page.items().stream().map(figure)
                .filter(Objects::nonNull) // withdrawn between the two reads
                .map(n -> Source.of(n.figure()))
                .toList();
        return new ProvenanceAnswer(estimate, matching.size(), sources, page.next());
    }

    public record PlaceName(String iso, String name) {
    }

    /** @param next the cursor of the following page, or null when this is the last */
    public record PlacesAnswer(int count, List<PlaceName> places, String next) {
    }

    private static final List<PlaceName> PLACES = Places.all().stream()
            .map(Place::iso2).filter(iso -> !iso.equals(Place.NO_COUNTRY)).distinct().sorted()
            .map(iso -> new PlaceName(iso, Places.englishName(iso))).toList();

    /** The countries by ISO code or sorted ({@link ApiOrders#PLACES}), a page at a time. */
    private PlacesAnswer places(HttpExchange ex) {
        QueryParameters q = QueryParameters.of(ex.getRequestURI(), Set.of("sort", "limit", "cursor"));
        ListOrder.Page<PlaceName> page = ApiOrders.PLACES.page(PLACES.stream(), q.text("sort"), q.limit(StoreRouter.PAGE, StoreRouter.MAX_PAGE),
                q.text("cursor"));
        return new PlacesAnswer(page.items().size(), page.items(), page.next());
    }

    /** This instance's part of a store, for another instance answering a query ({@link StoreRouter}). */
    private Object internal(HttpExchange ex) {
        String name = ex.getRequestURI().getPath().substring(StoreRouter.INTERNAL_PATH.length());
        StoreDef<String, ?> store = INTERNAL_STORES.get(name);
        if (store == null) {
            throw ApiException.notFound("no queryable store '" + name + "'");
        }
        QueryParameters q = QueryParameters.of(ex.getRequestURI(), Set.of("key", "from", "to", "partition", "after", "limit"));
        Optional<String> key = q.text("key");
        Optional<String> from = q.text("from");
        Optional<String> to = q.text("to");
        if (key.isEmpty() && from.isEmpty() && to.isEmpty()) {
            // A whole store is answered a page at a time (issue 21, item 3: 16 requests for a whole
            // store ended in OutOfMemoryError).
            LocalStores.Part<?> part = stores.local().page(store, q.text("after").orElse(null), q.limit(StoreRouter.PAGE, StoreRouter.MAX_PAGE));
            Map<String, Object> answer = new LinkedHashMap<>();
            answer.put("entries", part.entries());
            answer.put("partitions", part.partitions());
            answer.put("next", part.more() ? part.entries().lastKey() : null);
            return answer;
        }
        int partition;
        try {
            partition = Integer.parseInt(q.text("partition").orElseThrow(() -> ApiException.badRequest("partition is required with key, from and to")));
        } catch (NumberFormatException e) {
            throw ApiException.badRequest("partition must be a number");
        }
        if (key.isPresent()) {
            Map<String, Object> answer = new LinkedHashMap<>();
            answer.put("value", stores.local().get(store, key.get(), partition));
            return answer;
        }
        if (from.isEmpty() || to.isEmpty()) {
            throw ApiException.badRequest("a range needs both from and to");
        }
        return Map.of("entries", stores.local().range(store, from.get(), to.get(), partition));
    }
}
