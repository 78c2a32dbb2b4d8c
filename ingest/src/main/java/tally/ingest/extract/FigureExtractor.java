package tally.ingest.extract;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import tally.ingest.clean.CleanArticle;
import tally.stats.Basis;
import tally.stats.Change;
import tally.stats.Figure;
import tally.stats.Hashes;
import tally.stats.Metric;
import tally.stats.Period;
import tally.stats.Place;
import tally.stats.Qualifier;
import tally.stats.Span;

/**
 * Reads violence and migration figures from a cleaned article, sentence by sentence.
 *
 * <p>A number becomes a figure only when the sentence says what it counts: a metric noun after it
 * ("15,273 homicides"), a verb of which the counted people are the object ("killed four civilians")
 * or the passive subject ("15,273 Mexicans were killed"), an act of which they are the victims ("the
 * killing of 72 migrants") or a total it is the value of ("the death toll rose to 49"). Everything
 * else (money, ages, dates, shares, forecasts, counts of things) falls through because no such link
 * exists, or is stopped by the guards of {@link #isNotACount}. All words come from the {@link Lexicon}.
 */
public final class FigureExtractor {

    /** Bumped whenever extraction rules change, so consumers can prefer the newest figures. */
    public static final String VERSION = "1";

    private static final int NOUN_PHRASE_WORDS = 6;
    private static final int TOTAL_LOOKBACK = 12;
    private static final int TOTAL_CLAUSE_LOOKBACK = 30;
    private static final int FORECAST_LOOKBACK = 8;
    private static final int PER_YEAR_REACH = 15;

    private final Lexicon lex;
    private final NumberReader numberReader;
    private final Sentences sentences;
    private final TimeExpressions timeExpressions;
    private final PlaceMatcher placeMatcher;
    private final Set<String> placePrefix;
    private final String extractor;

    public FigureExtractor(String lang) {
        this.lex = Lexicon.forLanguage(lang);
        this.numberReader = new NumberReader(lex);
        this.sentences = new Sentences(lang, lex.abbreviations());
        this.timeExpressions = new TimeExpressions(lex);
        this.placeMatcher = PlaceMatcher.forLanguage(lang);
        this.placePrefix = lex.placePrefix;
        this.extractor = "tally-extract/" + VERSION + "/" + lang;
    }

    public String extractor() {
        return extractor;
    }

    /** Everything known about one sentence while its numbers are read. */
    private record Sentence(
            Span span,
            String quote,
            List<Token> tokens,
            List<NumberMention> numbers,
            List<PlaceMention> places,
            List<TimeMention> times,
            List<ChangeMention> changes,
            boolean aboutMigrants,
            boolean namesMigrants,
            boolean migrationAct) {
    }

    /** A percent change over tokens [start, end), end being the end of its clause. */
    private record ChangeMention(double percent, int start, int end) {
    }

    /** How a number was linked to what it counts. */
    private record Link(Metric metric, int end, boolean perfect, String npDemonym, boolean displacement) {
        Link(Metric metric, int end, boolean perfect, String npDemonym) {
            this(metric, end, perfect, npDemonym, false);
        }
    }

    /** A figure found in a sentence, before its change is attached. */
    private record Found(NumberMention number, int mentionStart, int mentionEnd, Metric metric, Qualifier qualifier,
                         String place, Period period, Basis basis, List<String> warnings) {
    }

    public List<Figure> extract(CleanArticle article) {
        String text = article.text();
        List<Figure> figures = new ArrayList<>();
        String title = article.title() == null ? null : dominant(placeMatcher.find(Tokenizer.tokenize(article.title())));
        String context = null; // the place the article was last talking about
        boolean previousAboutMigrants = false;
        Period lastPeriod = null;
        for (Span paragraph : article.paragraphs()) {
            List<Sentence> sentencesOfParagraph = new ArrayList<>();
            for (Span span : sentences.split(text, paragraph.start(), paragraph.end())) {
                sentencesOfParagraph.add(analyse(text, span, article));
            }
            for (int i = 0; i < sentencesOfParagraph.size(); i++) {
                Sentence s = sentencesOfParagraph.get(i);
                String next = i + 1 < sentencesOfParagraph.size() ? dominant(sentencesOfParagraph.get(i + 1).places) : null;
                List<Found> found = new ArrayList<>();
                for (NumberMention n : s.numbers) {
                    Period before = found.isEmpty() ? lastPeriod : found.get(found.size() - 1).period;
                    Found f = figure(s, n, article, new Context(context, next, title, previousAboutMigrants, before), found);
                    if (f != null) {
                        found.add(f);
                    }
                }
                if (!found.isEmpty()) {
                    lastPeriod = found.get(found.size() - 1).period;
                }
                Map<Found, Change> changes = attachChanges(s, found);
                for (Found f : found) {
                    figures.add(toFigure(article, s, f, changes.get(f)));
                }
                String here = found.isEmpty() ? dominant(s.places) : found.get(found.size() - 1).place;
                context = here != null ? here : context;
                previousAboutMigrants = s.aboutMigrants;
            }
        }
        return figures;
    }

    /**
     * What the article says around a sentence: the place it was last about, the next sentence's
     * place, the title's, and whether the previous sentence was about migration.
     */
    private record Context(String previous, String next, String title, boolean previousAboutMigrants, Period lastPeriod) {
        String best() {
            return previous != null ? previous : next != null ? next : title;
        }
    }

    /** The most named country, names counting before demonyms ("Gaza ... Israeli fire" is about Gaza). */
    private static String dominant(List<PlaceMention> places) {
        Map<String, Integer> counts = new LinkedHashMap<>();
        for (PlaceMention p : places) {
            if (p.country() != null) {
                counts.merge(p.country(), p.kind() == Place.Kind.DEMONYM ? 1 : 100, Integer::sum);
            }
        }
        return counts.entrySet().stream().max(Map.Entry.comparingByValue()).map(Map.Entry::getKey).orElse(null);
    }

