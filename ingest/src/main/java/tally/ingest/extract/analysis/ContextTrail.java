package tally.ingest.extract.analysis;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import tally.ingest.text.Token;
import tally.ingest.text.Tokenizer;
import tally.ingest.extract.mention.TimeMention;
import tally.ingest.lexicon.TimeRule;
import tally.stats.Category;
import tally.stats.Kind;
import tally.stats.Metric;
import tally.stats.Period;
import tally.stats.Place;
import tally.stats.Span;

/**
 * The sentences of an article read so far, and its title, as context for the next ones: the place
 * the article was last about, whether the last sentence was about migration, the title's place and
 * its words.
 * Each is worked out only when a figure asks, walking back from the last sentence, so most
 * sentences' places, and most titles', are never looked for.
 */
public final class ContextTrail {

    /** A sentence read, and the last figure it stated (null if none). */
    private record Read(SentenceAnalysis sentence, Candidate lastFigure) {

        /**
         * The place this sentence leaves the article about, or null to keep the one before; {@code migration} when a
         * migration figure asks.
         */
        public String place(boolean migration) {
            if (lastFigure != null) {
                return lastFigure.place();
            }
            // "Syrian asylum seekers also formed the bulk": migrants named by their demonym, in a sentence of no figure, say
            // where they come from, not where the article has moved to. For a migration figure, people named only by their
            // demonym anywhere ("The Ivorian died in hospital", "el flujo de venezolanos continúa") are where migrants come
            // from; for a count of the killed they may be the scene ("Iraqi soldiers were killed").
            return (migration || sentence.aboutMigrants()) && !sentence.places().isEmpty()
                    && sentence.places().stream().allMatch(p -> p.kind() == Place.Kind.DEMONYM) ? null : sentence.dominantPlace();
        }

        /**
         * The period of the last time this sentence stated, or null to keep the one before: of its last
         * figure, unless a time expression stands after that figure ("46,415 so far this year, compared to
         * 26,216 in the same period of 2021": 2021).
         */
        public Period time() {
            Period last = null;
            int at = -1;
            for (TimeMention m : sentence.times()) {
                if (m.period() != null && !sentence.insideChange(m.start())) {
                    last = m.period();
                    at = m.start();
                }
            }
            return lastFigure != null && lastFigure.period() != null && lastFigure.mentionStart() > at ? lastFigure.period() : last;
        }
    }

    /** Rules of an end with no start ("as of", "hasta el"): they do not say where the article's data stop. */
    private static final Set<TimeRule> UNTIL = EnumSet.of(TimeRule.UNTIL_DAY, TimeRule.UNTIL_DAY_RECENT, TimeRule.UNTIL_MONTH_END,
            TimeRule.UNTIL_MONTH_RECENT, TimeRule.UNTIL_LAST_MONTH_END, TimeRule.UNTIL_YEAR_END, TimeRule.UNTIL_LAST_YEAR_END);
    /**
     * How many sentences after the last figure the article may still be counting it: a list or
     * breakdown follows its total closely ("The dead include 120 children. Of the rest, ...").
     */
    private static final int CURRENT_REACH = 2;
    /**
     * How many sentences after a figure whose period the text stated (a span: "from January through
     * March", "in June", "since October 7") the counts of its category with no time of their own
     * are still of that period ("At least 215 were killed in air strikes").
     */
    private static final int STATED_PERIOD_REACH = 6;
    /** How far the stated period reaches a sentence about one event ("six months after the massacre of 72"). */
    private static final int EVENT_SENTENCE_REACH = 3;
    /** How long before publication a stated period may end and still be the open tally the article is counting. */
    private static final int OPEN_SLACK_DAYS = 31;
    /** A past period set beside the counted one is a year or more of history ("los 248.000 de 2022"). */
    private static final int YEAR_DAYS = 365;
    /** Two spans are as long when they differ by a leap day or a month's length at most (2024 against 2023, February against January). */
    private static final int SAME_LENGTH_SLACK_DAYS = 3;
    private LocalDate published;
    /** A past year set beside the counted period in this sentence ({@link #earlierThanCounted}), and when. */
    private Period pastPeriod;
    private int pastAt = -1;

