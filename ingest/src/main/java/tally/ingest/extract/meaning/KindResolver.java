package tally.ingest.extract.meaning;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import tally.ingest.extract.analysis.ArticleContext;
import tally.ingest.extract.analysis.Candidate;
import tally.ingest.extract.analysis.SentenceAnalysis;
import tally.ingest.extract.resolve.PeriodResolver.Dated;
import tally.ingest.lexicon.Lexicon;
import tally.ingest.lexicon.TimeRule;
import tally.ingest.text.PhraseTable;
import tally.ingest.text.Token;
import tally.stats.Basis;
import tally.stats.Category;
import tally.stats.Definition;
import tally.stats.Kind;
import tally.stats.Metric;
import tally.stats.Period;

/**
 * What sort of count a figure is (realnews/README.md, "Kind"), from its period's time rule, its
 * verbs and the words around it, in this order: a count that goes on with the figure before takes
 * its kind (with that figure's period, or as the same stock); a yearly rate is a flow; stock words ("live in", "hosts", "permanecen") make a stock of
 * the metrics that can be one; "since" and "as of" dates and a perfect tense over more than a year
 * a cumulative tally; a noun of one event ("attack", "masacre", "at a ranch") within a month an
 * incident, even with a running-tally word ("the toll from the bombing rose to 40"); running-tally
 * words ("so far", "bringing the toll to", "en lo que va") a cumulative tally; "this year" a tally still counting; a current count
 * with no period a stock or a tally; one day an incident; anything else a flow.
 */
public final class KindResolver {

    /** How far before a count, within its clause, a stock or running-tally word may stand. */
    private static final int LOOKBACK = 10;
    /** How far after the counted words ("immigrants lived in", "killed so far"). */
    private static final int LOOKAHEAD = 5;
    /** The longest relative clause on the counted, between its commas ("most of whom fled ... in 2017"). */
    private static final int ASIDE_REACH = 24;
    /** How far before a count, within its clause, a toll noun may stand before its verb ("the death toll in the north of Darfur hits"). */
    private static final int TOLL_REACH = 16;
    /** The longest period an incident may span ("72 migrants killed in August 2010 at a ranch"). */
    private static final int INCIDENT_DAYS = 31;
    /** How far after "after" ("after the deadly massacre of") its event noun may stand. */
    private static final int EVENT_REFERENCE_REACH = 3;
    /** The fewest people a count with no time of its own and no noun of one event must number to be of many events. */
    private static final int ONE_EVENT_MAX = 1000;
    /** A period this long, in a perfect tense ("have now died ... from December 2006"), is a running tally. */
    private static final int TALLY_DAYS = 366;