    private Sentence analyse(String text, Span span, CleanArticle article) {
        List<Token> tokens = Tokenizer.tokenize(text, span.start(), span.end());
        List<NumberMention> numbers = numberReader.read(text, tokens);
        List<PlaceMention> places = placeMatcher.find(tokens);
        List<TimeMention> times = timeExpressions.find(tokens, numbers, article.published());
        List<ChangeMention> changes = changes(tokens, numbers);
        boolean migrationAct = migrationAct(tokens);
        boolean namesMigrants = namesMigrants(tokens);
        return new Sentence(span, text.substring(span.start(), span.end()), tokens, numbers, places, times, changes,
                migrationAct || namesMigrants, namesMigrants, migrationAct);
    }

    // ---------------------------------------------------------------- one number

    private Found figure(Sentence s, NumberMention n, CleanArticle article, Context context, List<Found> earlier) {
        List<Token> t = s.tokens;
        if (isNotACount(s, n)) {
            return null;
        }
        if (isRangeStart(s, n) || isDailyAverage(s, n)) {
            return null;
        }
        PhraseTable.Match<Qualifier> q = lex.qualifiers.endingAt(t, n.start());
        int mentionStart = q == null ? n.start() : n.start() - q.length();
        Qualifier qualifier = q == null ? Qualifier.EXACT : q.value();
        NumberMention low = rangeLow(s, n);
        if (low != null) {
            // "between 30 and 40 people were killed": one figure, at most 40
            mentionStart = low.start() > 0 && lex.rangeOpen.contains(t.get(low.start() - 1).lower()) ? low.start() - 1 : low.start();
            qualifier = qualifier == Qualifier.EXACT ? Qualifier.AT_MOST : qualifier;
        }
        int npStart = n.end();
        if (npStart < t.size() && lex.scaleJoiners.contains(t.get(npStart).lower()) && endsWithScale(s, n)) {
            npStart++; // "2 millones de personas"
        }
        PhraseTable.Match<Qualifier> after = lex.qualifiersAfter.at(t, npStart);
        if (after != null) {
            qualifier = after.value();
            npStart += after.length();
        }
        NounPhrase np = nounPhrase(s, npStart);
        if (isRate(s, np.end)) {
            return null;
        }
        Link link = link(s, n, mentionStart, np, context.previousAboutMigrants(), earlier);
        if (link != null && isRate(s, link.end)) {
            return null;
        }
        if (link == null || isForecast(s, mentionStart, link.end)) {
            return null;
        }
        PhraseTable.Match<Qualifier> late = lex.qualifiersAfter.at(t, np.end);
        if (late != null && qualifier == Qualifier.EXACT) {
            qualifier = late.value();
        }
        List<String> warnings = new ArrayList<>();
        String place = place(s, link.metric, mentionStart, link.end, link.npDemonym, link.displacement, context);
        if (place == null) {
            warnings.add("no place in the text");
        }
        Basis basis = perYear(s, mentionStart, link.end) ? Basis.PER_YEAR : Basis.TOTAL;
        boolean current = link.perfect || isCurrent(s, mentionStart, link.end);
        Period period = period(s, n, mentionStart, link.end, basis, current, article, context, warnings);
        return new Found(n, mentionStart, Math.max(link.end, n.end()), link.metric, qualifier, place, period, basis, warnings);
    }

    private boolean endsWithScale(Sentence s, NumberMention n) {
        return lex.scales.endingAt(s.tokens, n.end()) != null;
    }

    /** The low end of a range ("between 30 and 40", "30 to 40"), which the high end stands for. */
    private boolean isRangeStart(Sentence s, NumberMention n) {
        List<Token> t = s.tokens;
        if (n.end() >= t.size() || !lex.rangeJoin.contains(t.get(n.end()).lower())) {
            return false;
        }
        NumberMention high = numberAt(s, n.end() + 1);
        return high != null && !high.yearLike() && !n.yearLike() && rangeLow(s, high) == n;
    }

    /** The low end of the range that n closes, or null. "from 30 to 40" is a change, not a range. */
    private NumberMention rangeLow(Sentence s, NumberMention n) {
        List<Token> t = s.tokens;
        if (n.start() < 2 || !lex.rangeJoin.contains(t.get(n.start() - 1).lower())) {
            return null;
        }
        NumberMention low = null;
        for (NumberMention m : s.numbers) {
            if (m.end() == n.start() - 1) {
                low = m;
            }
        }
        if (low == null || low.yearLike() || n.yearLike() || low.value() >= n.value()) {
            return null;
        }
        String join = t.get(n.start() - 1).lower();
        boolean opened = low.start() > 0 && lex.rangeOpen.contains(t.get(low.start() - 1).lower());
        boolean afterFrom = low.start() > 0 && lex.origin.contains(t.get(low.start() - 1).lower());
        return (opened || !join.equals("and")) && !afterFrom ? low : null;
    }

    /** "On an average day in May, agents encountered 4,400 people": a daily rate, not a count. */
    private boolean isDailyAverage(Sentence s, NumberMention n) {
        for (int i = Math.max(0, n.start() - 10); i < n.start(); i++) {
            if (lex.averageDay.at(s.tokens, i) != null) {
                return true;
            }
        }
        return false;
    }

    /** Guards for numbers that are not counts of people: years, labels, units, dates, ratios, scores, ages. */
    private boolean isNotACount(Sentence s, NumberMention n) {
        List<Token> t = s.tokens;
        int a = n.start();
        int b = n.end();
        if (n.yearLike() || n.value() < 1) {
            return true;
        }
        if (lex.labels.endingAt(t, a) != null || (a > 0 && t.get(a - 1).is(".") && lex.labels.endingAt(t, a - 1) != null)) {
            return true;
        }
        if (lex.units.at(t, b) != null || (b < t.size() && t.get(b).is("-") && lex.units.at(t, b + 1) != null)) {
            return true;
        }
        if (isMonth(t, a - 1) || (a > 1 && t.get(a - 1).is(".") && isMonth(t, a - 2)) || isMonth(t, b)
                || (b < t.size() && lex.dateJoiners.contains(t.get(b).lower()) && isMonth(t, b + 1))) {
            return true; // "Dec. 1", "1 December", "1 de diciembre"
        }
        PhraseTable.Match<Boolean> ratio = lex.ratios.at(t, b);
        if (ratio != null && isSmallCount(s, b + ratio.length())) {
            return true; // "six out of 10", "one in five"
        }
        PhraseTable.Match<Boolean> ratioBefore = lex.ratios.endingAt(t, a);
        if (ratioBefore != null && (ratioBefore.length() > 1 || endsSmallCount(s, a - ratioBefore.length()))) {
            return true; // the 10 of "one in 10 abductions"
        }
        // Scores, times and phone numbers: digits joined by '-', ':' or '/'.
        if (n.digits() && (joinedToDigits(t, b, b + 1) || joinedToDigits(t, a - 1, a - 2))) {
            return true;
        }
        // An age in apposition: "Juan Perez, 25, was killed".
        if (n.digits() && a >= 2 && b < t.size() && t.get(a - 1).is(",") && t.get(b).is(",")
                && t.get(a - 2).isCapitalized() && n.value() < 120) {
            return true;
        }
        // "one of the ..." is not a count.
        return n.value() == 1 && b < t.size() && t.get(b).is("of");
    }