    private final List<Read> read = new ArrayList<>();
    /** The values of the migrant deaths the article stated so far. */
    private final java.util.Set<Double> migrantDeaths = new java.util.HashSet<>();
    /** By value, the article's last figure of it ({@link #statedFigure}). */
    private final Map<Double, Candidate> statedFigures = new HashMap<>();
    /** The metric of the last figure stated, and the number of sentences read when it was. */
    private Metric lastMetric;
    private int lastMetricAt = -1;
    /** The last stated period of a span, its category, and the number of sentences read when it was stated. */
    private Period statedPeriod;
    /** Where the article's data of a metric and place stop ({@link #statedSpan}), keyed "metric|place". */
    private final Map<String, LocalDate> cutoffs = new HashMap<>();
    /** Metrics whose stated span the article wrote out to the publication day. */
    private final Set<Metric> upToPublication = EnumSet.noneOf(Metric.class);
    /** Where the article's data stop for every metric and place with no cut-off of its own ({@link #dataStop}). */
    private LocalDate dataStop;
    /** The article has counted deportations by several removing countries together or item by item. */
    private boolean severalRemovers;
    /** The country the article's last deportation count was placed in, or null. */
    private String lastRemover;
    /** {@link #lastTimesOfNoFigure}, and how many sentences had been read when it was found. */
    private List<TimeMention> lastTimes;
    private int lastTimesAt = -1;
    /** The country of the deportees the article last counted by their demonym ("56.172 hondureños fueron deportados"). */
    private String deporteeHome;
    private Category statedCategory;
    private Kind statedKind;
    /** The last day a figure's words stated ("yesterday", "on Friday", "on December 9"), its category and when. */
    private Period statedDay;
    private Category statedDayCategory;
    private int statedDayAt = -1;
    private int statedAt = -1;
    /**
     * The period of the last time the article stated after the first {@link #timeKnownUpTo} sentences: asked
     * rarely ("that year"), so a sentence's time expressions are found only when a figure of its own needs them.
     */
    private Period lastTime;
    private int timeKnownUpTo;
    private final String title;
    private final SentenceReader reader;
    private String titlePlace;
    private boolean titlePlaceFound;
    private List<Token> titleTokens;
    /** The place the article was last about, for any figure and for a migration figure: each sentence is asked once. */
    private final LastPlace place = new LastPlace(false);
    private final LastPlace migrationPlace = new LastPlace(true);

    /** The article's text and paragraphs, read for its place only when a figure has no nearer one. */
    private final String text;
    private final List<Span> paragraphs;
    private String articlePlace;
    private boolean articlePlaceFound;
    private String url;

    /** @param title the article's title, or null */
    public ContextTrail(String title, SentenceReader reader) {
        this(title, "", List.of(), reader);
    }

    /**
     * @param title      the article's title, or null
     * @param text       the article's text
     * @param paragraphs where its paragraphs are, in order
     */
    public ContextTrail(String title, String text, List<Span> paragraphs, SentenceReader reader) {
        this.title = title;
        this.text = text;
        this.paragraphs = paragraphs;
        this.reader = reader;
    }

    /** The title's tokens (empty without a title), read when first asked. */
    public List<Token> titleTokens() {
        if (titleTokens == null) {
            titleTokens = title == null ? List.of() : Tokenizer.tokenize(title);
        }
        return titleTokens;
    }

    /** The place the title is about, or null. */
    public String titlePlace() {
        if (!titlePlaceFound) {
            titlePlace = title == null ? null : reader.titlePlace(title);
            titlePlaceFound = true;
        }
        return titlePlace;
    }