    private static final Set<TimeRule> RUNNING = EnumSet.of(TimeRule.SINCE_YEAR, TimeRule.SINCE_MONTH, TimeRule.SINCE_DAY,
            TimeRule.SINCE_SEASON, TimeRule.SINCE_LAST_YEAR, TimeRule.SINCE_MONTH_RECENT, TimeRule.SINCE_DAY_RECENT,
            TimeRule.SINCE_MID_MONTH, TimeRule.SINCE_MID_MONTH_RECENT, TimeRule.SINCE_LAST_MONTH, TimeRule.SINCE_LAST_WEEK,
            TimeRule.SINCE_SEASON_LAST_YEAR, TimeRule.SINCE_WEEKDAY, TimeRule.SINCE_THEN, TimeRule.SINCE_DAYS_AGO,
            TimeRule.SINCE_WEEKS_AGO, TimeRule.SINCE_MONTHS_AGO, TimeRule.SINCE_YEARS_AGO,
            TimeRule.UNTIL_YEAR_END, TimeRule.UNTIL_MONTH_END, TimeRule.UNTIL_DAY, TimeRule.UNTIL_LAST_YEAR_END,
            TimeRule.UNTIL_DAY_RECENT, TimeRule.UNTIL_MONTH_RECENT, TimeRule.UNTIL_LAST_MONTH_END);
    /** "over the past five years": a trailing window, counted as a flow even in a perfect tense. */
    private static final Set<TimeRule> TRAILING = EnumSet.of(TimeRule.PAST_YEAR, TimeRule.PAST_YEARS, TimeRule.PAST_MONTHS,
            TimeRule.PAST_WEEKS, TimeRule.PAST_DECADE, TimeRule.PAST_TWO_DECADES, TimeRule.PAST_MONTH, TimeRule.PAST_WEEK);
    /** A trailing window of days or weeks ("the past two days", "in 80 days", "las últimas 24 horas"): many events, a flow. */
    private static final Set<TimeRule> WINDOWS = EnumSet.of(TimeRule.PAST_DAYS, TimeRule.PAST_WEEKS, TimeRule.PAST_DAY, TimeRule.PAST_HOURS,
            TimeRule.PAST_WEEK);
    private static final Set<TimeRule> STILL_OPEN = EnumSet.of(TimeRule.THIS_YEAR, TimeRule.THIS_MONTH, TimeRule.THIS_WEEK,
            TimeRule.YEAR_SO_FAR);
    /**
     * A named part of a year or a span between two dates ("in the first five months of the year", "in the first half",
     * "del 1 de enero al 23 de julio"): a flow even worded as a tally ("has reached 70 homicides in the first five months").
     */
    private static final Set<TimeRule> NAMED_SPANS = EnumSet.of(TimeRule.HALF1, TimeRule.HALF2, TimeRule.FIRST_MONTHS,
            TimeRule.QUARTER_1, TimeRule.QUARTER_2, TimeRule.QUARTER_3, TimeRule.QUARTER_4, TimeRule.FIRST_WEEKS,
            TimeRule.MONTH_SPAN, TimeRule.DATE_SPAN, TimeRule.DAY_SPAN, TimeRule.MONTH_TO_DAY, TimeRule.HALF1_THIS_YEAR, TimeRule.HALF1_LAST_YEAR,
            TimeRule.FIRST_MONTHS_THIS_YEAR, TimeRule.FIRST_MONTHS_LAST_YEAR, TimeRule.QUARTER_THIS_YEAR_1,
            TimeRule.QUARTER_THIS_YEAR_2, TimeRule.QUARTER_THIS_YEAR_3, TimeRule.QUARTER_THIS_YEAR_4,
            TimeRule.FIRST_WEEKS_THIS_YEAR, TimeRule.MONTHS_THIS_YEAR, TimeRule.MONTHS_LAST_YEAR, TimeRule.MONTHS_TO_MONTH,
            TimeRule.MONTHS_TO_MONTH_RECENT);
    /** "over a six-month period": a length of time, so many events, even with no dates. */
    private static final Set<TimeRule> SPANS = EnumSet.of(TimeRule.SPAN_DAYS, TimeRule.SPAN_MONTHS, TimeRule.SPAN_YEARS);
    /** "as of 31 July", "hasta agosto de 2023": the date a stock was counted at, not a period of events. */
    private static final Set<TimeRule> AS_OF = EnumSet.of(TimeRule.UNTIL_YEAR_END, TimeRule.UNTIL_MONTH_END, TimeRule.UNTIL_DAY,
            TimeRule.UNTIL_LAST_YEAR_END, TimeRule.UNTIL_DAY_RECENT, TimeRule.UNTIL_MONTH_RECENT, TimeRule.UNTIL_LAST_MONTH_END, TimeRule.TODAY);
    /** Rules that link a count with no noun of its own ("Colima (103)", "and 13 in Dan Aduwa"). */
    private static final Set<String> WORDLESS = Set.of("Elliptical", "Continuation", "ListItem", "RecordOfCurrent");
    /** Rules that read a count as a part of the one before ("63,074 civilians were among the dead", "including 4,412 children"). */
    private static final Set<String> PARTS = Set.of("AmongThose", "Elliptical");
    /**
     * Removals go by flight, bus or boat, and one of these rarely carries this many: a day's deportations of at least this
     * many, with no noun of one event in their sentence, are a day of the national series ("el jueves 3 se repatriaron a
     * 1.243 haitianos"), a flow (realnews/README.md, "Kind": a day's deportations over several flights or a daily bulletin).
     * In dev gold, one-day deportation incidents number at most 112, one-day flows with no event noun 522 or more.
     * Detentions and arrests are left out: one raid, protest or caravan can hold a thousand ("detained more than 400
     * protesters on Sunday").
     */
    private static final int BULLETIN_MIN = 400;

