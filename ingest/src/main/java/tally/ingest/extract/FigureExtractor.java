package tally.ingest.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import tally.ingest.clean.CleanArticle;
import tally.stats.Basis;
import tally.stats.Change;
import tally.stats.Figure;
import tally.stats.Hashes;
import tally.stats.Period;
import tally.stats.Qualifier;
import tally.stats.Span;

/**
 * Reads violence and migration figures from a cleaned article, sentence by sentence.
 *
 * <p>A number becomes a figure only when the sentence says what it counts ({@link Linker}): a metric
 * noun after it ("15,273 homicides"), a verb of which the counted people are the object ("killed
 * four civilians") or the passive subject ("15,273 Mexicans were killed"), an act of which they are
 * the victims ("the killing of 72 migrants") or a total it is the value of ("the death toll rose to
 * 49"). Everything else (money, ages, dates, shares, forecasts, counts of things) falls through
 * because no such link exists, or is stopped by {@link CountGuards}. Then {@link PlaceResolver} and
 * {@link PeriodResolver} say where and when, and {@link PercentChanges} attaches changes. All words
 * come from the {@link Lexicon}.
 */
public final class FigureExtractor {

    /** Bumped whenever extraction rules change, so consumers can prefer the newest figures. */
    public static final String VERSION = "1";

    private final Lexicon lex;
    private final NumberReader numberReader;
    private final Sentences sentences;
    private final TimeExpressions timeExpressions;
    private final PlaceMatcher placeMatcher;
    private final CountGuards guards;
    private final Linker linker;
    private final PlaceResolver places;
    private final PeriodResolver periods;
    private final PercentChanges percentChanges;
    private final String extractor;

    public FigureExtractor(String lang) {
        this.lex = Lexicon.forLanguage(lang);
        this.numberReader = new NumberReader(lex);
        this.sentences = new Sentences(lang, lex.abbreviations());
        this.timeExpressions = new TimeExpressions(lex);
        this.placeMatcher = PlaceMatcher.forLanguage(lang);
        this.guards = new CountGuards(lex);
        this.linker = new Linker(lex, guards);
        this.places = new PlaceResolver(lex);
        this.periods = new PeriodResolver(lex, guards, linker);
        this.percentChanges = new PercentChanges(lex);
        this.extractor = new tally.stats.ExtractorVersion(Integer.parseInt(VERSION), lang).encode();
    }

    public List<Figure> extract(CleanArticle article) {
        String text = article.text();
        List<Figure> figures = new ArrayList<>();
        ContextTrail trail = new ContextTrail(article.title(), placeMatcher);
        Period lastPeriod = null;
        char[] chars = text.toCharArray(); // read by the sentence splitter and the tokenizer
        for (Span paragraph : article.paragraphs()) {
            // A sentence's place is context for the one before it too: the paragraph is read first.
            List<Sentence> sentencesOfParagraph = new ArrayList<>();
            for (Span span : sentences.split(chars, paragraph.start(), paragraph.end())) {
                sentencesOfParagraph.add(analyse(text, chars, span, article));
            }
            for (int i = 0; i < sentencesOfParagraph.size(); i++) {
                Sentence s = sentencesOfParagraph.get(i);
                Sentence next = i + 1 < sentencesOfParagraph.size() ? sentencesOfParagraph.get(i + 1) : null;
                List<FoundFigure> found = new ArrayList<>();
                for (NumberMention n : s.numbers()) {
                    Period before = found.isEmpty() ? lastPeriod : found.get(found.size() - 1).period();
                    FoundFigure f = figure(s, n, article, new ArticleContext(trail, next, before), found);
                    if (f != null) {
                        found.add(f);
                    }
                }
                if (!found.isEmpty()) {
                    lastPeriod = found.get(found.size() - 1).period();
                }
                Map<FoundFigure, Change> changes = PercentChanges.attachChanges(s, found);
                for (FoundFigure f : found) {
                    figures.add(toFigure(article, s, f, changes.get(f)));
                }
                trail.add(s, found);
            }
        }
        return figures;
    }