    /**
     * The place of the first paragraph that names one: where the article is. A headline or a lede that names
     * no place ("30 murders in 80 days") is about the country the story names a paragraph or two later.
     */
    public String articlePlace() {
        if (!articlePlaceFound) {
            articlePlaceFound = true;
            for (Span p : paragraphs) {
                articlePlace = reader.titlePlace(text.substring(p.start(), p.end()));
                if (articlePlace != null) {
                    break;
                }
            }
        }
        return articlePlace;
    }

    /**
     * The article has counted deportations of several removing countries, together ("desde Estados Unidos y México",
     * "de diferentes países") or as a list of them ("seguido de México con 1.397, de Guatemala 84"): a later deportation
     * count whose sentence names no country mixes them or cannot tell which.
     */
    public boolean severalRemovers() {
        return severalRemovers;
    }

    /** {@link #deporteeHome}, or null. */
    public String deporteeHome() {
        return deporteeHome;
    }

    /** Remembers the deportees' own country, which never deports them. */
    public void deportees(String home) {
        if (home != null) {
            deporteeHome = home;
        }
    }

    /** See {@link #severalRemovers()}. */
    public void removersMixed() {
        severalRemovers = true;
    }

    /**
     * A deportation count was placed in this country: after counts of two removing countries in sentences of their own
     * ("US authorities deported 39,347 ... Mexico returned 15,115"), the article has counted several removers.
     */
    public void removedBy(String country) {
        if (country == null) {
            return;
        }
        if (lastRemover != null && !lastRemover.equals(country)) {
            severalRemovers = true;
        }
        lastRemover = country;
    }

    /** Adds a sentence once its figures are found. */
    public void add(SentenceAnalysis sentence, List<Candidate> found) {
        if (found.isEmpty() && statedAt >= 0 && read.size() - statedAt <= STATED_PERIOD_REACH && restates(sentence)) {
            statedAt = read.size(); // "alrededor del 25% del flujo migratorio en 2023": the article is still on that statistic
        }
        read.add(new Read(sentence, found.isEmpty() ? null : found.get(found.size() - 1)));
        for (Candidate c : found) {
            statedFigures.put(c.number().value(), c);
            if (c.metric() == Metric.MIGRANT_DEATHS) {
                migrantDeaths.add(c.number().value());
            }
        }
        if (!found.isEmpty()) {
            lastMetric = found.get(found.size() - 1).metric();
            lastMetricAt = read.size();
        }
    }

    /** The sentence just added, of no figure, names the statistic the article is counting ({@link #currentMetric}). */
    public void names(Metric metric) {
        lastMetric = metric;
        lastMetricAt = read.size();
    }

    /** A time of the sentence, of no figure, starts when the stated period does ("en 2023" after "en lo que va de 2023"). */
    private boolean restates(SentenceAnalysis sentence) {
        for (TimeMention m : sentence.times()) {
            if (m.period() != null && m.period().from().equals(statedPeriod.from()) && !sentence.insideChange(m.start())) {
                return true;
            }
        }
        return false;
    }

    /** The period of the last time the article stated before this sentence ("that year", "en ese periodo" refer to it), or null. */
    public Period lastTime() {
        Period latest = null;
        int k = read.size();
        while (k > timeKnownUpTo && latest == null) {
            Read r = read.get(--k);
            latest = r.time();
            if (latest == null && r.lastFigure() == null && !r.sentence().numbersRead()) {
                // "Fighting broke out on April 15. Since then, ...": a sentence of no figure's numbers are read only now
                latest = new Read(reader.readEveryNumber(r.sentence(), published), null).time();
            }
        }
        lastTime = latest != null ? latest : lastTime;
        timeKnownUpTo = read.size();
        return lastTime;
    }