    /** Times a register of the disappeared is counted at ("en 2022", "this month", "as of"): points, not spans of new cases. */
    private static final Set<TimeRule> REGISTER_TIMES = EnumSet.of(TimeRule.YEAR, TimeRule.THIS_YEAR, TimeRule.LAST_YEAR, TimeRule.MONTH,
            TimeRule.MONTH_RECENT, TimeRule.THIS_MONTH);
    /** How far before a register noun the words crediting a count to it may stand ("de acuerdo con el registro"). */
    private static final int ATTRIBUTION_REACH = 3;

    /** People can be present somewhere (migrants, the disappeared, claims pending); the dead cannot. */
    private static final Set<Metric> STOCKS = EnumSet.of(Metric.MIGRANTS, Metric.DISAPPEARANCES, Metric.ASYLUM_CLAIMS);

    private final Lexicon lex;

    public KindResolver(Lexicon lex) {
        this.lex = lex;
    }

    /**
     * @param c       the candidate, linked, placed and dated
     * @param perfect the verb is in a perfect tense ("have been killed")
     * @param current a present verb or "now" makes it a count as of publication ("Colombia has 7.4 million displaced")
     * @param continues the count goes on with the figure before it
     */
    public Kind kind(SentenceAnalysis s, Candidate c, boolean perfect, boolean current, boolean continues, Dated dated,
                     ArticleContext context) {
        Candidate previous = context.previousFigure();
        boolean canBeStock = STOCKS.contains(c.metric());
        if (canBeStock && c.basis() != Basis.PER_YEAR && (near(s, c, lex.stock) || stockAfterAside(s, c))) {
            // "De unos 1,7 millones de venezolanos que viven en el país", "50,698 people displaced ... are currently sheltered":
            // people present are a stock whatever period the statistic before them was counted over
            return Kind.STOCK;
        }
        Period p = c.period();
        if (dated.eventBefore()) {
            // "On Friday, regime jets strafed a school. Five civilians died": the toll of the one event the sentence before
            // dated, whatever the kind of the figure before it
            return Kind.INCIDENT;
        }
        if (c.metric() == Metric.MIGRANTS && "MetricNoun".equals(c.rule()) && dated.rule() == null && !dated.inherited()
                && (p == null || p.days() == 1) && populationNoun(s, c) && !movementVerb(s, c) && !near(s, c, lex.cumulative)
                && !before(s, c, lex.tallyRise)) {
            // "with over 380,000 internally displaced people", "supera ya los 10,7 millones de refugiados y desplazados":
            // refugees or the displaced named by their noun alone, with no time and no verb of a move, are the people
            // present when told (realnews/README.md, "Kind": "are displaced", "hosts 976,002 refugees"); a tally word
            // ("suma más de 8 millones de desplazados") makes them a running tally
            return Kind.STOCK;
        }
        if (dated.inherited() && (p == null || p.days() <= INCIDENT_DAYS) && anywhere(s, lex.incident)) {
            // a period taken from the statistic before, but a noun of one event in its own sentence ("Seven died in fighting
            // last week ... Two people died in a shoot-out at the club early last week"): that event
            return Kind.INCIDENT;
        }
        Kind stated = dated.inherited() ? context.statedKind(c.metric(), c.period()) : null;
        if (stated == Kind.CUMULATIVE && (previous == null || !c.period().equals(previous.period()))) {
            // dated by a running tally stated a sentence or a few before, not by the count compared just before it
            // ("64 murders so far this year, compared to 50 in 2023, while Montego Bay recorded 21")
            return stated;
        }
        if (dated.inherited() && previous != null && previous.kind() != null && (previous.kind() != Kind.STOCK || canBeStock)) {
            return previous.kind(); // the dead are no stock, whatever the count before them was
        }
        if (continues && previous != null && previous.kind() == Kind.STOCK && previous.metric() == c.metric()) {
            return Kind.STOCK; // "11 million live in the U.S., down from 12 million in 2007"
        }
        if (c.basis() == Basis.PER_YEAR) {
            return Kind.FLOW;
        }
        TimeRule rule = dated.rule();
        if ((continues || PARTS.contains(c.rule())) && rule == null && !dated.inherited() && previous != null && previous.metric() == c.metric()
                && previous.kind() != null && previous.kind() != Kind.STOCK && !anywhere(s, lex.incident)) {
            // a part or list item of the count before, with no time of its own ("Con 413 homicidios dolosos, Santa Fe quedó
            // detrás de los 1240 registrados en provincia de Buenos Aires"): breakdowns take the kind of what they break down
            return previous.kind();
        }
        // "anunciaron hoy", "said today": the day a count was told is no time of its own, as with no time at all
        boolean undated = p == null && rule == null || rule == TimeRule.TODAY && !dated.inherited();
        // "disappeared during the dictatorship": a past period, not a stock; "have been killed during his term": a tally
        boolean era = undated && !perfect && s.tokens().stream().anyMatch(lex.era::contains);
        // The disappeared are counted as a register of people still missing unless a time is given (the publication
        // day a count with no time of its own was given is none: "more than 109,000 people are listed as disappeared").
        // "al día de hoy", "as of today": the register as it stands, no time of its own either
        boolean noTime = (rule == null || rule == TimeRule.TODAY) && !dated.inherited() && (p == null || p.days() == 1);
        // hostages still held are people present at a date too, but only by a stock word ("mantiene secuestradas a
        // 50", "siguen en cautiverio"): "gunmen have abducted six" is the fresh event
        boolean hostages = c.metric() == Metric.KIDNAPPINGS && near(s, c, lex.stock);
        // (people a stock word makes present were a stock above, a yearly rate a flow)
        if (hostages || c.metric() == Metric.DISAPPEARANCES && noTime && !era && !perfect || register(s, c, rule)) {
            return Kind.STOCK;
        }
        if (rule != null && (SPANS.contains(rule) || WINDOWS.contains(rule))) {
            // "in the past two days", "en las últimas 24 horas", "a three-day offensive": the events of a window, even of one
            // campaign or one kind of attack ("eight bodies recovered in the past two days after the shipwreck")
            return Kind.FLOW;
        }
        if (rule != null && RUNNING.contains(rule) || perfect && p != null && p.days() > TALLY_DAYS && !TRAILING.contains(rule)) {
            return Kind.CUMULATIVE;
        }
        // "the final toll from the bombing stands at 587": the toll of one event is that event's
        if ((p == null || p.days() <= INCIDENT_DAYS) && anywhere(s, lex.incident)) {
            return Kind.INCIDENT;
        }
        if (ownTallyWord(s, c) && !NAMED_SPANS.contains(rule) || perfect && rule == null && anywhere(s, lex.cumulative)
                || (p == null || p.days() == 1) && (before(s, c, lex.tallyRise) || tollReaches(s, c))
                || alreadyTally(s, c) && !NAMED_SPANS.contains(rule)) {
            // a count that rose to its figure on the day it was told, of no single event ("death toll hits 8,306",
            // "the number of deaths in the campaign rose to more than 4,500", "la cifra de muertos asciende a 40"):
            // the running tally as it stood that day
            // a perfect tense with no time of its own takes the tally's words from anywhere in its sentence ("at least 8,306 people have been
            // killed in the territory since the start of the war", "13 persons were arrested so far")
            return Kind.CUMULATIVE;
        }
        if (rule != null && STILL_OPEN.contains(rule)) {
            return Kind.CUMULATIVE;
        }
        if (undated && !era && (current || perfect)) {
            // a current count with no stated period: a stock of people present, a tally of a war ("the war has killed
            // more than 10,000"), or, of violence with no such word, the fresh event being reported ("gunmen have
            // abducted six", "at least six have been killed by the latest shelling")
            if (canBeStock && !perfect) {
                return Kind.STOCK;
            }
            return freshEvent(s, c, continues) && !statistic(s, c) && !beyondOneEvent(s, c) ? Kind.INCIDENT : Kind.CUMULATIVE;
        }
        boolean statistic = statistic(s, c);
        if (p == null) {
            // "last year" with no publication date to resolve it; an era; a crime statistic; a fresh event with no date at all
            return rule != null || era || statistic || beyondOneEvent(s, c) ? Kind.FLOW : Kind.INCIDENT;
        }
        boolean ownTimeless = p.days() == 1 && rule == null && !dated.inherited();
        boolean tallyTense = perfect || current || before(s, c, lex.tallyAuxiliaries);
        if (ownTimeless && tallyTense && anywhere(s, lex.longRunning)) {
            // no time of its own, in a perfect tense, of a violence that goes on for years, with no noun of one event: the
            // running tally ("an insurgency that has left at least 36,000 dead and displaced about 2 million")
            return Kind.CUMULATIVE;
        }
        if (ownTimeless && beyondOneEvent(s, c)) {
            // no time of its own and more people than one event touches ("There were also 149,265 people arrested",
            // "111,916 people have been forcibly disappeared"): many events, still counting when told in a perfect tense
            return tallyTense ? Kind.CUMULATIVE : Kind.FLOW;
        }
        if (p.days() == 1) {
            // one day's count: one event, unless the sentence spreads it over several ("crossed in three boats on Monday",
            // "five bodies were found in different parts of the city") or counts "dos homicidios" as such
            return anywhere(s, lex.severalEvents) || statistic || bulletin(c) ? Kind.FLOW : Kind.INCIDENT;
        }
        return Kind.FLOW;
    }

