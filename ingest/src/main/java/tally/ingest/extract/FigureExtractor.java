package tally.ingest.extract;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import tally.ingest.clean.CleanArticle;
import tally.ingest.extract.analysis.ArticleContext;
import tally.ingest.extract.analysis.Candidate;
import tally.ingest.extract.analysis.ContextTrail;
import tally.ingest.extract.analysis.LinkWords;
import tally.ingest.extract.analysis.NamedStatistic;
import tally.ingest.extract.analysis.RescueAtSea;
import tally.ingest.extract.analysis.SentenceAnalysis;
import tally.ingest.extract.analysis.SentenceReader;
import tally.ingest.extract.guard.AboardWreck;
import tally.ingest.extract.guard.DailyAverage;
import tally.ingest.extract.guard.Forecast;
import tally.ingest.extract.guard.MissingOnTheWay;
import tally.ingest.extract.guard.MixedMetrics;
import tally.ingest.extract.guard.NonViolentHarm;
import tally.ingest.extract.guard.NotACount;
import tally.ingest.extract.guard.NumberGuard;
import tally.ingest.extract.guard.OtherOffence;
import tally.ingest.extract.guard.PeopleHelped;
import tally.ingest.extract.guard.Witnessed;
import tally.ingest.extract.guard.Ranges;
import tally.ingest.extract.guard.RateFollows;
import tally.ingest.extract.link.Link;
import tally.ingest.extract.link.Linker;
import tally.ingest.extract.link.NounPhrase;
import tally.ingest.extract.link.Restated;
import tally.ingest.extract.meaning.AttributionReader;
import tally.ingest.extract.meaning.DefinitionResolver;
import tally.ingest.extract.meaning.KindResolver;
import tally.ingest.extract.mention.NumberMention;
import tally.ingest.extract.mention.PlaceMention;
import tally.ingest.extract.mention.TimeMention;
import tally.ingest.extract.resolve.Changes;
import tally.ingest.extract.resolve.CountEach;
import tally.ingest.extract.resolve.DataCutoff;
import tally.ingest.extract.resolve.PeriodResolver;
import tally.ingest.extract.resolve.PlaceResolver;
import tally.ingest.extract.resolve.WarStartPeriod;
import tally.ingest.lexicon.Lexicon;
import tally.ingest.lexicon.TimeRule;
import tally.ingest.text.ArticleText;
import tally.ingest.text.PhraseTable;
import tally.ingest.text.Sentences;
import tally.ingest.text.Token;
import tally.stats.Basis;
import tally.stats.Category;
import tally.stats.Definition;
import tally.stats.Change;
import tally.stats.ExtractorVersion;
import tally.stats.Figure;
import tally.stats.Hashes;
import tally.stats.Kind;
import tally.stats.Metric;
import tally.stats.Period;
import tally.stats.Qualifier;
import tally.stats.Span;

/**
 * Reads violence and migration figures from a cleaned article, sentence by sentence, each number
 * through the same steps: guards that tell it is no count, the words that qualify it, the noun
 * phrase after it, the {@link Linker}'s rules that say what it counts, then where
 * ({@link PlaceResolver}) and when ({@link PeriodResolver}), what sort of count it is and which
 * definition it follows ({@code meaning}), and the percent changes attached.
 * All words come from the {@link Lexicon}; see {@code package-info.java} for how to add a rule.
 */
public final class FigureExtractor {

    /** Bumped whenever extraction rules change, so consumers can prefer the newest figures. */
    public static final String VERSION = "2";

    private final Lexicon lex;
    private final Sentences sentences;
    private final SentenceReader reader;
    private final NotACount notACount;
    /** Checked in order before a number's words are read. */
    private final List<NumberGuard> numberGuards;
    private final Ranges ranges;
    private final RateFollows rateFollows;
    private final NamedStatistic namedStatistic;
    private final Forecast forecast;
    private final MixedMetrics mixedMetrics;
    private final NonViolentHarm nonViolentHarm;
    private final OtherOffence otherOffence;
    private final MissingOnTheWay missingOnTheWay;
    private final PeopleHelped peopleHelped;
    private final Witnessed witnessed;
    private final RescueAtSea rescueAtSea;
    private final Linker linker;
    private final PlaceResolver places;
    private final PeriodResolver periods;
    private final CountEach countEach;
    private final WarStartPeriod warStarts;
    private final KindResolver kinds;
    private final DefinitionResolver definitions;
    private final AttributionReader attributions;
    private final String extractor;