    /**
     * A rate follows, perhaps after an adjective or two: "per 100,000 inhabitants", "18 a day",
     * "20 muertes violentas cada día". Yearly rates are figures with basis per_year.
     */
    private boolean isRate(Sentence s, int i) {
        PhraseTable.Match<Boolean> rate = lex.rates.at(s.tokens, i);
        if (rate != null && i + rate.length() < s.tokens.size() && s.tokens.get(i + rate.length()).isNumber()) {
            return true;
        }
        for (int k = i; k < Math.min(s.tokens.size(), i + 3); k++) {
            if (lex.ratePeriods.at(s.tokens, k) != null) {
                return true;
            }
            if (s.tokens.get(k).isPunct() || lex.stopwords.contains(s.tokens.get(k).lower())) {
                return false;
            }
        }
        return false;
    }

    private static boolean endsSmallCount(Sentence s, int end) {
        for (NumberMention n : s.numbers) {
            if (n.end() == end) {
                return !n.yearLike();
            }
        }
        return false;
    }

    private static NumberMention numberAt(Sentence s, int i) {
        for (NumberMention n : s.numbers) {
            if (n.start() == i) {
                return n;
            }
        }
        return null;
    }

    private static boolean isSmallCount(Sentence s, int i) {
        for (NumberMention n : s.numbers) {
            if (n.start() == i) {
                return !n.yearLike();
            }
        }
        return false;
    }

    private boolean isMonth(List<Token> t, int i) {
        return i >= 0 && i < t.size() && (t.get(i).isCapitalized() || !lex.capitalizedMonths) && lex.months.at(t, i) != null;
    }

    private static boolean joinedToDigits(List<Token> t, int joiner, int other) {
        if (joiner < 0 || joiner >= t.size() || other < 0 || other >= t.size()) {
            return false;
        }
        Token j = t.get(joiner);
        Token o = t.get(other);
        boolean adjacent = other > joiner ? j.end() == o.start() : o.end() == j.start();
        return (j.is("-") || j.is(":") || j.is("/") || j.is("\u2013")) && o.isNumber() && adjacent;
    }

    /** The words after a number that say what it counts, e.g. "undocumented immigrants". */
    private record NounPhrase(Lexicon.Noun head, int end, boolean unknownWords, String demonym, String headWord) {
    }

    private NounPhrase nounPhrase(Sentence s, int from) {
        List<Token> t = s.tokens;
        Lexicon.Noun head = null;
        int headEnd = from;
        boolean unknown = false;
        String demonym = null;
        int j = from;
        while (j < t.size() && j < from + NOUN_PHRASE_WORDS) {
            Token tok = t.get(j);
            if (tok.is("-")) {
                j++;
                continue;
            }
            if (tok.isPunct() || tok.isNumber()) {
                break;
            }
            PhraseTable.Match<Lexicon.Noun> noun = lex.nouns.at(t, j);
            if (noun != null) {
                head = noun.value();
                j += noun.length();
                headEnd = j;
                continue;
            }
            PlaceMention demonymHere = demonymAt(s, j);
            if (demonymHere != null) {
                demonym = demonymHere.country();
                // A demonym is the head ("15,273 Mexicans") unless a noun follows ("Afghan civilians").
                head = new Lexicon.Noun(Lexicon.Noun.Kind.PERSON, null);
                j = demonymHere.end();
                headEnd = j;
                continue;
            }
            PhraseTable.Match<Boolean> modifier = lex.modifiers.at(t, j);
            if (modifier != null) {
                j += modifier.length();
                continue;
            }
            PhraseTable.Match<Boolean> and = lex.conjunctions.at(t, j);
            if (and != null && startsNoun(s, j + and.length())) {
                j += and.length(); // "social leaders and activists", "Central and South American migrants"
                continue;
            }
            if (head != null || lex.stopwords.contains(tok.lower()) || lex.verbs.at(t, j) != null
                    || startsTime(s, j) || placeAt(s, j, null) != null) {
                break;
            }
            unknown = true;
            j++;
        }
        return new NounPhrase(head, head == null ? from : headEnd, head == null && unknown, demonym,
                head == null ? null : t.get(headEnd - 1).lower());
    }

    /** A noun of people starts at i, perhaps after one modifier ("and foreign workers"). */
    private boolean startsNoun(Sentence s, int i) {
        for (int k = i; k < Math.min(i + 3, s.tokens.size()); k++) {
            if (s.tokens.get(k).isPunct() || s.tokens.get(k).isNumber()) {
                return false;
            }
            PhraseTable.Match<Lexicon.Noun> noun = lex.nouns.at(s.tokens, k);
            if (noun != null) {
                return noun.value().kind() == Lexicon.Noun.Kind.PERSON || noun.value().kind() == Lexicon.Noun.Kind.MIGRANT;
            }
            if (demonymAt(s, k) != null) {
                return true;
            }
        }
        return false;
    }