    /**
     * A stock keeps no period (realnews/README.md, "Period") when it has no time of its own: the publication day, "as of"
     * a date, or a period taken from the statistic before it ("De unos 1,7 millones de venezolanos que viven en el país"
     * after "en 2021"). A year or month its own sentence states ("In 2014, 200 stayed") is left to the period.
     */
    public boolean undatedStock(SentenceAnalysis s, Candidate c, Dated dated, boolean defaultDay, ArticleContext context) {
        if (defaultDay || dated.rule() != null && AS_OF.contains(dated.rule()) || !dated.inherited() && register(s, c, dated.rule())) {
            return true;
        }
        if (datedInAside(s, c)) {
            return true;
        }
        // a period taken from before: dropped for people its own words make present, or a part of a stock that has none
        Candidate previous = context.previousFigure();
        return dated.inherited() && (near(s, c, lex.stock) || previous != null && previous.kind() == Kind.STOCK && previous.period() == null);
    }

    /**
     * A count of violence that is no stock, goes on with no figure before it and has no word of a long-running
     * violence in its sentence ("war", "crackdown", "guerra"): with no date, it is the event the article reports.
     */
    private boolean freshEvent(SentenceAnalysis s, Candidate c, boolean continues) {
        return c.metric().category() == Category.VIOLENCE && !STOCKS.contains(c.metric()) && !continues
                && !anywhere(s, lex.longRunning) && !near(s, c, lex.cumulative);
    }