    public FigureExtractor(String lang) {
        this.lex = Lexicon.forLanguage(lang);
        this.sentences = lex.sentences();
        this.notACount = new NotACount(lex);
        this.ranges = new Ranges(lex);
        this.numberGuards = new ArrayList<>(notACount.guards());
        numberGuards.add(ranges);
        numberGuards.add(new DailyAverage(lex));
        numberGuards.add(new AboardWreck(lex));
        this.rateFollows = new RateFollows(lex);
        this.namedStatistic = new NamedStatistic(lex);
        this.forecast = new Forecast(lex);
        this.mixedMetrics = new MixedMetrics(lex);
        this.nonViolentHarm = new NonViolentHarm(lex);
        this.otherOffence = new OtherOffence(lex);
        this.missingOnTheWay = new MissingOnTheWay(lex);
        this.peopleHelped = new PeopleHelped(lex);
        this.witnessed = new Witnessed(lex);
        this.rescueAtSea = new RescueAtSea(lex);
        this.linker = new Linker(lex, notACount);
        this.reader = new SentenceReader(lex, new LinkWords(linker.keyWords()));
        this.places = new PlaceResolver(lex);
        this.periods = new PeriodResolver(lex, notACount, linker);
        this.countEach = new CountEach(lex);
        this.warStarts = new WarStartPeriod(lex);
        this.kinds = new KindResolver(lex);
        this.definitions = new DefinitionResolver(lex);
        this.attributions = new AttributionReader(lex);
        this.extractor = new ExtractorVersion(Integer.parseInt(VERSION), lang).encode();
    }

    public List<Figure> extract(CleanArticle article) {
        return extract(article, Trace.NONE);
    }

    public List<Figure> extract(CleanArticle article, Trace trace) {
        ArticleText text = new ArticleText(article.text());
        List<Figure> figures = new ArrayList<>();
        ContextTrail trail = new ContextTrail(article.title(), article.text(), article.paragraphs(), reader);
        trail.published(article.published());
        trail.url(article.url());
        Candidate lastFigure = null;
        String lastPlace = null;
        HeadlineLeads headlines = new HeadlineLeads();
        int paragraphs = 0;
        int sentenceIndex = 0;
        for (Span paragraph : article.paragraphs()) {
            // A sentence's place is context for the one before it too: the paragraph is read first.
            List<SentenceAnalysis> read = new ArrayList<>();
            for (Span span : text.sentences(sentences, paragraph)) {
                read.add(reader.read(text, span, article.published()));
            }
            boolean top = HeadlineLeads.top(paragraphs++);
            for (int i = 0; i < read.size(); i++, sentenceIndex++) {
                SentenceAnalysis s = read.get(i);
                if (!s.numbersRead() && trail.currentMetric() != null && text.hasDigit(s.span())) {
                    // It may go on with the figures before it ("El Salvador (5.433), Chile (5.294).").
                    s = reader.readEveryNumber(s, article.published()); // its tokens, if it has them, are kept
                }
                SentenceAnalysis next = i + 1 < read.size() ? read.get(i + 1) : null;
                List<Candidate> found = new ArrayList<>();
                Set<Candidate> parts = null; // made for the few sentences that break a figure down
                List<NumberMention> unlinked = null;
                for (NumberMention n : s.numbers()) {
                    Candidate before = found.isEmpty() ? lastFigure : found.get(found.size() - 1);
                    String placeBefore = statisticPlace(found, lastPlace);
                    Candidate c = figure(s, n, article, new ArticleContext(trail, next, before, placeBefore), found, trace);
                    if (c != null) {
                        found.add(c);
                        if (breaksDown(c, before)) {
                            parts = parts == null ? Collections.newSetFromMap(new IdentityHashMap<>()) : parts;
                            parts.add(c);
                        }
                    } else {
                        unlinked = unlinked == null ? new ArrayList<>() : unlinked;
                        unlinked.add(n);
                    }
                }
                if (unlinked != null && !found.isEmpty()) {
                    forwardListItems(s, unlinked, found, article, trail, next, lastPlace, trace);
                }
                if (!found.isEmpty()) {
                    lastFigure = found.get(found.size() - 1);
                    lastPlace = statisticPlace(found, lastPlace);
                }
                if (found.isEmpty() && !s.numbers().isEmpty()) {
                    statesAPeriod(s, trail);
                }
                Map<Candidate, Change> changes = Changes.attach(s, found);
                for (Candidate c : found) {
                    boolean part = parts != null && parts.contains(c);
                    for (HeadlineLeads.Waiting h : headlines.restatedBy(c, sentenceIndex)) {
                        figures.set(h.at(), toFigure(article, h.sentence(), h.candidate(), h.change(), h.part(), 0));
                    }
                    List<PlaceMention> each = countEach.places(s, c);
                    if (each.isEmpty()) {
                        if (top && HeadlineLeads.isHeadline(article.text(), s.tokens().get(c.mentionStart()).start())) {
                            headlines.await(new HeadlineLeads.Waiting(figures.size(), s, c, changes.get(c), part, sentenceIndex));
                        }
                        figures.add(toFigure(article, s, c, changes.get(c), part, 0));
                    } else {
                        // one figure per place, each its own: a lead does not restate them as a headline's one figure
                        for (int k = 0; k < each.size(); k++) {
                            Candidate share = c.placed(each.get(k).country(), each.get(k).subdivision(), List.of());
                            figures.add(toFigure(article, s, share, changes.get(c), part, k));
                        }
                    }
                }
                trail.add(s, found);
                if (found.isEmpty()) {
                    Metric named = namedStatistic.in(s);
                    if (named != null) {
                        trail.names(named);
                    }
                }
            }
        }
        return DataCutoff.apply(figures, trail, article.published());
    }