    private Link link(Sentence s, NumberMention n, int mentionStart, NounPhrase np, boolean migrationContext, List<Found> earlier) {
        List<Token> t = s.tokens;
        Lexicon.Noun head = np.head;
        if (np.unknownWords) {
            return null; // "20,000 weapons", "two countries": a count of something else
        }
        boolean sentenceAboutMigrants = s.aboutMigrants;
        boolean migrationAct = s.migrationAct || migrationContext;
        if (head != null && head.kind() == Lexicon.Noun.Kind.METRIC) {
            // "found 53 migrants dead in a sweltering trailer": deaths on the crossing
            return new Link(crossingAdjusted(s, head.metric(), Metric.MIGRANT_DEATHS, sentenceAboutMigrants), np.end, false, np.demonym);
        }
        // Active verb before the number: "killed four civilians", "deported 400,000 Mexicans".
        int k = skipToVerb(s, mentionStart);
        if (head != null && head.kind() == Lexicon.Noun.Kind.LIVES) {
            PhraseTable.Match<Boolean> lives = lex.livesVerbs.endingAt(t, k);
            if (lives != null) {
                int before = k - lives.length() - 1;
                return new Link(Metric.DEATHS, np.end, before >= 0 && lex.perfect.contains(t.get(before).lower()), np.demonym);
            }
        } else if (head != null || objectEndsHere(s, np.end)) {
            PhraseTable.Match<Lexicon.Verb> verb = lex.verbs.endingAt(t, k);
            if (verb != null) {
                Metric m = metricFor(verb.value(), head, migrationAct);
                boolean perfect = k - verb.length() > 0 && lex.perfect.contains(t.get(k - verb.length() - 1).lower());
                return new Link(crossingAdjusted(s, m, verb.value().forMigrants(), sentenceAboutMigrants), np.end, perfect, np.demonym,
                        verb.value().displacement());
            }
            PhraseTable.Match<Lexicon.Act> act = lex.actsOf.endingAt(t, k);
            if (act != null) {
                boolean migrants = head != null && head.kind() == Lexicon.Noun.Kind.MIGRANT || sentenceAboutMigrants;
                return new Link(crossingAdjusted(s, act.value().metric(), act.value().onCrossing(), migrants), np.end, false, np.demonym);
            }
        }
        // The counted people as subject: "15,273 Mexicans were killed", "six died", "35,000 lives were lost".
        Link subject = subjectVerb(s, np, migrationContext);
        if (subject != null) {
            return subject;
        }
        // The number as the value of a total: "the death toll rose to 49".
        if (head == null || head.kind() != Lexicon.Noun.Kind.LIVES) {
            Metric total = totalBefore(s, mentionStart);
            if (total != null) {
                return new Link(crossingAdjusted(s, total, Metric.MIGRANT_DEATHS, s.namesMigrants), np.end, false, np.demonym);
            }
        }
        if (head != null && head.kind() == Lexicon.Noun.Kind.MIGRANT) {
            return new Link(Metric.MIGRANTS, np.end, false, np.demonym);
        }
        return continuation(s, mentionStart, np, earlier);
    }

    /**
     * A count that continues a list or comparison of the figure before it takes that figure's
     * metric: "159 homicides in January, 135 in February and 148 in March", "4,574 last year, up
     * from 4,136 in 2011". Not a part of it ("12 people, 3 of them children").
     */
    private Link continuation(Sentence s, int mentionStart, NounPhrase np, List<Found> earlier) {
        List<Token> t = s.tokens;
        if (earlier.isEmpty() || np.head != null && np.head.kind() == Lexicon.Noun.Kind.LIVES
                || np.end < t.size() && lex.partitive.contains(t.get(np.end).lower())) {
            return null;
        }
        Found last = earlier.get(earlier.size() - 1);
        int k = skipFillers(t, mentionStart);
        // "up from a record 409,849", "nearly double the 72,177": compares with the figure before.
        if (lex.comparisons.endingAt(t, k) != null || lex.comparisons.endingAt(t, mentionStart) != null) {
            return new Link(last.metric, np.end, false, np.demonym);
        }
        // "killed 2,100 Palestinians in Gaza, most of them civilians, and 73 people": the same verb.
        PhraseTable.Match<Boolean> and = lex.conjunctions.endingAt(t, k);
        boolean people = np.head != null && (np.head.kind() == Lexicon.Noun.Kind.PERSON || np.head.kind() == Lexicon.Noun.Kind.MIGRANT);
        if (and != null && people && k - last.mentionEnd <= 15 && noCountBetween(s, last.mentionEnd, k - and.length())) {
            return new Link(last.metric, np.end, false, np.demonym);
        }
        boolean glued = false;
        int p = mentionStart;
        while (p > Math.max(0, mentionStart - 10)) {
            for (Found f : earlier) {
                if (f.mentionEnd == p) {
                    return glued ? new Link(f.metric, np.end, false, np.demonym) : null;
                }
            }
            TimeMention time = timeEndingAt(s, p);
            Token prev = t.get(p - 1);
            if (time != null) {
                p = time.start();
            } else if (prev.is(",") || lex.totalLinkWords.contains(prev.lower())) {
                glued = true;
                p--;
            } else {
                return null;
            }
        }
        return null;
    }

    private boolean noCountBetween(Sentence s, int from, int to) {
        for (NumberMention m : s.numbers) {
            if (m.start() >= from && m.end() <= to && !isNotACount(s, m)) {
                return false;
            }
        }
        return true;
    }

    private int skipFillers(List<Token> t, int k) {
        PhraseTable.Match<Boolean> filler;
        while ((filler = lex.fillers.endingAt(t, k)) != null) {
            k -= filler.length();
        }
        return k;
    }

    /** Fillers, and a time expression between a verb and its object ("detuvo el domingo a 38 personas"). */
    private int skipToVerb(Sentence s, int k) {
        int before;
        do {
            before = k;
            k = skipFillers(s.tokens, k);
            TimeMention time = timeEndingAt(s, k);
            if (time != null && time.start() < k) {
                k = time.start();
            }
        } while (k != before);
        return k;
    }

    /** After a verb, a number with no noun stands for people when nothing that could be an object follows. */
    private boolean objectEndsHere(Sentence s, int i) {
        List<Token> t = s.tokens;
        if (i >= t.size()) {
            return true;
        }
        Token next = t.get(i);
        return next.isPunct() || lex.stopwords.contains(next.lower()) || startsTime(s, i)
                || lex.locative.contains(next.lower()) || lex.destination.contains(next.lower());
    }

