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
    private static final int FORECAST_LOOKBACK = 8;
    private static final int PER_YEAR_REACH = 15;

    private final Lexicon lex;
    private final NumberReader numberReader;
    private final Sentences sentences;
    private final TimeExpressions timeExpressions;
    private final PlaceMatcher placeMatcher = PlaceMatcher.instance();
    private final Set<String> placePrefix;
    private final String extractor;

    public FigureExtractor(String lang) {
        this.lex = Lexicon.forLanguage(lang);
        this.numberReader = new NumberReader(lex);
        this.sentences = new Sentences(lang);
        this.timeExpressions = new TimeExpressions(lex);
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
            List<ChangeMention> changes) {
    }

    /** A percent change over tokens [start, end), end being the end of its clause. */
    private record ChangeMention(double percent, int start, int end) {
    }

    /** How a number was linked to what it counts. */
    private record Link(Metric metric, int end, boolean perfect, String npDemonym) {
    }

    /** A figure found in a sentence, before its change is attached. */
    private record Found(NumberMention number, int mentionStart, int mentionEnd, Metric metric, Qualifier qualifier,
                         String place, Period period, Basis basis, List<String> warnings) {
    }

    public List<Figure> extract(CleanArticle article) {
        String text = article.text();
        List<Figure> figures = new ArrayList<>();
        List<List<String>> countriesBySentence = new ArrayList<>();
        List<String> titleCountries = article.title() == null ? List.of()
                : countries(placeMatcher.find(Tokenizer.tokenize(article.title())));
        for (Span paragraph : article.paragraphs()) {
            for (Span sentenceSpan : sentences.split(text, paragraph.start(), paragraph.end())) {
                Sentence s = analyse(text, sentenceSpan, article);
                List<Found> found = new ArrayList<>();
                for (NumberMention n : s.numbers) {
                    Found f = figure(s, n, article, countriesBySentence, titleCountries);
                    if (f != null) {
                        found.add(f);
                    }
                }
                Map<Found, Change> changes = attachChanges(s, found);
                for (Found f : found) {
                    figures.add(toFigure(article, s, f, changes.get(f)));
                }
                countriesBySentence.add(countries(s.places));
            }
        }
        return figures;
    }

    private Sentence analyse(String text, Span span, CleanArticle article) {
        List<Token> tokens = Tokenizer.tokenize(text, span.start(), span.end());
        List<NumberMention> numbers = numberReader.read(text, tokens);
        List<PlaceMention> places = placeMatcher.find(tokens);
        List<TimeMention> times = timeExpressions.find(tokens, numbers, article.published());
        List<ChangeMention> changes = changes(tokens, numbers);
        return new Sentence(span, text.substring(span.start(), span.end()), tokens, numbers, places, times, changes);
    }

    // ---------------------------------------------------------------- one number

    private Found figure(Sentence s, NumberMention n, CleanArticle article, List<List<String>> before, List<String> title) {
        List<Token> t = s.tokens;
        if (isNotACount(s, n)) {
            return null;
        }
        PhraseTable.Match<Qualifier> q = lex.qualifiers.endingAt(t, n.start());
        int mentionStart = q == null ? n.start() : n.start() - q.length();
        Qualifier qualifier = q == null ? Qualifier.EXACT : q.value();
        int npStart = n.end();
        PhraseTable.Match<Qualifier> after = lex.qualifiersAfter.at(t, npStart);
        if (after != null) {
            qualifier = after.value();
            npStart += after.length();
        }
        NounPhrase np = nounPhrase(s, npStart);
        Link link = link(s, n, mentionStart, np);
        if (link == null || isForecast(s, mentionStart, link.end)) {
            return null;
        }
        PhraseTable.Match<Qualifier> late = lex.qualifiersAfter.at(t, np.end);
        if (late != null && qualifier == Qualifier.EXACT) {
            qualifier = late.value();
        }
        List<String> warnings = new ArrayList<>();
        String place = place(s, link.metric, mentionStart, link.end, link.npDemonym, before, title);
        if (place == null) {
            warnings.add("no place in the text");
        }
        Basis basis = perYear(s, mentionStart, link.end) ? Basis.PER_YEAR : Basis.TOTAL;
        Period period = period(s, n, mentionStart, link.end, basis, link.perfect, article, warnings);
        return new Found(n, mentionStart, Math.max(link.end, n.end()), link.metric, qualifier, place, period, basis, warnings);
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
        if (isMonth(t, a - 1) || (a > 1 && t.get(a - 1).is(".") && isMonth(t, a - 2)) || isMonth(t, b)) {
            return true;
        }
        PhraseTable.Match<Boolean> ratio = lex.ratios.at(t, b);
        if (ratio != null && b + ratio.length() < t.size() && t.get(b + ratio.length()).isNumber()) {
            return true;
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

    private boolean isMonth(List<Token> t, int i) {
        return i >= 0 && i < t.size() && t.get(i).isCapitalized() && lex.months.at(t, i) != null;
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
    private record NounPhrase(Lexicon.Noun head, int end, boolean unknownWords, String demonym) {
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
            PlaceMention demonymHere = placeAt(s, j, Place.Kind.DEMONYM);
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
            if (head != null || lex.stopwords.contains(tok.lower()) || lex.verbs.at(t, j) != null
                    || startsTime(s, j) || placeAt(s, j, null) != null) {
                break;
            }
            unknown = true;
            j++;
        }
        return new NounPhrase(head, head == null ? from : headEnd, head == null && unknown, demonym);
    }

    private Link link(Sentence s, NumberMention n, int mentionStart, NounPhrase np) {
        List<Token> t = s.tokens;
        Lexicon.Noun head = np.head;
        if (np.unknownWords) {
            return null; // "20,000 weapons", "two countries": a count of something else
        }
        boolean sentenceAboutMigrants = mentionsMigrants(t);
        if (head != null && head.kind() == Lexicon.Noun.Kind.METRIC) {
            return new Link(crossingAdjusted(s, head.metric(), head.metric(), sentenceAboutMigrants), np.end, false, np.demonym);
        }
        // Active verb before the number: "killed four civilians", "deported 400,000 Mexicans".
        int k = skipFillers(t, mentionStart);
        if (head != null && head.kind() == Lexicon.Noun.Kind.LIVES) {
            if (lex.livesVerbs.endingAt(t, k) != null) {
                return new Link(Metric.DEATHS, np.end, false, np.demonym);
            }
        } else if (head != null || objectEndsHere(s, np.end)) {
            PhraseTable.Match<Lexicon.Verb> verb = lex.verbs.endingAt(t, k);
            if (verb != null) {
                Metric m = metricFor(verb.value(), head);
                return new Link(crossingAdjusted(s, m, verb.value().forMigrants(), sentenceAboutMigrants), np.end, false, np.demonym);
            }
            PhraseTable.Match<Metric> act = lex.actsOf.endingAt(t, k);
            if (act != null) {
                return new Link(crossingAdjusted(s, act.value(), Metric.MIGRANT_DEATHS, head != null && head.kind() == Lexicon.Noun.Kind.MIGRANT || sentenceAboutMigrants),
                        np.end, false, np.demonym);
            }
        }
        // The counted people as subject: "15,273 Mexicans were killed", "six died", "35,000 lives were lost".
        Link subject = subjectVerb(s, np);
        if (subject != null) {
            return subject;
        }
        // The number as the value of a total: "the death toll rose to 49".
        if (head == null || head.kind() != Lexicon.Noun.Kind.LIVES) {
            Metric total = totalBefore(s, mentionStart);
            if (total != null) {
                return new Link(total, np.end, false, np.demonym);
            }
        }
        if (head != null && head.kind() == Lexicon.Noun.Kind.MIGRANT) {
            return new Link(Metric.MIGRANTS, np.end, false, np.demonym);
        }
        return null;
    }

    private int skipFillers(List<Token> t, int k) {
        PhraseTable.Match<Boolean> filler;
        while ((filler = lex.fillers.endingAt(t, k)) != null) {
            k -= filler.length();
        }
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

    private Link subjectVerb(Sentence s, NounPhrase np) {
        List<Token> t = s.tokens;
        Lexicon.Noun head = np.head;
        int j = np.end;
        j = skipLocativePlace(s, j);
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
            return null;
        }
        int verbEnd = j + verb.length();
        if (verb.value().transitive() && !passive) {
            // "12 gunmen killed 5 people" counts the killers: only a reduced passive ("12 killed in") counts.
            if (fillers || !objectEndsHere(s, verbEnd)) {
                return null;
            }
        }
        Metric m = metricFor(verb.value(), head);
        return new Link(crossingAdjusted(s, m, verb.value().forMigrants(), head != null && head.kind() == Lexicon.Noun.Kind.MIGRANT || mentionsMigrants(t)),
                verbEnd, perfect, np.demonym);
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

    private Metric totalBefore(Sentence s, int mentionStart) {
        List<Token> t = s.tokens;
        int p = mentionStart;
        int floor = Math.max(0, mentionStart - TOTAL_LOOKBACK);
        boolean linked = false;
        while (p > floor) {
            PhraseTable.Match<Metric> total = lex.totalNouns.endingAt(t, p);
            if (total != null && linked) {
                return total.value();
            }
            Token prev = t.get(p - 1);
            TimeMention time = timeEndingAt(s, p);
            PlaceMention place = placeEndingAt(s, p);
            PhraseTable.Match<Qualifier> q = lex.qualifiers.endingAt(t, p);
            if (time != null) {
                p = time.start();
            } else if (place != null) {
                p = place.start();
            } else if (lex.totalLinkWords.contains(prev.lower()) || prev.is(",")) {
                linked |= !prev.is(",");
                p--;
            } else if (q != null) {
                p -= q.length();
            } else if (prev.isNumber() || lex.locative.contains(prev.lower())) {
                p--;
            } else {
                return null;
            }
        }
        return null;
    }

    private static Metric metricFor(Lexicon.Verb verb, Lexicon.Noun head) {
        return head != null && head.kind() == Lexicon.Noun.Kind.MIGRANT ? verb.forMigrants() : verb.forPeople();
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

    private boolean mentionsMigrants(List<Token> t) {
        for (int i = 0; i < t.size(); i++) {
            PhraseTable.Match<Lexicon.Noun> noun = lex.nouns.at(t, i);
            if (noun != null && (noun.value().kind() == Lexicon.Noun.Kind.MIGRANT
                    || noun.value().metric() != null && noun.value().metric().category() == tally.stats.Category.MIGRATION)) {
                return true;
            }
        }
        return false;
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

    private String place(Sentence s, Metric metric, int mentionStart, int mentionEnd, String npDemonym,
                         List<List<String>> before, List<String> title) {
        List<Token> t = s.tokens;
        PlaceMention best = null;
        if (metric == Metric.DEPORTATIONS) {
            best = nearest(s, mentionStart, mentionEnd, p -> p.kind() != Place.Kind.DEMONYM && precededBy(t, p, lex.origin));
            if (best == null) {
                best = nearest(s, mentionStart, mentionEnd, p -> p.kind() != Place.Kind.DEMONYM && !precededBy(t, p, lex.destination));
            }
        } else if (metric.category() == tally.stats.Category.MIGRATION) {
            best = nearest(s, mentionStart, mentionEnd, p -> p.kind() != Place.Kind.DEMONYM && precededBy(t, p, lex.destination));
            if (best == null) {
                best = nearest(s, mentionStart, mentionEnd, p -> p.kind() != Place.Kind.DEMONYM && !precededBy(t, p, lex.origin));
            }
        } else {
            best = nearest(s, mentionStart, mentionEnd, p -> p.kind() != Place.Kind.DEMONYM && precededBy(t, p, lex.locative));
            if (best == null && npDemonym != null) {
                return npDemonym;
            }
            if (best == null) {
                best = nearest(s, mentionStart, mentionEnd, p -> !precededBy(t, p, lex.origin));
            }
        }
        if (best != null) {
            return best.country();
        }
        for (int i = before.size() - 1; i >= 0; i--) {
            if (!before.get(i).isEmpty()) {
                return mostFrequent(before.get(i));
            }
        }
        return title.isEmpty() ? null : mostFrequent(title);
    }

    private PlaceMention nearest(Sentence s, int start, int end, java.util.function.Predicate<PlaceMention> accept) {
        PlaceMention best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (PlaceMention p : s.places) {
            if (p.country() == null || !accept.test(p)) {
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
        while (k >= 0 && steps < 4 && placePrefix.contains(t.get(k).lower()) && !words.contains(t.get(k).lower())) {
            k--;
            steps++;
        }
        return k >= 0 && words.contains(t.get(k).lower());
    }

    private static List<String> countries(List<PlaceMention> places) {
        return places.stream().map(PlaceMention::country).filter(c -> c != null).toList();
    }

    private static String mostFrequent(List<String> countries) {
        Map<String, Integer> counts = new LinkedHashMap<>();
        countries.forEach(c -> counts.merge(c, 1, Integer::sum));
        return counts.entrySet().stream().max(Map.Entry.comparingByValue()).map(Map.Entry::getKey).orElse(null);
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

    private Period period(Sentence s, NumberMention n, int start, int end, Basis basis, boolean perfect,
                          CleanArticle article, List<String> warnings) {
        TimeMention best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (TimeMention m : s.times) {
            if (insideChange(s, m.start()) || (m.start() < n.end() && m.end() > n.start())) {
                continue;
            }
            int d = m.end() <= start ? start - m.end() : Math.max(0, m.start() - end);
            if (d < bestDistance) {
                best = m;
                bestDistance = d;
            }
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
        if (perfect) {
            warnings.add("cumulative count with no stated start");
            return null;
        }
        return Period.day(article.published());
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
            if (sign == null) {
                // "fell 70 percent", "down by 12%"
                int k = n.start();
                if (k > 0 && t.get(k - 1).is("by")) {
                    k--;
                }
                sign = lex.changeSign.endingAt(t, k);
                if (sign == null) {
                    continue;
                }
                start = k - sign.length();
            } else if (start > 0 && (t.get(start - 1).is("a") || t.get(start - 1).is("an"))) {
                start--;
            }
            int end = start;
            while (end < t.size() && !t.get(end).is(";")) {
                end++;
            }
            found.add(new ChangeMention(sign.value() * n.value(), start, end));
        }
        return found;
    }

    private boolean insideChange(Sentence s, int i) {
        for (ChangeMention c : s.changes) {
            if (i >= c.start && i < c.end) {
                return true;
            }
        }
        return false;
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