    /** How many tokens may stand between a list item and the next one it leads to. */
    private static final int FORWARD_ITEM_GAP = 8;

    /**
     * Items of a list that name what they count only in a later item of the same sentence ("Nariño con 14.714,
     * Antioquia con 14.554 y Valle con un registro de 9.235 personas desplazadas", "Jalisco (15), Sonora (12) y
     * Sinaloa (9 homicidios)"): read from the last back, each count that closes its item with a comma or "and", a few
     * words before a figure, is asked again as the next item's list item, and kept only as that figure's
     * continuation, of its metric. Inserted into {@code found} in the sentence's order.
     */
    private void forwardListItems(SentenceAnalysis s, List<NumberMention> unlinked, List<Candidate> found, CleanArticle article,
                                  ContextTrail trail, SentenceAnalysis next, String lastPlace, Trace trace) {
        List<Token> t = s.tokens();
        for (int i = unlinked.size() - 1; i >= 0; i--) {
            NumberMention n = unlinked.get(i);
            if (n.end() >= t.size() || !(t.get(n.end()).is(",") || t.get(n.end()).is(";") || lex.conjunctions.at(t, n.end()) != null)) {
                continue;
            }
            Candidate anchor = null;
            for (Candidate c : found) {
                if (c.number().start() >= n.end()) {
                    anchor = c;
                    break;
                }
            }
            if (anchor == null || anchor.number().start() - n.end() > FORWARD_ITEM_GAP) {
                continue;
            }
            Candidate c = figure(s, n, article, new ArticleContext(trail, next, anchor, statisticPlace(List.of(anchor), lastPlace)),
                    List.of(anchor), trace);
            if (c != null && c.continues() && c.metric() == anchor.metric()) {
                found.add(found.indexOf(anchor), c);
            }
        }
    }