    private Sentence analyse(String text, char[] chars, Span span, CleanArticle article) {
        if (!linker.mayLink(chars, span.start(), span.end())) {
            return new Sentence(text, chars, span, null, List.of(), List.of(), List.of(), placeMatcher, linker);
        }
        List<Token> tokens = Tokenizer.tokenize(chars, span.start(), span.end());
        // A sentence with no word a link needs states no figure, whatever its numbers: they are
        // not read. Time expressions and percent changes matter only next to a number.
        List<NumberMention> numbers = linker.canLink(tokens) ? numberReader.read(text, tokens) : List.of();
        List<TimeMention> times = numbers.isEmpty() ? List.of() : timeExpressions.find(tokens, numbers, article.published());
        List<ChangeMention> changes = numbers.isEmpty() ? List.of() : percentChanges.changes(tokens, numbers);
        return new Sentence(text, chars, span, tokens, numbers, times, changes, placeMatcher, linker);
    }

    private FoundFigure figure(Sentence s, NumberMention n, CleanArticle article, ArticleContext context, List<FoundFigure> earlier) {
        List<Token> t = s.tokens();
        if (guards.isNotACount(s, n)) {
            return null;
        }
        if (guards.isRangeStart(s, n) || guards.isDailyAverage(s, n)) {
            return null;
        }
        PhraseTable.Match<Qualifier> q = lex.qualifiers.endingAt(t, n.start());
        int mentionStart = q == null ? n.start() : n.start() - q.length();
        Qualifier qualifier = q == null ? Qualifier.EXACT : q.value();
        NumberMention low = guards.rangeLow(s, n);
        if (low != null) {
            // "between 30 and 40 people were killed": one figure, at most 40
            mentionStart = low.start() > 0 && lex.rangeOpen.contains(t.get(low.start() - 1)) ? low.start() - 1 : low.start();
            qualifier = qualifier == Qualifier.EXACT ? Qualifier.AT_MOST : qualifier;
        }
        int npStart = n.end();
        if (npStart < t.size() && lex.scaleJoiners.contains(t.get(npStart)) && guards.endsWithScale(s, n)) {
            npStart++; // "2 millones de personas"
        }
        PhraseTable.Match<Qualifier> after = lex.qualifiersAfter.at(t, npStart);
        if (after != null) {
            qualifier = after.value();
            npStart += after.length();
        }
        Linker.NounPhrase np = linker.nounPhrase(s, npStart);
        if (guards.isRate(s, np.end())) {
            return null;
        }
        Linker.Link link = linker.link(s, n, mentionStart, np, context::previousAboutMigrants, earlier);
        if (link != null && guards.isRate(s, link.end())) {
            return null;
        }
        if (link == null || guards.isForecast(s, mentionStart, link.end())) {
            return null;
        }
        PhraseTable.Match<Qualifier> late = lex.qualifiersAfter.at(t, np.end());
        if (late != null && qualifier == Qualifier.EXACT) {
            qualifier = late.value();
        }
        List<String> warnings = new ArrayList<>();
        String place = places.place(s, link.metric(), mentionStart, link.end(), link.npDemonym(), link.displacement(), context);
        if (place == null) {
            warnings.add("no place in the text");
        }
        Basis basis = periods.perYear(s, mentionStart, link.end()) ? Basis.PER_YEAR : Basis.TOTAL;
        boolean current = link.perfect() || periods.isCurrent(s, mentionStart, link.end());
        Period period = periods.period(s, n, mentionStart, link.end(), basis, current, article, context, warnings);
        return new FoundFigure(n, mentionStart, Math.max(link.end(), n.end()), link.metric(), qualifier, place, period, basis, warnings);
    }

    private Figure toFigure(CleanArticle a, Sentence s, FoundFigure f, Change change) {
        List<Token> t = s.tokens();
        int mentionStartChar = t.get(f.mentionStart()).start();
        int mentionEndChar = t.get(Math.min(f.mentionEnd(), t.size()) - 1).end();
        String id = Hashes.sha256(a.id() + "|" + mentionStartChar + "|" + f.metric().json(), 16);
        List<String> warnings = new ArrayList<>(a.warnings());
        warnings.addAll(f.warnings());
        return new Figure(id, a.id(), a.ref(), a.published(), a.source(), f.metric(), f.number().value(), f.qualifier(),
                f.place(), f.period(), f.basis(), s.quote(), s.span(), extractor, new Span(mentionStartChar, mentionEndChar),
                change, a.lang(), a.url(), warnings.stream().distinct().toList());
    }
}
