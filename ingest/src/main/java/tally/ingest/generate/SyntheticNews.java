package tally.ingest.generate;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.time.LocalDate;
import java.time.Month;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import tally.ingest.evaluate.GoldItem;
import tally.stats.Basis;
import tally.stats.Dataset;
import tally.stats.Metric;
import tally.stats.Period;
import tally.stats.Qualifier;

/**
 * Realistic synthetic news with known figures, for benchmarks and large-scale accuracy checks:
 * articles of 6 to 24 sentences in paragraphs, most sentences carrying no figure (and many of
 * them numbers that are not figures: ages, times, money, percentages, dates), a few stating a
 * violence or migration figure in one of the phrasings reporters use, with every field's truth.
 * The same seed always gives the same articles. Each article is also a gold-set item
 * ({@link GoldItem}: {@code id, published, lang, text, expect}), so {@code evaluate} scores
 * extraction on it directly.
 */
public final class SyntheticNews {

    /** One generated article: an ingestable JSON Lines record that is also a gold item. */
    @JsonPropertyOrder({"id", "published", "source", "url", "title", "lang", "text", "dataset", "expect"})
    public record Article(String id, LocalDate published, String source, String url, String title, String lang, String text,
                          String dataset, List<GoldItem.Expected> expect) {
    }

    private record Country(String iso, String name, String capital) {
    }

    private record Timing(String phrase, Period period, boolean leading) {
    }

    private record Amount(String text, double value, Qualifier qualifier) {
    }

    private static final List<Country> COUNTRIES = List.of(
            new Country("MX", "Mexico", "Mexico City"), new Country("US", "the United States", "Washington"),
            new Country("CO", "Colombia", "Bogotá"), new Country("HN", "Honduras", "Tegucigalpa"),
            new Country("GT", "Guatemala", "Guatemala City"), new Country("SV", "El Salvador", "San Salvador"),
            new Country("VE", "Venezuela", "Caracas"), new Country("BR", "Brazil", "Brasília"),
            new Country("NG", "Nigeria", "Abuja"), new Country("SO", "Somalia", "Mogadishu"),
            new Country("AF", "Afghanistan", "Kabul"), new Country("IQ", "Iraq", "Baghdad"),
            new Country("SY", "Syria", "Damascus"), new Country("YE", "Yemen", "Sanaa"),
            new Country("PK", "Pakistan", "Islamabad"), new Country("PH", "the Philippines", "Manila"),
            new Country("UA", "Ukraine", "Kyiv"), new Country("SD", "Sudan", "Khartoum"),
            new Country("DE", "Germany", "Berlin"), new Country("IT", "Italy", "Rome"),
            new Country("GR", "Greece", "Athens"), new Country("ES", "Spain", "Madrid"),
            new Country("TR", "Turkey", "Ankara"), new Country("LY", "Libya", "Tripoli"),
            new Country("CD", "the Democratic Republic of Congo", "Kinshasa"), new Country("ML", "Mali", "Bamako"));

    private static final List<String> OUTLETS = List.of("Northern Ledger", "Daily Meridian", "Coastal Herald", "The Plains Courier",
            "Harbor Evening Post", "Metro Wire", "The Valley Sentinel", "Continental Press Service");

    private static final List<String> OFFICIALS = List.of("the interior minister", "a police spokesman", "the mayor",
            "a senior official", "the attorney general", "human rights groups", "the United Nations", "local reporters",
            "an army spokeswoman", "the national statistics office");

    private static final List<String> TOPICS = List.of("security", "the border", "the election", "the budget",
            "the peace talks", "the drought", "the trial", "the reform");

    private final SplittableRandom random;
    private int serial;

    public SyntheticNews(long seed) {
        this.random = new SplittableRandom(seed);
    }