    /** A figure of this sentence, of this kind (null if not known), has a period of more than a day that its words stated. */
    public void stated(Metric metric, Period period, Kind kind) {
        if (period != null && period.from().equals(period.to())) {
            statedDay = period;
            statedDayCategory = metric.category();
            statedDayAt = read.size();
        } else if (period != null && kind != Kind.STOCK && (earlierThanCounted(metric, period) || comparedInSentence(metric, period))) {
            // "400.000 en lo que va de 2023 ... deja atrás los 248.000 de 2022 y los 133.000 de 2021": a past year set
            // beside this year's statistic, which the article goes on counting in after this sentence
            pastPeriod = period;
            pastAt = read.size();
        } else if (period != null) {
            statedPeriod = period;
            statedCategory = metric.category();
            statedKind = kind;
            statedAt = read.size();
        }
    }

    /**
     * The period, a year or more, is over before the one the article is counting its category in began, and that one is of the
     * publication year, still open (a tally "so far this year", "de enero a octubre"): a comparison or some history,
     * not a new statistic.
     */
    private boolean earlierThanCounted(Metric metric, Period period) {
        Period counted = countedPeriod(metric, STATED_PERIOD_REACH);
        if (counted != null && sameSpanEarlier(period, counted)) {
            return true; // "1,410 from January to May 2022" after January to May 2024: a comparison
        }
        return counted != null && published != null && period.days() >= YEAR_DAYS && period.to().isBefore(counted.from())
                && counted.from().getYear() == published.getYear() && !counted.to().isBefore(published.minusDays(OPEN_SLACK_DAYS));
    }

    /**
     * The period is the counted one in an earlier year, day for day ("entre enero y junio de 2023" beside the same months of 2024,
     * "the same period of 2022"): the statistic compared with, which does not end the counted one (realnews/README.md,
     * "Period": "a comparison with the same period last year does not").
     */
    private static boolean sameSpanEarlier(Period period, Period counted) {
        int years = counted.from().getYear() - period.from().getYear();
        return years > 0 && period.from().plusYears(years).equals(counted.from()) && period.to().plusYears(years).equals(counted.to());
    }

    /**
     * A figure of this sentence already stated a period of the category, and this one, as long, is over before it began:
     * the comparison ("8.240 deportados en 2023, mientras que en 2022 fueron 6.015", "412 murders in 2024, against 398
     * in 2023"), so the figures after this sentence go on counting in the first (realnews/README.md, "Period").
     */
    private boolean comparedInSentence(Metric metric, Period period) {
        return statedAt == read.size() && statedPeriod != null && metric.category() == statedCategory
                && period.to().isBefore(statedPeriod.from()) && Math.abs(period.days() - statedPeriod.days()) <= SAME_LENGTH_SLACK_DAYS;
    }

    /**
     * The day the article's data of this metric and place stop at ({@link #statedSpan}), or null: a tally "so far this
     * year" of the same article counts up to that day, not to publication ("del 1 de enero al 15 de marzo" in a 18 March
     * bulletin), unless the article also stated a span of that metric written out to the publication day.
     */
    public LocalDate cutoff(Metric metric, String place) {
        return upToPublication.contains(metric) ? null : cutoffs.getOrDefault(metric + "|" + place, dataStop);
    }

    /**
     * The article says where its data stop, for no figure of its own: a span from 1 January of the publication year that
     * ends a few weeks at most before publication, in a sentence of no figure ("las llegadas han descendido un 29,3% hasta
     * el 15 de agosto", "del primero de enero al 27 de diciembre hubo reducción de 810 homicidios"), or the cut-off of a
     * running tally in its own sentence ("en lo que va de año, según datos a fecha 14 de septiembre"). It is the cut-off
     * of every metric and place that has none of its own ({@link #cutoff}).
     */
    public void dataStop(Period period) {
        if (period == null || published == null || !period.from().equals(LocalDate.of(published.getYear(), 1, 1))
                || !period.to().isBefore(published) || period.to().isBefore(published.minusDays(OPEN_SLACK_DAYS))) {
            return;
        }
        if (dataStop == null || period.to().isAfter(dataStop)) {
            dataStop = period.to();
        }
    }