    /**
     * A sentence of no figure that names a statistic of ours and the span it covers ("En 2023, se registraron 3.670
     * casos de homicidios", a count that also holds attempts) states the period the article goes on counting in
     * ("Así, 1.247 víctimas fallecieron"): the first span of its own, and the metric of a noun of one right after a number.
     */
    private void statesAPeriod(SentenceAnalysis s, ContextTrail trail) {
        Period span = null;
        for (TimeMention m : s.times()) {
            // "han descendido un 29,3% hasta el 15 de agosto": where the bulletin's data stop, said of a change in its
            // statistic; not "declaró al cierre de agosto", the day of a statement, nor "as of August 3, 1513 people are
            // accommodated", a reading of something else
            if ((saysAChange(s) || WRITTEN_SPANS.contains(m.rule())) && m.period() != null && m.rule() != null && !m.rule().anchored() && m.rule() != TimeRule.THIS_YEAR
                    && m.rule() != TimeRule.UNTIL_MONTH_RECENT && m.rule() != TimeRule.UNTIL_LAST_MONTH_END && m.rule() != TimeRule.UNTIL_MONTH_END && !s.insideChange(m.start())) {
                trail.dataStop(m.period());
            }
        }
        for (TimeMention m : s.times()) {
            if (m.period() != null && m.rule() != null && !m.rule().anchored() && !m.period().from().equals(m.period().to())
                    && !s.insideChange(m.start())) {
                span = m.period();
                break;
            }
        }
        if (span == null) {
            return;
        }
        List<Token> t = s.tokens();
        for (NumberMention n : s.numbers()) {
            for (int i = n.end(); i < Math.min(t.size(), n.end() + STATISTIC_NOUN_REACH); i++) {
                PhraseTable.Match<Lexicon.Noun> noun = lex.nouns.at(t, i);
                if (noun != null && noun.value().counted() != null) {
                    trail.stated(noun.value().counted(), span, null);
                    return;
                }
            }
        }
        for (int i = 0; i < t.size(); i++) {
            PhraseTable.Match<Lexicon.Noun> noun = lex.nouns.at(t, i);
            if (noun != null && noun.value().counted() != null && lex.statisticNouns.at(t, i) != null) {
                trail.stated(noun.value().counted(), span, null);
                return;
            }
        }
    }

    /**
     * Spans written out from a day or a month to a day ("del 1 de enero al 9 de octubre hubo 120 homicidios menos", "thefts
     * reported from January 1 to May 20 numbered 3,400", "el informe abarca del 1 de enero al 2 de junio"): in a sentence of
     * no figure they say where the article's data stop, with or without a percent change (ContextTrail#dataStop keeps only
     * those from 1 January of the publication year, ending shortly before it).
     */
    private static final Set<TimeRule> WRITTEN_SPANS = EnumSet.of(TimeRule.DATE_SPAN, TimeRule.DAY_SPAN, TimeRule.DAY_SPAN_RECENT,
            TimeRule.MONTH_TO_DAY, TimeRule.MONTH_TO_DAY_RECENT);

    /** A percent and a word of change in the sentence ("han descendido un 29,3%", "a 12% rise"). */
    private boolean saysAChange(SentenceAnalysis s) {
        List<Token> t = s.tokens();
        boolean percent = false;
        for (NumberMention n : s.numbers()) {
            percent |= lex.percent.at(t, n.end()) != null;
        }
        return percent && lex.changeSign.occursIn(t);
    }

    /** How far after a number of a sentence of no figure the noun of its statistic may stand ("3.670 casos de homicidios"). */
    private static final int STATISTIC_NOUN_REACH = 4;

    /**
     * A count that goes on with the figure before, of its metric, place and period, and smaller: a part
     * of it ("72 bodies ... 58 men and 14 women", "1,204 homicides ... Cortés led with 388").
     */
    private static boolean breaksDown(Candidate c, Candidate before) {
        return c.continues() && before != null && before.metric() == c.metric() && Objects.equals(before.place(), c.place())
                && Objects.equals(before.period(), c.period()) && c.number().value() < before.number().value();
    }

    /** The place of the statistic a list goes on with: of the last figure found that is no list item, else the one before. */
    private static String statisticPlace(List<Candidate> found, String before) {
        for (int k = found.size() - 1; k >= 0; k--) {
            if (!found.get(k).continues()) {
                return found.get(k).place();
            }
        }
        return before;
    }