    /** Tries the verb right after the noun, then after a short phrase ("from a rural college", ", most of them foreigners,"). */
    private Link subjectVerb(Sentence s, NounPhrase np, boolean migrationContext) {
        Link direct = subjectVerbAt(s, np, np.end, false, migrationContext);
        if (direct != null) {
            return direct;
        }
        List<Token> t = s.tokens;
        int j = np.end;
        PhraseTable.Match<Boolean> and = lex.conjunctions.at(t, j);
        if (and != null) {
            // "26 soldiers and 60 rebels were killed": the verb after the second count is the first's too.
            int k = j + and.length();
            PhraseTable.Match<Qualifier> q = lex.qualifiers.at(t, k);
            NumberMention other = numberAt(s, q == null ? k : k + q.length());
            if (other != null && !other.yearLike()) {
                Link shared = subjectVerbAt(s, np, nounPhrase(s, other.end()).end, false, migrationContext);
                if (shared != null) {
                    return shared;
                }
            }
        }
        if (j < t.size() && (t.get(j).is(",") || t.get(j).is("(") || t.get(j).is("—"))) {
            String close = t.get(j).is("(") ? ")" : t.get(j).text();
            for (int k = j + 1; k < Math.min(t.size(), j + 9); k++) {
                if (t.get(k).is(close)) {
                    return subjectVerbAt(s, np, k + 1, false, migrationContext);
                }
                if (t.get(k).isNumber() || (t.get(k).isPunct() && !t.get(k).is("-"))) {
                    break;
                }
            }
        }
        if (j < t.size() && lex.nounTrailers.contains(t.get(j).lower())) {
            // "from Honduras, El Salvador and Guatemala were killed": places may be listed with commas.
            for (int k = j + 1; k < Math.min(t.size(), j + 17); k++) {
                Token tok = t.get(k);
                NumberMention inside = tok.isNumber() ? numberAt(s, k) : null;
                if (tok.isNumber() && (inside == null || !isNotACount(s, inside))
                        || (tok.isPunct() && !tok.is("-") && !tok.is(",") && !tok.is("'") && !tok.is("\u2019"))) {
                    break; // another count, or the end of the phrase ("a girl of 8 years" may stand inside)
                }
                Link after = subjectVerbAt(s, np, k, true, migrationContext);
                if (after != null) {
                    return after;
                }
            }
        }
        return null;
    }

    /** @param afterPhrase a phrase was skipped: a bare transitive verb there belongs to that phrase ("of those apprehended") */
    private Link subjectVerbAt(Sentence s, NounPhrase np, int from, boolean afterPhrase, boolean migrationContext) {
        List<Token> t = s.tokens;
        Lexicon.Noun head = np.head;
        int j = skipLocativePlace(s, from);
        boolean passive = false;
        boolean perfect = false;
        boolean fillers = false;
        PhraseTable.Match<Boolean> filler;
        while ((filler = lex.toVerb.at(t, j)) != null) {
            for (int k = j; k < j + filler.length(); k++) {
                String w = t.get(k).lower();
                passive |= lex.passive.contains(w);
                perfect |= lex.perfect.contains(w);
            }
            fillers = true;
            j += filler.length();
        }
        if (head != null && head.kind() == Lexicon.Noun.Kind.LIVES) {
            PhraseTable.Match<Boolean> lives = lex.livesVerbs.at(t, j);
            return lives == null ? null : new Link(Metric.DEATHS, j + lives.length(), perfect, np.demonym);
        }
        PhraseTable.Match<Lexicon.Verb> verb = lex.verbs.at(t, j);
        if (verb == null) {
            verb = lex.subjectVerbs.at(t, j);
        }
        if (verb == null) {
            return null;
        }
        int verbEnd = j + verb.length();
        if (verb.value().forPeople() == Metric.MIGRANTS && np.headWord != null && lex.armed.contains(np.headWord)) {
            return null; // "10 gunmen came ashore" are attackers, not migrants
        }
        if (verb.value().transitive() && !passive) {
            // "12 gunmen killed 5 people" counts the killers: only a reduced passive ("12 killed in") counts.
            if (fillers || afterPhrase || !objectEndsHere(s, verbEnd)) {
                return null;
            }
        }
        Metric m = metricFor(verb.value(), head, s.migrationAct || migrationContext);
        return new Link(crossingAdjusted(s, m, verb.value().forMigrants(), s.aboutMigrants), verbEnd, perfect, np.demonym,
                verb.value().displacement());
    }

    /** Skips "in Mexico", "in the northern state of Chihuahua" between a noun and its verb. */
    private int skipLocativePlace(Sentence s, int j) {
        if (j >= s.tokens.size() || !lex.locative.contains(s.tokens.get(j).lower())) {
            return j;
        }
        int k = j + 1;
        while (k < s.tokens.size() && k < j + 5 && placeAt(s, k, null) == null && placePrefix.contains(s.tokens.get(k).lower())) {
            k++;
        }
        PlaceMention p = placeAt(s, k, null);
        return p == null ? j : p.end();
    }

    /**
     * A total noun whose value the number is: either linked by words alone ("homicides in 2011
     * totaled 27,213") or, after a linking verb right before the number, anywhere earlier in the
     * clause ("the death toll from the bombing at the border crossing rose to 60").
     */
    private Metric totalBefore(Sentence s, int mentionStart) {
        Metric linkedByWords = totalLinkedByWords(s, mentionStart);
        if (linkedByWords != null) {
            return linkedByWords;
        }
        List<Token> t = s.tokens;
        PhraseTable.Match<Boolean> link = lex.totalLinks.endingAt(t, mentionStart);
        if (link == null || link.length() < 2 && t.get(mentionStart - 1).lower().length() <= 3) {
            return null; // "of", "at", "is" alone link too loosely
        }
        for (int p = mentionStart - link.length(); p > Math.max(0, mentionStart - TOTAL_CLAUSE_LOOKBACK); p--) {
            Token prev = t.get(p - 1);
            if (prev.isPunct() && !prev.is("-") && !prev.is(".")) {
                return null;
            }
            PhraseTable.Match<Metric> total = lex.totalNouns.endingAt(t, p);
            if (total != null && isHeadEnd(s, p)) {
                return total.value();
            }
        }
        return null;
    }

    /** A noun phrase ends at p: nothing that could be its real head follows ("immigration judges"). */
    private boolean isHeadEnd(Sentence s, int p) {
        if (p >= s.tokens.size()) {
            return true;
        }
        Token next = s.tokens.get(p);
        return next.isPunct() || next.isNumber() || lex.stopwords.contains(next.lower()) || lex.totalLinkWords.contains(next.lower())
                || lex.locative.contains(next.lower()) || startsTime(s, p) || placeAt(s, p, null) != null;
    }