    /**
     * A figure of this metric and place has a period its words stated by this rule: a span from January 1 of the
     * publication year that ends a few weeks at most before publication, with its start written out ("del 1 de enero al
     * 15 de marzo", "de enero a octubre", "in the first five months"), is where the article's data stop; one whose
     * end is written out as the publication day ("del 1 de enero al 7 de junio" on 7 June) says they run to publication.
     * "As of", "hasta el 30 de abril" alone do not: an earlier reading of a tally the article brings up to date.
     */
    public void statedSpan(Metric metric, String place, Period period, TimeRule rule) {
        if (period == null || rule == null || published == null || !period.from().equals(LocalDate.of(published.getYear(), 1, 1))
                || rule == TimeRule.THIS_YEAR || rule == TimeRule.YEAR_SO_FAR || UNTIL.contains(rule)) {
            return;
        }
        if (period.to().equals(published) && rule == TimeRule.YEAR) {
            return; // "en 2019" in a 2 July article, cut at publication (PeriodResolver): no end written out
        }
        if (period.to().equals(published)) {
            upToPublication.add(metric);
        } else if (period.to().isBefore(published) && !period.to().isBefore(published.minusDays(OPEN_SLACK_DAYS))) {
            cutoffs.merge(metric + "|" + place, period.to(), (a, b) -> a.isAfter(b) ? a : b);
        }
    }

    /** The publication date, or null; set before the first sentence is read. */
    public void published(LocalDate date) {
        this.published = date;
    }

    /** The article's address, or null; set before the first sentence is read ({@link #outletPlace}). */
    public void url(String url) {
        this.url = url;
    }

    /** {@link OutletPlace#of} the article's address: where a story that names no place is, or null. */
    public String outletPlace() {
        return OutletPlace.of(url);
    }

    /**
     * A figure of this sentence took the stated period of its category, or one worked out from it ("in that period
     * last year"): the article is still counting in that period, so it reaches the few sentences after this one too.
     */
    public void stillCounting(Metric metric) {
        if (statedPeriod(metric) != null) {
            statedAt = read.size();
        }
    }

    /**
     * The day the article stated for an event of this metric's category, in this sentence or the few before
     * ("killed six people yesterday ... 26 were injured in the attack"); else null.
     */
    public Period statedDay(Metric metric) {
        return statedDayAt >= 0 && read.size() - statedDayAt <= EVENT_SENTENCE_REACH && metric.category() == statedDayCategory
                ? statedDay : null;
    }

    /** The kind of the figure that stated {@link #statedPeriod}, or null. */
    public Kind statedKind() {
        return statedKind;
    }

    /**
     * The period the article is counting figures of this metric's category in: the last one stated,
     * if stated in this sentence or the few before; else null.
     */
    public Period statedPeriod(Metric metric) {
        return statedPeriod(metric, STATED_PERIOD_REACH);
    }

    /** {@link #statedPeriod}, for a sentence that names one event: the article may have left its statistic for it. */
    public Period statedPeriodForEvent(Metric metric) {
        return statedPeriod(metric, EVENT_SENTENCE_REACH);
    }

    private Period statedPeriod(Metric metric, int reach) {
        if (pastAt == read.size() && metric.category() == statedCategory) {
            return pastPeriod; // "Last year, 188 homicides were reported, 24 of whom were children"
        }
        return countedPeriod(metric, reach);
    }

    private Period countedPeriod(Metric metric, int reach) {
        // sentences of commentary between do not end it; a fresh event with its own day, stated since, does
        // (realnews/README.md, "Period")
        return statedAt >= 0 && read.size() - statedAt <= reach && metric.category() == statedCategory
                && statedDayAt <= statedAt ? statedPeriod : null;
    }