    /**
     * A count of a crime statistic ("413 homicidios dolosos", "eight recorded murders"): its noun near it, or anywhere in
     * its sentence for a count with no noun of its own ("Baja California (254), Colima (103) ... muertes violentas").
     */
    private boolean statistic(SentenceAnalysis s, Candidate c) {
        return near(s, c, lex.statisticNouns) || WORDLESS.contains(c.rule()) && anywhere(s, lex.statisticNouns);
    }

    /**
     * More people than one attack, shipwreck or raid touches: a count told with no time of its own and no noun of one
     * event is then of many (a stated day, "1,200 killed on October 7", is left to its date). People on the move after
     * an event stay that event's: one attack can displace thousands ("Más de mil personas huyeron tras los combates").
     */
    private boolean beyondOneEvent(SentenceAnalysis s, Candidate c) {
        return c.number().value() >= ONE_EVENT_MAX && (c.metric() != Metric.MIGRANTS || !anywhere(s, lex.eventReferences));
    }

    /**
     * "Already" and a present perfect in the count's clause, a few words either side ("han dejado ya 339", "ya han llegado
     * al menos 10.000", "250.000 han cruzado ya"): the count as it stands when told. A past perfect ("ya habían llegado
     * 12" the year before) is not [perfect]; "ya que" (because) is no "already".
     */
    private boolean alreadyTally(SentenceAnalysis s, Candidate c) {
        List<Token> t = s.tokens();
        boolean already = false;
        boolean aux = false;
        for (int i = c.mentionStart() - 1; i >= Math.max(0, c.mentionStart() - LOOKBACK); i--) {
            if (t.get(i).isPunct() && !t.get(i).is("-")) {
                break;
            }
            already |= lex.tallyAlready.at(t, i) != null && (i + 1 >= t.size() || !t.get(i + 1).is("que"));
            aux |= lex.perfect.contains(t.get(i));
        }
        for (int i = c.mentionStart(); i < Math.min(t.size(), c.mentionEnd() + LOOKAHEAD); i++) {
            if (i >= c.mentionEnd() && t.get(i).isPunct() && !t.get(i).is("-")) {
                break;
            }
            already |= lex.tallyAlready.at(t, i) != null && (i + 1 >= t.size() || !t.get(i + 1).is("que"));
            aux |= lex.perfect.contains(t.get(i));
        }
        return already && aux;
    }