    /** The figure a number states, or null (said to the trace) when a guard blocks it or nothing links it. */
    private Candidate figure(SentenceAnalysis s, NumberMention n, CleanArticle article, ArticleContext context,
                             List<Candidate> earlier, Trace trace) {
        for (NumberGuard guard : numberGuards) {
            if (guard.blocks(s, n)) {
                dropped(trace, s, n, guard.name());
                return null;
            }
        }
        Candidate c = qualified(s, n);
        int npStart = nounPhraseStart(s, n, c.mentionStart());
        PhraseTable.Match<Qualifier> after = lex.qualifiersAfter.at(s.tokens(), npStart);
        if (after != null) {
            c = c.withQualifier(after.value()); // "2 millones o más de personas"
            npStart += after.length();
        }
        NounPhrase np = linker.nounPhrase(s, npStart);
        String blocked = rateFollows.at(s, np.end()) || rateFollows.before(s, c.mentionStart()) ? "RateFollows"
                : np.unknownWords() || np.headIs(Lexicon.Noun.Kind.THING) ? "CountOfOtherThings" : null; // "24 per 100,000"; "20,000 weapons"
        Link link = blocked == null ? linker.link(s, n, c.mentionStart(), np, context::previousAboutMigrants, context::currentMetric, earlier,
                context::previousSentence, value -> metricOf(statedBefore(earlier, context, value))) : null;
        if (link != null && link.metric() == tally.stats.Metric.DEATHS && context.before().statedMigrantDeaths(n.value())) {
            link = link.restated(tally.stats.Metric.MIGRANT_DEATHS); // the migrant deaths stated before, restated ("claimed the lives of 55")
        } else if (link != null && link.metric() == tally.stats.Metric.DEATHS && diedOnTheWay(s, context, earlier)) {
            link = link.restated(tally.stats.Metric.MIGRANT_DEATHS);
        } else if (link != null && link.metric() == tally.stats.Metric.APPREHENSIONS && rescueAtSea.in(s)) {
            link = link.restated(tally.stats.Metric.MIGRANTS); // "rescatados" are Mexico's apprehensions, a patera's arrivals
        }
        if (blocked == null && link != null) {
            blocked = rateFollows.at(s, link.end()) ? "RateFollows"
                    : forecast.blocks(s, c.mentionStart(), link.end()) ? "Forecast"
                    : mixedMetrics.blocks(s, link.metric(), link.end()) ? "MixedMetrics"
                    : nonViolentHarm.blocks(s, link.metric(), c.mentionStart(), link.end(), earlier) ? "NonViolentHarm"
                    : otherOffence.blocks(s, np, link, c.mentionStart(), earlier) ? "OtherOffence"
                    : missingOnTheWay.blocks(s, link.metric()) ? "MissingOnTheWay"
                    : peopleHelped.blocks(s, np.end(), link, c.mentionStart(), earlier) ? "PeopleHelped"
                    : witnessed.blocks(s, c.mentionStart()) ? "Witnessed" : null;
            if ("MixedMetrics".equals(blocked)) {
                // no figure, but its stated period still dates the statistic the article is counting
                PeriodResolver.Dated dated = periods.period(s, n, c.mentionStart(), link.end(), link.metric(), Basis.TOTAL, false,
                        false, article.published(), context);
                if (dated.stated()) {
                    context.stated(link.metric(), dated.period(), null);
                }
            }
        }
        if (blocked != null || link == null) {
            dropped(trace, s, n, blocked != null ? blocked : Trace.NO_LINK);
            return null;
        }
        PhraseTable.Match<Qualifier> late = lex.qualifiersAfter.at(s.tokens(), np.end());
        if (late != null && c.qualifier() == Qualifier.EXACT) {
            c = c.withQualifier(late.value()); // "35,000 people or more were killed"
        }
        c = c.linked(link.metric(), link.end(), link.rule(), link.continues());
        String place = places.place(s, link.metric(), c.mentionStart(), link.end(), link.npDemonym(), link.displacement(), context);
        String ownDestination = link.metric().category() == Category.MIGRATION && link.metric() != tally.stats.Metric.DEPORTATIONS && !link.displacement()
                ? places.itemDestination(s, c.mentionStart(), link.end()) : null;
        String removing = link.metric() == tally.stats.Metric.DEPORTATIONS && link.continues()
                ? places.removingItem(s, c.mentionStart(), link.end(), link.npDemonym()) : null;
        String ownItem = link.metric() != tally.stats.Metric.DEPORTATIONS && link.continues() ? places.ownItem(s, c.mentionStart()) : null;
        if (removing != null) {
            if (removing.isEmpty() || !removing.equals(context.lastPlace())) {
                context.before().removersMixed(); // a list of removing countries
            }
            place = removing.isEmpty() ? null : removing; // "seguido de México con 1.397, de Guatemala 84, otros países con 77"
        } else if (ownDestination != null) {
            place = ownDestination; // "1,554 people arrived to Greece, 22,371 people to Italy": each item says where its people arrived
        } else if (ownItem != null && (link.metric().category() != Category.MIGRATION || context.lastPlace() == null
                || places.originElsewhere(s, link.end(), ownItem, context.previousSentence()))) {
            // "Le sigue Perú, con 506.000; Chile, con 288.000": the item's own country, not the next item's nearer one; under a
            // statistic of migrants whose origin the sentence names ("refugiados venezolanos ..., seguido de Perú con medio
            // millón"), the item's country is where they are
            place = ownItem;
        } else if (link.continues() && link.metric().category() == Category.MIGRATION && context.lastPlace() != null
                && !(link.metric() == tally.stats.Metric.DEPORTATIONS && PlaceResolver.namesNoCountry(s) && context.before().severalRemovers())) {
            // A list item of a migration statistic placed in one country names where its people come from
            // ("Venezuela led with 45,600", "ecuatorianos (29.400)"); under a statistic of no single
            // country ("first-time applicants in the EU") the items are the places ("Germany (80,900)").
            place = context.lastPlace();
        }
        if (link.metric() == tally.stats.Metric.DEPORTATIONS) {
            context.before().removedBy(place);
        }
        String placed = place;
        String subdivision = places.subdivision(s, place, c.mentionStart(), link.end());
        if (subdivision == null && place != null && s.places().stream().noneMatch(p -> placed.equals(p.country()))) {
            subdivision = context.before().lastSubdivision(place); // placed by the sentence before
        }
        c = c.placed(place, subdivision, place == null ? List.of("no place in the text") : List.of());
        Basis basis = periods.perYear(s, c.mentionStart(), link.end()) ? Basis.PER_YEAR : Basis.TOTAL;
        boolean current = link.perfect() || periods.isCurrent(s, c.mentionStart(), link.end());
        PeriodResolver.Dated period = periods.period(s, n, c.mentionStart(), link.end(), link.metric(), basis, current,
                link.continues(), article.published(), context);
        Candidate undated = c;
        c = c.dated(period.period(), basis, period.warning() == null ? List.of() : List.of(period.warning()));
        AttributionReader.Source source = attributions.source(s);
        Kind kind = kinds.kind(s, c, link.perfect(), current, link.sameStatistic(), period, context);
        boolean defaultDay = period.rule() == null && !period.inherited() && basis == Basis.TOTAL && c.period() != null;
        boolean asideTime = kind == Kind.STOCK && kinds.datedInAside(s, c);
        boolean noTime = period.rule() == null && !period.inherited() && c.period() == null && !link.continues();
        if (noTime && kind == Kind.INCIDENT && article.published() != null && !kinds.referencesPastEvent(s, c)) {
            // "gunmen have abducted six": a current count that is the fresh event, of the publication day
            c = undated.dated(Period.day(article.published()), basis, List.of());
        } else if (kind == Kind.STOCK && c.period() != null && kinds.undatedStock(s, c, period, defaultDay, context)) {
            // "hosts 976,002 refugees", "al día de hoy hay 109 mil desaparecidos", "as of 31 July, Lebanon hosts", "In 2022 the
            // register reached 100,000": people present at a date, not events over a period (realnews/README.md, "Period")
            c = undated.dated(null, basis, List.of("stock with no stated date"));
        } else if (defaultDay && kind == Kind.CUMULATIVE) {
            // "raised its count to 9,000": a running tally with no start, not an event of the publication day
            c = c.dated(null, basis, List.of("cumulative count with no stated start"));
        } else if (defaultDay && kind == Kind.INCIDENT && kinds.referencesPastEvent(s, c)) {
            c = c.dated(null, basis, List.of("an earlier event with no stated date"));
        }
        Period sinceWar = kind == Kind.CUMULATIVE || kind == Kind.FLOW ? warStarts.period(s, c.place(), article.published(), c.period()) : null;
        if (sinceWar != null) {
            // "since the war began (in April last year)": a running tally from the day the country's war began
            c = undated.dated(sinceWar, basis, List.of());
            kind = Kind.CUMULATIVE;
        }
        Candidate said = link.restatesEarlier() ? statedBefore(earlier, context, n.value()) : null;
        Candidate again = said == null ? restatedWithNoun(s, c, link, context) : null;
        if (again != null && period.rule() == null) {
            // "A los 339 muertos constatados desde ...": the figure stated before, over its period, not the one the
            // sentence before was counting in; its own words say what and where it counts
            c = c.dated(again.period(), again.basis(), List.of());
            kind = again.kind();
        }
        Definition definition = definitions.definition(s, c, link.continues(), source, context);
        if (said != null) {
            // "the gunmen lined up the 74", "de esas 1.146 víctimas": a count said again covers what it covered the first
            // time, whatever day the sentence tells of ("buried the 74 on Tuesday"), unless it names a span of its own ("los
            // 2.653 de 2024"); and stands where it stood, unless the sentence says where
            if (period.rule() == null || c.period() == null || c.period().from().equals(c.period().to())) {
                c = c.dated(said.period(), said.basis(), List.of());
                kind = said.kind();
            }
            if (s.places().isEmpty()) {
                c = c.placed(said.place(), said.subdivision(), List.of());
            }
            definition = definition == Definition.UNSPECIFIED ? said.definition() : definition;
        }
        if (period.stated() && !asideTime) {
            context.stated(link.metric(), period.period(), kind);
            context.before().statedSpan(link.metric(), c.place(), period.period(), period.rule());
        } else if (period.inherited() || period.rule() != null && period.rule().anchored()) {
            context.stillCounting(link.metric());
        }
        return c.meaning(kind, definition, source == null ? null : source.name());
    }