    public Article next() {
        serial++;
        LocalDate published = LocalDate.of(2008, 1, 1).plusDays(random.nextInt(365 * 16));
        Country home = pick(COUNTRIES);
        int sentences = 6 + random.nextInt(19);
        List<GoldItem.Expected> expect = new ArrayList<>();
        List<String> paragraphs = new ArrayList<>();
        StringBuilder paragraph = new StringBuilder(home.capital().toUpperCase(Locale.ROOT) + " — ");
        boolean figures = random.nextInt(5) != 0; // one article in five has no figure at all
        for (int i = 0; i < sentences; i++) {
            String sentence = figures && (i == 0 || random.nextInt(7) == 0)
                    ? figure(published, i == 0 ? home : random.nextInt(3) == 0 ? pick(COUNTRIES) : home, expect)
                    : filler(home, published);
            paragraph.append(sentence);
            if (random.nextInt(3) == 0 || i == sentences - 1) {
                paragraphs.add(paragraph.toString());
                paragraph = new StringBuilder();
            } else {
                paragraph.append(' ');
            }
        }
        String id = String.format(Locale.ROOT, "gen-%08d", serial);
        String outlet = pick(OUTLETS);
        return new Article(id, published, outlet, "https://news.example/" + published + "/" + id,
                "Report on " + pick(TOPICS) + " in " + home.name(), "en", String.join("\n\n", paragraphs),
                Dataset.SYNTHETIC, List.copyOf(expect));
    }

    private String figure(LocalDate published, Country c, List<GoldItem.Expected> expect) {
        Timing t = timing(published);
        String where = c.name();
        String sentence;
        Metric metric;
        int kind = random.nextInt(9);
        Amount a = amount(switch (kind) {
            case 2, 4 -> 50_000;         // injuries, arrests
            case 3, 7 -> 5_000;          // kidnappings, migrant deaths
            case 5, 6 -> 1_500_000;      // deportations, asylum claims
            default -> 120_000;          // deaths, disappearances
        });
        switch (kind) {
            case 0 -> {
                metric = Metric.DEATHS;
                sentence = lead(t) + a.text() + " people were killed in " + where + tail(t) + ", according to " + pick(OFFICIALS) + ".";
            }
            case 1 -> {
                metric = Metric.DEATHS;
                sentence = "Violence claimed the lives of " + a.text() + " people in " + where + " " + t.phrase() + ", " + pick(OFFICIALS) + " said.";
            }
            case 2 -> {
                metric = Metric.INJURIES;
                sentence = lead(t) + a.text() + " people were wounded in attacks in " + where + tail(t) + ".";
            }
            case 3 -> {
                metric = Metric.KIDNAPPINGS;
                sentence = lead(t) + a.text() + " kidnappings were reported in " + where + tail(t) + ", " + pick(OFFICIALS) + " said.";
            }
            case 4 -> {
                metric = Metric.ARRESTS;
                sentence = "Police arrested " + a.text() + " suspected gang members in " + where + " " + t.phrase() + ".";
            }
            case 5 -> {
                metric = Metric.DEPORTATIONS;
                sentence = lead(t) + a.text() + " people were deported from " + where + tail(t) + ", " + pick(OFFICIALS) + " said.";
            }
            case 6 -> {
                metric = Metric.ASYLUM_CLAIMS;
                sentence = lead(t) + a.text() + " people applied for asylum in " + where + tail(t) + ".";
            }
            case 7 -> {
                metric = Metric.MIGRANT_DEATHS;
                sentence = lead(t) + a.text() + " migrants died crossing the desert in " + where + tail(t) + ", " + pick(OFFICIALS) + " said.";
            }
            default -> {
                metric = Metric.DISAPPEARANCES;
                sentence = lead(t) + a.text() + " people disappeared in " + where + tail(t) + ".";
            }
        }
        expect.add(new GoldItem.Expected(metric, a.value(), a.qualifier(), c.iso(), t.period(), Basis.TOTAL, null, null, null));
        return capitalize(sentence);
    }

    private static String lead(Timing t) {
        return t.leading() ? t.phrase() + ", " : "";
    }

    private static String tail(Timing t) {
        return t.leading() ? "" : " " + t.phrase();
    }

    private Timing timing(LocalDate published) {
        int year = published.getYear() - 1 - random.nextInt(4);
        boolean leading = random.nextBoolean();
        return switch (random.nextInt(6)) {
            case 0 -> new Timing("in " + year, Period.year(year), leading);
            case 1 -> new Timing("last year", Period.year(published.getYear() - 1), leading);
            case 2 -> {
                Month m = Month.of(1 + random.nextInt(12));
                LocalDate from = LocalDate.of(year, m, 1);
                yield new Timing("in " + m.getDisplayName(TextStyle.FULL, Locale.ENGLISH) + " " + year,
                        new Period(from, from.plusMonths(1).minusDays(1)), leading);
            }
            case 3 -> new Timing("since " + year, new Period(LocalDate.of(year, 1, 1), published), false);
            case 4 -> {
                int from = year - 1 - random.nextInt(3);
                yield new Timing("between " + from + " and " + year, new Period(LocalDate.of(from, 1, 1), LocalDate.of(year, 12, 31)), leading);
            }
            default -> published.getDayOfYear() > 40
                    ? new Timing("so far this year", new Period(LocalDate.of(published.getYear(), 1, 1), published), false)
                    : new Timing("in " + year, Period.year(year), leading);
        };
    }