    private Metric totalLinkedByWords(Sentence s, int mentionStart) {
        List<Token> t = s.tokens;
        int p = mentionStart;
        int floor = Math.max(0, mentionStart - TOTAL_LOOKBACK);
        boolean linked = false;
        while (p > floor) {
            PhraseTable.Match<Metric> total = lex.totalNouns.endingAt(t, p);
            if (total != null && linked && isHeadEnd(s, p)) {
                return total.value();
            }
            Token prev = t.get(p - 1);
            TimeMention time = timeEndingAt(s, p);
            PlaceMention place = placeEndingAt(s, p);
            PhraseTable.Match<Qualifier> q = lex.qualifiers.endingAt(t, p);
            ChangeMention change = changeCovering(s, p - 1);
            if (change != null && change.start < p) {
                p = change.start;
            } else if (time != null) {
                p = time.start();
            } else if (place != null) {
                p = place.start();
            } else if (lex.totalLinkWords.contains(prev.lower()) || prev.is(",")) {
                linked |= !prev.is(",");
                p--;
            } else if (q != null) {
                p -= q.length();
            } else if (prev.isNumber() || lex.locative.contains(prev.lower()) || placePrefix.contains(prev.lower())) {
                p--;
            } else {
                return null;
            }
        }
        return null;
    }

    /** Migrants, or people in a sentence about migration ("agents caught 1 million people crossing"). */
    private static Metric metricFor(Lexicon.Verb verb, Lexicon.Noun head, boolean aboutMigration) {
        boolean migrants = head != null && head.kind() == Lexicon.Noun.Kind.MIGRANT
                || aboutMigration && (head == null || head.kind() == Lexicon.Noun.Kind.PERSON);
        return migrants ? verb.forMigrants() : verb.forPeople();
    }

    /** Deaths of migrants on the crossing itself (desert, sea, heat) are migrant_deaths, killings are not. */
    private Metric crossingAdjusted(Sentence s, Metric metric, Metric forMigrants, boolean aboutMigrants) {
        if (metric != Metric.DEATHS || forMigrants != Metric.MIGRANT_DEATHS || !aboutMigrants) {
            return metric;
        }
        for (Token tok : s.tokens) {
            if (lex.crossing.contains(tok.lower())) {
                return Metric.MIGRANT_DEATHS;
            }
        }
        return metric;
    }

    /** The sentence names migrants or another migration noun. */
    private boolean namesMigrants(List<Token> t) {
        for (int i = 0; i < t.size(); i++) {
            PhraseTable.Match<Lexicon.Noun> noun = lex.nouns.at(t, i);
            if (noun != null && (noun.value().kind() == Lexicon.Noun.Kind.MIGRANT
                    || noun.value().metric() != null && noun.value().metric().category() == tally.stats.Category.MIGRATION)) {
                return true;
            }
        }
        return false;
    }

    /**
     * The people in the sentence are migrating: a migration verb together with a crossing word
     * ("agents catch 1 million people a year trying to enter the U.S." near "Border Patrol"), so
     * that being caught is an apprehension rather than an arrest.
     */
    private boolean migrationAct(List<Token> t) {
        boolean migrationVerb = false;
        boolean crossingWord = false;
        for (int i = 0; i < t.size(); i++) {
            if (lex.migrationAgencies.at(t, i) != null) {
                return true;
            }
            PhraseTable.Match<Lexicon.Verb> verb = lex.verbs.at(t, i);
            if (verb == null) {
                verb = lex.subjectVerbs.at(t, i);
            }
            migrationVerb |= verb != null && verb.value().forPeople() == Metric.MIGRANTS;
            crossingWord |= lex.crossing.contains(t.get(i).lower());
        }
        return migrationVerb && crossingWord;
    }

    private boolean isForecast(Sentence s, int mentionStart, int linkEnd) {
        List<Token> t = s.tokens;
        int from = mentionStart;
        while (from > 0 && from > mentionStart - FORECAST_LOOKBACK && !t.get(from - 1).is(";") && !t.get(from - 1).is(":")) {
            from--;
        }
        for (int i = from; i < linkEnd && i < t.size(); i++) {
            if (lex.forecasts.at(t, i) != null) {
                return true;
            }
        }
        return false;
    }

    // ---------------------------------------------------------------- place

    private String place(Sentence s, Metric metric, int mentionStart, int mentionEnd, String npDemonym, boolean displacement,
                         Context context) {
        List<Token> t = s.tokens;
        java.util.function.Predicate<PlaceMention> outsideCount = p -> p.end() <= mentionStart || p.start() >= mentionEnd;
        java.util.function.Predicate<PlaceMention> name = p -> p.kind() != Place.Kind.DEMONYM;
        List<java.util.function.Predicate<PlaceMention>> preferences;
        java.util.function.Predicate<PlaceMention> lastResort;
        // "Mexican immigration agents detained", "Philippine National Police figures": the authority's country.
        PlaceMention authority = nearest(s, mentionStart, mentionEnd, p -> p.end() <= mentionStart && namesAuthority(t, p));
        if (authority != null && metric.category() == tally.stats.Category.MIGRATION) {
            return authority.country();
        }
        if (metric == Metric.DEPORTATIONS) {
            // Deported from the country that deports; "to Mexico" is where they are sent.
            preferences = List.of(
                    p -> name.test(p) && p.end() <= mentionStart && !precededBy(t, p, lex.destination) && !precededBy(t, p, lex.origin),
                    p -> name.test(p) && p.start() >= mentionEnd && precededBy(t, p, lex.origin),
                    p -> name.test(p) && !precededBy(t, p, lex.destination));
            lastResort = p -> outsideCount.test(p) && !precededBy(t, p, lex.destination);
        } else if (metric.category() == tally.stats.Category.MIGRATION && !displacement) {
            // Where migrants arrive or cross into; a demonym of the migrants names where they come from,
            // while one of the authorities ("Hungarian police caught") names the place.
            preferences = List.of(
                    p -> precededBy(t, p, lex.destination),
                    p -> name.test(p) && !precededBy(t, p, lex.origin));
            lastResort = p -> outsideCount.test(p) && !precededBy(t, p, lex.origin);
        } else {
            // Where it happened (or where people were displaced); not where victims were heading, and not a demonym of the attackers
            // or of a language ("Israeli fire", "its Spanish initials") while the article names a place.
            preferences = List.of(
                    p -> precededBy(t, p, lex.locative),
                    p -> npDemonym != null && p.kind() == Place.Kind.DEMONYM && !outsideCount.test(p),
                    p -> name.test(p) && !precededBy(t, p, lex.origin) && !precededBy(t, p, lex.heading));
            lastResort = p -> !precededBy(t, p, lex.origin) && !precededBy(t, p, lex.heading);
        }
        // "reached Europe by sea": a destination or scene in no single country, in a sentence that
        // names no country, leaves the place open.
        PlaceMention region = nearestAny(s, mentionStart, mentionEnd, preferences.get(0));
        if (region != null && region.country() == null && s.places.stream().allMatch(p -> p.country() == null)) {
            return null;
        }
        for (java.util.function.Predicate<PlaceMention> preference : preferences) {
            PlaceMention best = nearest(s, mentionStart, mentionEnd, preference);
            if (best != null) {
                return best.country();
            }
        }
        if (authority != null) {
            return authority.country();
        }
        if (context.previous() != null) {
            return context.previous();
        }
        PlaceMention best = nearest(s, mentionStart, mentionEnd, lastResort);
        return best != null ? best.country() : context.best();
    }