    private static Metric metricOf(Candidate c) {
        return c == null ? null : c.metric();
    }

    /**
     * A count with a noun of its own that a restating determiner marks as one the article stated before ("A los 339 muertos
     * constatados desde ...", "the 1,240 deaths recorded ..." after a sentence that counted them): the figure of that value
     * and metric stated in an earlier sentence, or null. Only a value too precise to recur by chance ({@link
     * Restated#precise}) is taken for the same figure.
     */
    private Candidate restatedWithNoun(SentenceAnalysis s, Candidate c, Link link, ArticleContext context) {
        int before = c.mentionStart() - 1;
        if (before < 0 || !lex.restatingDeterminers.contains(s.tokens().get(before))
                || !Restated.precise(c.number().value())) {
            return null;
        }
        Candidate stated = context.before().statedFigure(c.number().value());
        return stated != null && stated.metric() == link.metric() ? stated : null;
    }

    /** The figure of this value stated before: earlier in the sentence, else earlier in the article; or null. */
    private static Candidate statedBefore(List<Candidate> earlier, ArticleContext context, double value) {
        for (int k = earlier.size() - 1; k >= 0; k--) {
            if (earlier.get(k).number().value() == value) {
                return earlier.get(k);
            }
        }
        return context.before().statedFigure(value);
    }