    /** A count up to about {@code max}, as digits or (for large ones) "1.2 million", with a qualifier. */
    private Amount amount(int max) {
        double value;
        String digits;
        if (max >= 1_000_000 && random.nextInt(4) == 0) {
            int tenths = 11 + random.nextInt(max / 100_000 - 10);
            value = tenths * 100_000.0;
            digits = (tenths % 10 == 0 ? String.valueOf(tenths / 10) : (tenths / 10) + "." + (tenths % 10)) + " million";
        } else {
            int v = random.nextInt(3) == 0 ? 12 + random.nextInt(988) : 1_000 + random.nextInt(Math.min(max, 100_000) - 1_000);
            value = v;
            digits = String.format(Locale.ROOT, "%,d", v);
        }
        return switch (random.nextInt(8)) {
            case 0 -> new Amount("more than " + digits, value, Qualifier.AT_LEAST);
            case 1 -> new Amount("at least " + digits, value, Qualifier.AT_LEAST);
            case 2 -> new Amount("about " + digits, value, Qualifier.APPROXIMATELY);
            case 3 -> new Amount("an estimated " + digits, value, Qualifier.APPROXIMATELY);
            case 4 -> new Amount("fewer than " + digits, value, Qualifier.AT_MOST);
            default -> new Amount(digits, value, Qualifier.EXACT);
        };
    }

    /** Sentences without a figure; many carry numbers that count nothing Tally counts. */
    private String filler(Country home, LocalDate published) {
        int n = 2 + random.nextInt(90);
        return switch (random.nextInt(16)) {
            case 0 -> "The " + (25 + random.nextInt(50)) + "-year-old " + pick(List.of("mayor", "judge", "governor", "activist"))
                    + " said the situation was " + pick(List.of("improving", "getting worse", "under control", "unclear")) + ".";
            case 1 -> "The meeting began at " + (1 + random.nextInt(11)) + " p.m. and lasted " + (2 + random.nextInt(6)) + " hours.";
            case 2 -> "The government has spent $" + (1 + random.nextInt(9)) + "." + random.nextInt(10) + " billion on " + pick(TOPICS) + " since "
                    + (published.getYear() - 3) + ".";
            case 3 -> "Turnout reached " + (40 + random.nextInt(45)) + " percent, the highest in a decade.";
            case 4 -> "The report, which runs to " + (50 + random.nextInt(300)) + " pages, was released on "
                    + published.getMonth().getDisplayName(TextStyle.FULL, Locale.ENGLISH) + " " + published.getDayOfMonth() + ".";
            case 5 -> "Critics say the plan, first proposed in " + (published.getYear() - 2) + ", does little to address the causes.";
            case 6 -> capitalize(pick(OFFICIALS)) + " declined to comment on the findings.";
            case 7 -> "Residents of " + home.capital() + " said they were tired of promises.";
            case 8 -> "The program will cost about $" + n + " million over " + (2 + random.nextInt(5)) + " years.";
            case 9 -> "The highway between the two cities is " + (100 + random.nextInt(500)) + " kilometers long.";
            case 10 -> "Officials in " + home.name() + " have promised a full investigation.";
            case 11 -> "The new law takes effect on January " + (1 + random.nextInt(28)) + ".";
            case 12 -> "Inflation rose to " + (2 + random.nextInt(20)) + "." + random.nextInt(10) + " percent in " + (published.getYear() - 1) + ".";
            case 13 -> "The committee has " + (5 + random.nextInt(20)) + " members and meets twice a month.";
            case 14 -> "Schools reopened after " + n + " days, " + pick(OFFICIALS) + " said.";
            default -> "Analysts said the debate over " + pick(TOPICS) + " would shape the coming months.";
        };
    }

    private <T> T pick(List<T> options) {
        return options.get(random.nextInt(options.size()));
    }

    private static String capitalize(String s) {
        return Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }
}