    /**
     * An authority noun just after a demonym ("Mexican immigration agents") or just before a demonym
     * or name ("la policía mexicana", "autoridades migratorias de Guatemala").
     */
    private boolean namesAuthority(List<Token> t, PlaceMention demonym) {
        for (int k = demonym.end(); demonym.kind() == Place.Kind.DEMONYM && k < Math.min(t.size(), demonym.end() + 3); k++) {
            if (lex.authorities.at(t, k) != null) {
                return true;
            }
        }
        for (int k = Math.max(0, demonym.start() - 4); k < demonym.start(); k++) {
            PhraseTable.Match<Boolean> a = lex.authorities.at(t, k);
            if (a != null && k + a.length() <= demonym.start() && onlyPrefixes(t, k + a.length(), demonym.start())) {
                return true; // "la policía mexicana", "la policía de El Salvador"; not "officials in Niger"
            }
        }
        return false;
    }

    private boolean onlyPrefixes(List<Token> t, int from, int to) {
        for (int k = from; k < to; k++) {
            if (!placePrefix.contains(t.get(k).lower())) {
                return false;
            }
        }
        return true;
    }

    private PlaceMention nearest(Sentence s, int start, int end, java.util.function.Predicate<PlaceMention> accept) {
        return nearestAny(s, start, end, p -> p.country() != null && accept.test(p));
    }

    /** The accepted place nearest to [start, end), also one in no single country. */
    private static PlaceMention nearestAny(Sentence s, int start, int end, java.util.function.Predicate<PlaceMention> accept) {
        PlaceMention best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (PlaceMention p : s.places) {
            if (!accept.test(p)) {
                continue;
            }
            int d = p.end() <= start ? start - p.end() : Math.max(0, p.start() - end);
            if (d < bestDistance) {
                best = p;
                bestDistance = d;
            }
        }
        return best;
    }

    private boolean precededBy(List<Token> t, PlaceMention p, Set<String> words) {
        int k = p.start() - 1;
        int steps = 0;
        while (k >= 0 && steps < 6 && placePrefix.contains(t.get(k).lower()) && !words.contains(t.get(k).lower())) {
            k--;
            steps++;
        }
        return k >= 0 && words.contains(t.get(k).lower());
    }

    /** A demonym at i, also one of no single country ("Central Americans"). */
    private static PlaceMention demonymAt(Sentence s, int i) {
        for (PlaceMention p : s.places) {
            if (p.start() == i && p.kind() == Place.Kind.DEMONYM) {
                return p;
            }
        }
        return null;
    }

    private PlaceMention placeAt(Sentence s, int i, Place.Kind kind) {
        for (PlaceMention p : s.places) {
            if (p.start() == i && (kind == null || p.kind() == kind) && p.country() != null) {
                return p;
            }
        }
        return null;
    }

    private PlaceMention placeEndingAt(Sentence s, int end) {
        for (PlaceMention p : s.places) {
            if (p.end() == end) {
                return p;
            }
        }
        return null;
    }

    // ---------------------------------------------------------------- time

    private boolean startsTime(Sentence s, int i) {
        for (TimeMention m : s.times) {
            if (m.start() == i) {
                return true;
            }
        }
        return false;
    }

    private TimeMention timeEndingAt(Sentence s, int end) {
        for (TimeMention m : s.times) {
            if (m.end() == end) {
                return m;
            }
        }
        return null;
    }

    private boolean perYear(Sentence s, int start, int end) {
        List<Token> t = s.tokens;
        for (int i = Math.max(0, start - PER_YEAR_REACH); i < Math.min(t.size(), end + PER_YEAR_REACH); i++) {
            PhraseTable.Match<Boolean> m = lex.perYear.at(t, i);
            if (m != null && !insideChange(s, i)) {
                int after = i + m.length();
                if (after < t.size() && lex.perYearNotBefore.contains(t.get(after).lower())) {
                    continue;
                }
                return true;
            }
        }
        return false;
    }

    private Period period(Sentence s, NumberMention n, int start, int end, Basis basis, boolean current,
                          CleanArticle article, Context context, List<String> warnings) {
        TimeMention best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (TimeMention m : s.times) {
            if (insideChange(s, m.start()) || (m.start() < n.end() && m.end() > n.start()) || countBetween(s, n, m)
                    || datesTheStatement(s, m)) {
                continue;
            }
            int d = m.end() <= start ? start - m.end() : Math.max(0, m.start() - end);
            if (d < bestDistance) {
                best = m;
                bestDistance = d;
            }
        }
        if (best != null && best.isSame()) {
            if (context.lastPeriod() != null) {
                return context.lastPeriod();
            }
            warnings.add("'the same period' with no period before it");
            return null;
        }
        if (best != null) {
            if (best.warning() != null) {
                warnings.add(best.warning());
            }
            return best.period();
        }
        if (article.published() == null) {
            warnings.add("no publication date: the period cannot be resolved");
            return null;
        }
        if (basis == Basis.PER_YEAR) {
            return Period.year(article.published().getYear());
        }
        if (current) {
            warnings.add("cumulative or current count with no stated period");
            return null;
        }
        return Period.day(article.published());
    }