    /** Tells the trace why a number is no figure: the sentence is copied only for a trace that keeps it (most numbers are dropped). */
    private static void dropped(Trace trace, SentenceAnalysis s, NumberMention n, String reason) {
        if (trace != Trace.NONE) {
            trace.dropped(s.quote(), n.value(), reason);
        }
    }

    /** The number with the qualifier before it ("more than"), or as the high end of a range ("between 30 and 40"). */
    private Candidate qualified(SentenceAnalysis s, NumberMention n) {
        List<Token> t = s.tokens();
        PhraseTable.Match<Qualifier> q = lex.qualifiers.endingAt(t, n.start());
        int mentionStart = q == null ? n.start() : n.start() - q.length();
        Qualifier qualifier = q == null ? Qualifier.EXACT : q.value();
        NumberMention low = ranges.low(s, n);
        if (low != null) {
            // "between 30 and 40 people were killed": one figure, at most 40
            mentionStart = low.start() > 0 && lex.rangeOpen.contains(t.get(low.start() - 1)) ? low.start() - 1 : low.start();
            qualifier = qualifier == Qualifier.EXACT ? Qualifier.AT_MOST : qualifier;
        }
        return Candidate.of(n).withMention(mentionStart, qualifier);
    }

    /** Where the words after the number start: past "de" after a scale ("2 millones de personas"). */
    private int nounPhraseStart(SentenceAnalysis s, NumberMention n, int mentionStart) {
        int npStart = n.end();
        if (npStart < s.tokens().size() && lex.scaleJoiners.contains(s.tokens().get(npStart))
                && lex.scales.endingAt(s.tokens(), n.end()) != null) {
            npStart++;
        }
        if (invertedCopula(s.tokens(), mentionStart, npStart)) {
            npStart++; // "Son 4.810.443 los migrantes venezolanos", "Fueron doce los crímenes": the noun after the article
        }
        return npStart;
    }