    /**
     * The disappeared counted in a sentence that names their register ("En 2021 el registro nacional llegó a 95 mil
     * personas desaparecidas", "In 2022, the national registry reached more than 100,000 missing people"): the register as it
     * stood, a stock with no period, whatever year or month it names (realnews/README.md, "Kind": a registry of the
     * disappeared is a stock). A "since" start, a window or a named span is a tally or a flow of new cases; a noun of one
     * event makes them that event's.
     */
    private boolean register(SentenceAnalysis s, Candidate c, TimeRule rule) {
        return c.metric() == Metric.DISAPPEARANCES && (rule == null || REGISTER_TIMES.contains(rule) || AS_OF.contains(rule))
                && namesRegister(s) && !anywhere(s, lex.incident);
    }

    /**
     * A register noun in the sentence that is not only whom the count is credited to ("de acuerdo con el registro de la
     * fiscalía", "according to the state registry": the source of a count of new cases, team gold e0061).
     */
    private boolean namesRegister(SentenceAnalysis s) {
        List<Token> t = s.tokens();
        for (int i = 0; i < t.size(); i++) {
            if (lex.registers.at(t, i) == null) {
                continue;
            }
            boolean credited = false;
            for (int k = Math.max(0, i - ATTRIBUTION_REACH); k < i && !credited; k++) {
                credited = lex.attributionLeads.at(t, k) != null;
            }
            if (!credited) {
                return true;
            }
        }
        return false;
    }

    /**
     * A relative clause on the counted, set off by commas right after the count ("Over 30,000 people, who have been displaced
     * by the fighting, are staying at 120 relief camps", "unos 200.000 venezolanos, la mayoría de los cuales llegaron en
     * 2018, viven en Lima"): the tokens of its commas, or null. The lexicon's {@code [relative aside]}.
     */
    private int[] aside(SentenceAnalysis s, Candidate c) {
        List<Token> t = s.tokens();
        int open = -1;
        for (int i = c.mentionStart() + 1; i < Math.min(t.size() - 1, c.mentionEnd() + 1); i++) {
            if (t.get(i).is(",")) {
                if (lex.relativeAside.at(t, i + 1) == null) {
                    return null;
                }
                open = i;
                break;
            }
            if (t.get(i).isPunct() && !t.get(i).is("-")) {
                return null;
            }
        }
        if (open < 0) {
            return null;
        }
        for (int i = open + 1; i < Math.min(t.size(), open + 1 + ASIDE_REACH); i++) {
            if (t.get(i).is(",")) {
                return new int[] {open, i};
            }
            int k = i;
            if (t.get(i).isPunct() && !t.get(i).is("-")
                    || t.get(i).isNumber() && s.times().stream().noneMatch(m -> m.start() <= k && k < m.end())) {
                return null; // the clause ends the sentence, or counts something of its own (a year is no count)
            }
        }
        return null;
    }