    /** "the government said Wednesday": the date of the statement, not of what it counts. */
    private boolean datesTheStatement(Sentence s, TimeMention m) {
        int i = m.start() - 1;
        while (i >= 0 && lex.seasons.at(s.tokens, i) != null) {
            i--; // "said late Wednesday"
        }
        return i >= 0 && lex.attribution.contains(s.tokens.get(i).lower())
                || m.end() < s.tokens.size() && lex.attribution.contains(s.tokens.get(m.end()).lower());
    }

    /**
     * Another count stands between a number and a time expression, which then dates that count
     * ("members of a gang that kidnapped 61 people over the past five years") unless the two are
     * coordinated and share it ("2,660 were killed and 178 kidnapped last year").
     */
    private boolean countBetween(Sentence s, NumberMention n, TimeMention m) {
        int from = Math.min(n.end(), m.end());
        int to = Math.max(n.start(), m.start());
        for (NumberMention other : s.numbers) {
            if (other != n && other.start() >= from && other.end() <= to && !isNotACount(s, other)
                    && !nounPhrase(s, other.end()).unknownWords && !(other.start() >= m.start() && other.end() <= m.end())) {
                int lo = Math.min(n.end(), other.end());
                int hi = Math.max(n.start(), other.start());
                boolean coordinated = false;
                for (int i = lo; i < hi && !coordinated; i++) {
                    coordinated = lex.conjunctions.at(s.tokens, i) != null;
                }
                if (!coordinated) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * A current stock or running total rather than an event: a present or perfect verb before the
     * count in its clause ("Colombia has 7.4 million displaced"), "now" after it, or an era
     * instead of a date ("during the dictatorship").
     */
    private boolean isCurrent(Sentence s, int mentionStart, int linkEnd) {
        List<Token> t = s.tokens;
        for (int i = mentionStart - 1; i >= Math.max(0, mentionStart - 6); i--) {
            if (t.get(i).isPunct() && !t.get(i).is("-")) {
                break;
            }
            if (lex.current.at(t, i) != null) {
                return true;
            }
        }
        for (int i = mentionStart; i < Math.min(t.size(), linkEnd); i++) {
            if (lex.currentAfter.contains(t.get(i).lower())) {
                return true;
            }
        }
        for (int i = 0; i < t.size(); i++) {
            if (lex.era.contains(t.get(i).lower()) && !startsTime(s, i) && !startsTime(s, i + 1) && erasNounFollows(t, i)) {
                return true;
            }
        }
        return false;
    }

    /** "during the dictatorship", not "during the clashes": an era noun within a few words. */
    private boolean erasNounFollows(List<Token> t, int i) {
        for (int k = i + 1; k < Math.min(t.size(), i + 5); k++) {
            if (lex.eraNouns.contains(t.get(k).lower())) {
                return true;
            }
        }
        return false;
    }

    // ---------------------------------------------------------------- percent changes

    private List<ChangeMention> changes(List<Token> t, List<NumberMention> numbers) {
        List<ChangeMention> found = new ArrayList<>();
        for (NumberMention n : numbers) {
            PhraseTable.Match<Boolean> pct = lex.percent.at(t, n.end());
            if (pct == null) {
                continue;
            }
            int after = n.end() + pct.length();
            if (after < t.size() && t.get(after).is("-")) {
                after++;
            }
            PhraseTable.Match<Integer> sign = lex.changeSign.at(t, after);
            int start = n.start();
            int end = sign == null ? after : after + sign.length();
            if (sign == null) {
                // "fell 70 percent", "down by 12%"
                int k = n.start();
                if (k > 0 && lex.changeBy.contains(t.get(k - 1).lower())) {
                    k--; // "down by 12%", "a decline of 53 percent"
                }
                sign = lex.changeSign.endingAt(t, k);
                if (sign == null) {
                    continue;
                }
                start = k - sign.length();
            }
            // The change ends after its words, or, when its baseline follows ("from the rates of
            // 2000-2005"), at the end of the clause, so the baseline's dates do not date the figure.
            if (end < t.size() && lex.changeBaseline.contains(t.get(end).lower())) {
                while (end < t.size() && !t.get(end).is(";") && !t.get(end).is(",")) {
                    end++;
                }
            }
            found.add(new ChangeMention(sign.value() * n.value(), start, end));
        }
        return found;
    }

    private boolean insideChange(Sentence s, int i) {
        return changeCovering(s, i) != null;
    }

    private static ChangeMention changeCovering(Sentence s, int i) {
        for (ChangeMention c : s.changes) {
            if (i >= c.start && i < c.end) {
                return c;
            }
        }
        return null;
    }

    /** Each change qualifies the nearest figure before it (or, failing that, after it). */
    private static Map<Found, Change> attachChanges(Sentence s, List<Found> found) {
        Map<Found, Change> attached = new HashMap<>();
        for (ChangeMention c : s.changes) {
            Found target = null;
            for (Found f : found) {
                if (f.mentionStart < c.start) {
                    target = f;
                }
            }
            if (target == null && !found.isEmpty()) {
                target = found.get(0);
            }
            if (target != null && !attached.containsKey(target)) {
                attached.put(target, Change.of(c.percent, target.number.value()));
            }
        }
        return attached;
    }

    // ---------------------------------------------------------------- output

    private Figure toFigure(CleanArticle a, Sentence s, Found f, Change change) {
        List<Token> t = s.tokens;
        int mentionStartChar = t.get(f.mentionStart).start();
        int mentionEndChar = t.get(Math.min(f.mentionEnd, t.size()) - 1).end();
        String id = Hashes.sha256(a.id() + "|" + mentionStartChar + "|" + f.metric.json(), 16);
        List<String> warnings = new ArrayList<>(a.warnings());
        warnings.addAll(f.warnings);
        return new Figure(id, a.id(), a.ref(), a.published(), a.source(), f.metric, f.number.value(), f.qualifier,
                f.place, f.period, f.basis, s.quote, s.span, extractor, new Span(mentionStartChar, mentionEndChar),
                change, a.lang(), a.url(), warnings.stream().distinct().toList());
    }
}