    /**
     * A copula opening its clause right before the mention and an article right after the count ("Son 4.810.443 los
     * migrantes", "cuando fueron cinco los homicidios"): the count's noun stands after the article. The lexicon's
     * {@code [inverted copula]}; a copula after other words ("las víctimas fueron 12 los ...") is no inversion.
     */
    private boolean invertedCopula(List<Token> t, int mentionStart, int after) {
        PhraseTable.Match<Boolean> copula = lex.invertedCopulas.endingAt(t, mentionStart);
        if (copula == null || after + 1 >= t.size() || !lex.ellipsisArticles.contains(t.get(after)) || !t.get(after + 1).isWord()) {
            return false;
        }
        int start = mentionStart - copula.length();
        return start == 0 || t.get(start - 1).isPunct();
    }

    /** The figure of a candidate; {@code share} tells apart the figures of one count said of each of several places. */
    private Figure toFigure(CleanArticle a, SentenceAnalysis s, Candidate c, Change change, boolean part, int share) {
        List<Token> t = s.tokens();
        int mentionStartChar = t.get(c.mentionStart()).start();
        int mentionEndChar = t.get(Math.min(c.mentionEnd(), t.size()) - 1).end();
        String id = Hashes.sha256(a.id() + "|" + mentionStartChar + "|" + c.metric().json() + (share == 0 ? "" : "|" + share), 16);
        List<String> warnings = c.warnings();
        if (!a.warnings().isEmpty()) {
            warnings = new ArrayList<>(a.warnings());
            warnings.addAll(c.warnings());
        }
        // Most figures have one warning or none: nothing to make distinct, no stream.
        return new Figure(id, a.id(), a.ref(), a.published(), a.source(), c.metric(), c.number().value(), c.qualifier(),
                c.place(), c.period(), c.basis(), s.quote(), s.span(), extractor, new Span(mentionStartChar, mentionEndChar),
                change, a.lang(), a.url(), warnings.size() < 2 ? warnings : warnings.stream().distinct().toList(), c.rule(), c.kind(), c.definition(),
                c.subdivision(), c.attribution(), part, a.dataset());
    }

    /**
     * A death count said by the journey itself (a crossing word or an accident: "at the border crossing", "in the
     * trailer", "during migration") in an article counting migration: the sentence names migrants, the one before
     * was about them, or the statistic being counted is a migration one ("At least 412 of these deaths occurred on
     * the desert crossing" after a count of migrant deaths; "the lives of 900 people were lost during migration").
     * The link rules ask only the sentence itself; this carries the article's migration statistic to a count that
     * names no migrants.
     */
    private boolean diedOnTheWay(SentenceAnalysis s, ArticleContext context, List<Candidate> earlier) {
        boolean journey = false;
        for (tally.ingest.text.Token tok : s.tokens()) {
            if (lex.crossing.contains(tok) || lex.accidents.contains(tok)) {
                journey = true;
                break;
            }
        }
        if (!journey || killing(s)) {
            return false;
        }
        if (context.previousAboutMigrants()) {
            return true;
        }
        tally.stats.Metric current = earlier.isEmpty() ? context.currentMetric() : earlier.get(earlier.size() - 1).metric();
        return current != null && current.category() == tally.stats.Category.MIGRATION;
    }

    /** A verb or act of killing in the sentence ("gunmen killed", "the massacre of"): killings of migrants are deaths. */
    private boolean killing(SentenceAnalysis s) {
        List<tally.ingest.text.Token> t = s.tokens();
        for (int i = 0; i < t.size(); i++) {
            PhraseTable.Match<Lexicon.Verb> verb = lex.verbs.at(t, i);
            if (verb == null) {
                verb = lex.subjectVerbs.at(t, i);
            }
            if (verb != null && verb.value().forPeople() == tally.stats.Metric.DEATHS && verb.value().forMigrants() == tally.stats.Metric.DEATHS) {
                return true;
            }
            PhraseTable.Match<Lexicon.Act> act = lex.actsOf.at(t, i);
            if (act != null && act.value().metric() == tally.stats.Metric.DEATHS && act.value().onCrossing() == tally.stats.Metric.DEATHS) {
                return true;
            }
        }
        return false;
    }
}