    /**
     * A stock dated by a time inside the relative clause on its counted ("About 640,000 Syrians, most of whom fled the fighting in
     * 2013, are living in camps"): the year is the flight's, not the stock's, which keeps no period and dates no statistic after it.
     */
    public boolean datedInAside(SentenceAnalysis s, Candidate c) {
        int[] aside = aside(s, c);
        return aside != null && c.period() != null && stockAfterAside(s, c) && s.times().stream().anyMatch(m -> m.start() > aside[0]
                && m.start() < aside[1] && c.period().equals(m.period()));
    }

    /**
     * A stock word right after the relative clause on the counted: the main verb of which the count is the subject ("..., are
     * staying at 120 relief camps"), a few words on, in its clause. Not when the clause dates what befell them to
     * one day ("7,400 villagers, who were displaced by the clashes on Saturday, are sheltering in schools"): the people of
     * a fresh event are that event's (team gold g2300).
     */
    private boolean stockAfterAside(SentenceAnalysis s, Candidate c) {
        int[] aside = aside(s, c);
        if (aside == null || s.times().stream().anyMatch(m -> m.start() > aside[0] && m.start() < aside[1] && m.period() != null
                && m.period().days() == 1)) {
            return false;
        }
        List<Token> t = s.tokens();
        for (int i = aside[1] + 1; i < Math.min(t.size(), aside[1] + 1 + LOOKAHEAD); i++) {
            if (t.get(i).isPunct() && !t.get(i).is("-")) {
                return false;
            }
            if (lex.stock.at(t, i) != null) {
                return true;
            }
        }
        return false;
    }

    /** A refugee or displaced-people noun among the counted words ("380,000 internally displaced people", "10,7 millones de refugiados"). */
    private boolean populationNoun(SentenceAnalysis s, Candidate c) {
        List<Token> t = s.tokens();
        for (int i = c.mentionStart() + 1; i < Math.min(t.size(), Math.min(c.mentionEnd(), c.mentionStart() + 1 + LOOKAHEAD)); i++) {
            if (t.get(i).isPunct() && !t.get(i).is("-")) {
                return false;
            }
            PhraseTable.Match<Definition> m = lex.definitions.at(t, i);
            if (m != null) {
                // "9.235 personas desplazadas", "people displaced by": a participle after a noun of people tells what befell
                // them, an event counted over some time, not the population's own name: the phrase follows the number, its
                // scale, "de"/"of" or a name ("854,704 Rohingya refugees"), not a common noun
                Token before = t.get(i - 1);
                boolean named = !before.isWord() || before.isCapitalized() || before.text().length() <= 2
                        || lex.scales.at(t, i - 1) != null;
                return (m.value() == Definition.REFUGEES || m.value() == Definition.INTERNALLY_DISPLACED) && named;
            }
        }
        return false;
    }

    /** A verb of the count's clause that moves or counts people ("11,000 Sudanese refugees arrive in Chad", "refugiados llegados"). */
    private boolean movementVerb(SentenceAnalysis s, Candidate c) {
        List<Token> t = s.tokens();
        for (int i = c.mentionEnd(); i < Math.min(t.size(), c.mentionEnd() + 2 * LOOKAHEAD); i++) {
            if (t.get(i).isPunct() && !t.get(i).is("-")) {
                break;
            }
            if (lex.verbs.at(t, i) != null || lex.subjectVerbs.at(t, i) != null) {
                return true;
            }
        }
        for (int i = c.mentionStart() - 1; i >= Math.max(0, c.mentionStart() - LOOKBACK); i--) {
            if (t.get(i).isPunct() && !t.get(i).is("-")) {
                break;
            }
            if (lex.verbs.at(t, i) != null || lex.subjectVerbs.at(t, i) != null) {
                return true;
            }
        }
        return false;
    }

    /** A day's deportations too many for one flight, bus or boat: a day of a national series. */
    private static boolean bulletin(Candidate c) {
        return c.metric() == Metric.DEPORTATIONS && c.number().value() >= BULLETIN_MIN;
    }