    /** The metric the article is counting: of the last figure, if stated in the last few sentences; else null. */
    public Metric currentMetric() {
        return lastMetricAt >= 0 && read.size() - lastMetricAt < CURRENT_REACH ? lastMetric : null;
    }

    /** The place the article was last about: of the last sentence that gave one, or null. */
    public String place() {
        return place.get();
    }

    /**
     * {@link #place} for a migration figure: a sentence of no figure that names people only by their demonym does not move
     * it ({@link Read#place}).
     */
    public String migrationPlace() {
        return migrationPlace.get();
    }

    /** The place of the last sentence that gave one, as {@link Read#place} reads it for a migration figure or any other. */
    private final class LastPlace {
        private final boolean migration;
        private String place;
        /** How many sentences have been asked. */
        private int knownUpTo;

        LastPlace(boolean migration) {
            this.migration = migration;
        }

        String get() {
            String latest = null;
            for (int k = read.size(); k > knownUpTo && latest == null; ) {
                latest = read.get(--k).place(migration);
            }
            place = latest != null ? latest : place;
            knownUpTo = read.size();
            return place;
        }
    }

    /**
     * The one state or province of a country that the last sentence names, or null: "in a ranch in
     * San Fernando, Tamaulipas. ... 72 migrants were killed there" places the 72 in Tamaulipas. A sentence that also names
     * a town of the country without a subdivision (its capital, a city of a country whose towns carry none: "Buenos Aires
     * (133), Salta (16) y Tucumán (16)") may name several, and gives none.
     */
    public String lastSubdivision(String country) {
        if (read.isEmpty() || country == null) {
            return null;
        }
        SentenceAnalysis last = read.get(read.size() - 1).sentence();
        List<String> named = last.places().stream()
                .filter(p -> country.equals(p.country()) && p.subdivision() != null && !p.isDateline(last.tokens()))
                .map(mention -> mention.subdivision()).distinct().toList();
        boolean towns = last.places().stream().anyMatch(p -> country.equals(p.country()) && p.subdivision() == null
                && (p.kind() == Place.Kind.CAPITAL || p.kind() == Place.Kind.CITY) && !p.isDateline(last.tokens()));
        return named.size() == 1 && !towns ? named.get(0) : null;
    }

    /**
     * The article stated this many migrant deaths before: "55 people were killed when a truck packed with migrants
     * flipped over ... the incident, which had claimed the lives of 55 people" restates them.
     */
    public boolean statedMigrantDeaths(double value) {
        return migrantDeaths.contains(value);
    }

    /** The article's last figure of this value, or null: a count said again counts the same ("of the 61 victims"). */
    public Candidate statedFigure(double value) {
        return statedFigures.get(value);
    }

    /** The article's first sentence, its lede, once read; else null. */
    public SentenceAnalysis lede() {
        return read.isEmpty() ? null : read.get(0).sentence();
    }

    /**
     * The time expressions of the sentence just before, if it stated no figure, else null: found only when asked, in a
     * sentence with no number too ("The attack took place on Friday"), and kept.
     */
    public List<TimeMention> lastTimesOfNoFigure() {
        if (read.isEmpty() || read.get(read.size() - 1).lastFigure() != null) {
            return null;
        }
        if (lastTimesAt != read.size()) {
            SentenceAnalysis last = read.get(read.size() - 1).sentence();
            lastTimes = last.numbers().isEmpty() ? reader.times(last.tokens(), last.numbers(), published) : last.times();
            lastTimesAt = read.size();
        }
        return lastTimes;
    }

    /** The last sentence read, or null. */
    public SentenceAnalysis lastSentence() {
        return read.isEmpty() ? null : read.get(read.size() - 1).sentence();
    }

    public boolean lastAboutMigrants() {
        return !read.isEmpty() && read.get(read.size() - 1).sentence().aboutMigrants();
    }
}
