package tally.ingest.generate;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import tally.stats.Basis;
import tally.stats.Definition;
import tally.stats.ExtractorVersion;
import tally.stats.Figure;
import tally.stats.Kind;
import tally.stats.Metric;
import tally.stats.Period;
import tally.stats.Places;
import tally.stats.Qualifier;
import tally.stats.Span;

/**
 * Figures as extraction publishes them, made directly rather than extracted from
 * {@link SyntheticNews}: the load of the pipeline benchmark (extraction has its own) and of the
 * topology tests that compare the stream with the batch computation. 1 to 4
 * per article, 40 outlets, 40 countries, ten metrics, years, months and multi-year periods, so
 * that many figures report the same statistic (about 100,000 distinct ones) as in real news;
 * every kind and definition, and some subdivisions ({@link #withMeaning}). Deterministic for a seed.
 */
public final class SyntheticFigures {

    private static final List<String> PLACES = List.of("MX", "US", "CO", "HN", "GT", "SV", "VE", "BR", "NG", "SO", "AF", "IQ",
            "SY", "YE", "PK", "PH", "UA", "SD", "DE", "IT", "GR", "ES", "TR", "LY", "CD", "ML", "FR", "GB", "IN", "BD", "KE", "ET",
            "EG", "LB", "JO", "MM", "TH", "ID", "PE", "EC");
    private static final Metric[] METRICS = Metric.values();
    private static final Qualifier[] QUALIFIERS = {Qualifier.EXACT, Qualifier.EXACT, Qualifier.EXACT, Qualifier.APPROXIMATELY,
        Qualifier.AT_LEAST, Qualifier.AT_MOST};

    private final SplittableRandom random;
    private final String runTag;
    private long article;
    private int left;
    private LocalDate published;
    private String source;

    /** @param runTag keeps the ids of separate runs apart (a latency run after a throughput run) */
    public SyntheticFigures(long seed, String runTag) {
        this.random = new SplittableRandom(seed);
        this.runTag = runTag;
    }

    public Figure next() {
        if (left == 0) {
            article++;
            left = 1 + random.nextInt(4);
            published = LocalDate.of(2005, 1, 1).plusDays(random.nextInt(365 * 20));
            source = "Outlet " + random.nextInt(40);
        }
        left--;
        Metric metric = METRICS[random.nextInt(METRICS.length)];
        String place = PLACES.get(random.nextInt(PLACES.size()));
        int year = published.getYear() - 1 - random.nextInt(3);
        int kind = random.nextInt(10);
        Period period = kind < 7 ? Period.year(year)
                : kind < 9 ? Period.month(YearMonth.of(year, 1 + random.nextInt(12)))
                : Period.years(year - 2, year);
        String articleId = String.format(Locale.ROOT, "%s-%012x", runTag, article);
        String id = articleId + "-" + left;
        double value = 10 + random.nextInt(100_000);
        return withMeaning(new Figure(id, articleId, null, published, source, metric, value, QUALIFIERS[random.nextInt(QUALIFIERS.length)],
                place, period, Basis.TOTAL, "A synthetic sentence of about the usual length, reporting " + (long) value
                + " of something in a place in a year, said an official.", new Span(0, 120), new ExtractorVersion(1, "en").encode(), new Span(10, 30),
                null, "en", "https://news.example/" + articleId, List.of()));
    }

    /**
     * A figure with a kind, definition and perhaps a subdivision drawn from its id (so the same
     * figure always gets the same): 60 % flows, 10 % each stocks, running tallies, incidents and
     * unknown (schema 1); half with a definition of the metric's category; a fifth of those placed
     * in a country with subdivisions (Mexico, the United States, Colombia) in one of three of them. A stock is dated in its period's last month (at the latest the
     * month of publication), a tally counts from one of two starts to just before publication, an
     * incident is a day in the week before publication with a small count, so that reports of one
     * incident meet.
     */
    public static Figure withMeaning(Figure f) {
        SplittableRandom r = new SplittableRandom(f.id().hashCode());
        int draw = r.nextInt(10);
        Kind kind = draw < 6 ? Kind.FLOW : draw == 6 ? Kind.STOCK : draw == 7 ? Kind.CUMULATIVE : draw == 8 ? Kind.INCIDENT : Kind.UNKNOWN;
        List<Definition> definitions = Arrays.stream(Definition.values()).filter(d -> d.appliesTo(f.metric())).toList();
        Definition definition = r.nextBoolean() ? Definition.UNSPECIFIED : definitions.get(r.nextInt(definitions.size()));
        List<String> ofPlace = f.place() == null ? List.of()
                : Places.subdivisions().stream().filter(c -> c.startsWith(f.place() + "-")).sorted().limit(3).toList();
        String subdivision = !ofPlace.isEmpty() && r.nextInt(5) == 0 ? ofPlace.get(r.nextInt(ofPlace.size())) : null;
        Period period = f.period();
        double value = f.value();
        if (period != null && f.published() != null) {
            switch (kind) {
                case STOCK -> period = Period.day((period.to().isAfter(f.published()) ? f.published() : period.to()).withDayOfMonth(1));
                case CUMULATIVE -> {
                    LocalDate end = f.published().minusDays(r.nextInt(30));
                    LocalDate start = r.nextBoolean() ? LocalDate.of(2000, 1, 1) : LocalDate.of(2004, 12, 1);
                    period = new Period(start.isAfter(end) ? end : start, end);
                }
                case INCIDENT -> {
                    period = Period.day(f.published().minusDays(r.nextInt(7)));
                    value = 1 + Math.floorMod(f.id().hashCode(), 30);
                }
                default -> {
                }
            }
        }
        return new Figure(f.id(), f.articleId(), f.ref(), f.published(), f.source(), f.metric(), value, f.qualifier(), f.place(),
                period, f.basis(), f.quote(), f.span(), f.extractor(), f.mention(), f.change(), f.lang(), f.url(), f.warnings(), f.rule())
                .withMeaning(kind, definition, subdivision, null);
    }
}