    /** "the death toll in Darfur hits 1,240", "la cifra de muertos en Haití alcanza 215": a toll noun, then a toll verb, then the count, in one clause. */
    private boolean tollReaches(SentenceAnalysis s, Candidate c) {
        List<Token> t = s.tokens();
        boolean verb = false;
        for (int i = c.mentionStart() - 1; i >= Math.max(0, c.mentionStart() - TOLL_REACH); i--) {
            if (t.get(i).isPunct() && !t.get(i).is("-")) {
                return false;
            }
            if (!verb && (t.get(i).isNumber() || i < c.mentionStart() - LOOKBACK)) {
                return false; // the verb reaches another count ("la cifra llegó a 2.004 tras cinco homicidios"), or none near
            }
            if (!verb && lex.tollVerb.at(t, i) != null) {
                verb = true;
            } else if (verb && lex.tollNoun.at(t, i) != null) {
                return true;
            }
        }
        return false;
    }

    /**
     * A running-tally word near the count ("killed so far", "suman 373"), but not one after it that leads another count
     * ("Con los 44 homicidios de octubre ya suman 373": "ya suman" is the 373's, the 44 are October's).
     */
    private boolean ownTallyWord(SentenceAnalysis s, Candidate c) {
        if (before(s, c, lex.cumulative)) {
            return true;
        }
        List<Token> t = s.tokens();
        for (int i = c.mentionStart(); i < Math.min(t.size(), c.mentionEnd() + LOOKAHEAD); i++) {
            if (i >= c.mentionEnd() && (t.get(i).isPunct() && !t.get(i).is("-") || t.get(i).isNumber())) {
                // a tally word after the next count is that count's ("19 en febrero y 9 en lo que va de este mes")
                break;
            }
            PhraseTable.Match<Boolean> m = lex.cumulative.at(t, i);
            if (m != null) {
                int next = i + m.length();
                return i < c.mentionEnd() || !(next < t.size() && t.get(next).isNumber()
                        || next + 1 < t.size() && t.get(next + 1).isNumber());
            }
        }
        return false;
    }

    /** A phrase of the table in the count's clause, a few words before it. */
    private static boolean before(SentenceAnalysis s, Candidate c, PhraseTable<Boolean> table) {
        List<Token> t = s.tokens();
        for (int i = c.mentionStart() - 1; i >= Math.max(0, c.mentionStart() - LOOKBACK); i--) {
            if (t.get(i).isPunct() && !t.get(i).is("-")) {
                return false;
            }
            if (table.at(t, i) != null) {
                return true;
            }
        }
        return false;
    }

    /** A phrase of the table in the count's clause, a few words before it or after what it counts. */
    private static boolean near(SentenceAnalysis s, Candidate c, PhraseTable<Boolean> table) {
        if (before(s, c, table)) {
            return true;
        }
        List<Token> t = s.tokens();
        for (int i = c.mentionStart(); i < Math.min(t.size(), c.mentionEnd() + LOOKAHEAD); i++) {
            if (i >= c.mentionEnd() && t.get(i).isPunct() && !t.get(i).is("-")) {
                break;
            }
            if (table.at(t, i) != null) {
                return true;
            }
        }
        return false;
    }

    /**
     * A one-event noun just after a reference to the past, before the count ("six months after the
     * massacre of 72 migrants", "tras la masacre de 72"), or the count itself right after one
     * ("después de que 72 migrantes fueron asesinados"): the event is not of the publication day.
     */
    public boolean referencesPastEvent(SentenceAnalysis s, Candidate c) {
        List<Token> t = s.tokens();
        for (int i = 0; i < c.mentionStart(); i++) {
            PhraseTable.Match<Boolean> ref = lex.eventReferences.at(t, i);
            if (ref == null) {
                continue;
            }
            if (c.mentionStart() - (i + ref.length()) <= 1) {
                return true; // "six months after 72 migrants were killed", "después de que 72 migrantes"
            }
            for (int k = i + ref.length(); k < Math.min(c.mentionStart(), i + ref.length() + EVENT_REFERENCE_REACH); k++) {
                if (lex.incident.at(t, k) != null) {
                    return true;
                }
            }
        }
        return false;
    }

    private static boolean anywhere(SentenceAnalysis s, PhraseTable<Boolean> table) {
        return table.occursIn(s.tokens());
    }
}
