package tally.ingest.lexicon;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import tally.stats.Definition;
import tally.stats.Metric;
import tally.stats.Qualifier;
import tally.ingest.text.PhraseTable;
import tally.ingest.text.Sentences;
import tally.ingest.text.Token;
import tally.ingest.text.Tokenizer;
import tally.ingest.text.WordSet;

/**
 * The words of one language, loaded from {@code /tally/lexicon/<lang>.lex}. The extractor only
 * knows section names; adding a language means adding a file.
 */
public final class Lexicon {

    /** What a head noun after a number counts. */
    public record Noun(Kind kind, Metric metric) {
        /**
         * RECORD: records of a count ("cases", "reports", "solicitudes"), which count what the article is counting. THING: a
         * count of things that a word of people may close ("35 unidades familiares": families, not people).
         */
        public enum Kind { METRIC, PERSON, MIGRANT, LIVES, RECORD, THING }

        /** The metric a noun of one names ("homicidios", "deportations"), or null for any other noun. */
        public Metric counted() {
            return kind == Kind.METRIC ? metric : null;
        }
    }

    /** What a verb says happened to people (null: nothing we count), or to migrants, and whether it takes an object. */
    public record Verb(Metric forPeople, Metric forMigrants, boolean transitive, boolean displacement) {
    }

    /** An act counted by its victims ("the killing of"), and what it counts when migrants die on a crossing. */
    public record Act(Metric metric, Metric onCrossing) {
    }

    /** First and last month of a part of the year ("late" 2006 is October to December). */
    public record Season(int firstMonth, int lastMonth) {
    }

    private static final Map<String, Lexicon> CACHE = new java.util.concurrent.ConcurrentHashMap<>();

    private final String lang;
    private final Map<String, List<String[]>> sections;

    public final WordSet stopwords;
    public final PhraseTable<Qualifier> qualifiers;
    public final PhraseTable<Qualifier> qualifiersAfter;
    public final PhraseTable<Boolean> fillers;
    public final PhraseTable<Noun> nouns;
    public final PhraseTable<Verb> verbs;
    public final PhraseTable<Verb> subjectVerbs;
    public final PhraseTable<Boolean> livesVerbs;
    public final PhraseTable<Act> actsOf;
    public final PhraseTable<Metric> totalNouns;
    /** A frame before the noun phrase of what a total counts ("the number of", "la cifra de"). */
    public final PhraseTable<Boolean> totalFrames;
    /** A total with no word of what it counts ("la cifra", "the figure"): the value of the statistic being counted. */
    public final PhraseTable<Boolean> bareTotals;
    /** Verbs that set a total to the number after it ("bringing the total to", "put the death toll at", "elevando la cifra a"). */
    public final PhraseTable<Boolean> totalSetters;
    /** Totals only a setter before them links, to the statistic being counted ("taking the provisional total for the year to"). */
    public final PhraseTable<Boolean> setTotals;
    /** Words before a number that make it a difference of two counts ("una reducción de", "an increase of"). */
    public final PhraseTable<Boolean> differenceBefore;
    /** Words after a number and its noun that make it a difference ("casos menos", "fewer"). */
    public final PhraseTable<Boolean> differenceAfter;
    /** The word that joins a change to its amount ("higher by 4,076", "se redujo en 82 casos"): {@code [difference by]}. */
    public final WordSet differenceBy;
    public final WordSet totalLinkWords;
    public final PhraseTable<Boolean> toVerb;
    public final WordSet passive;
    public final PhraseTable<Boolean> units;
    public final PhraseTable<Boolean> labels;
    public final PhraseTable<Boolean> ratios;
    public final PhraseTable<Boolean> forecasts;
    /** A person seeing, right before the count: what one witness saw, not a tally ("a witness saw five bodies"). */
    public final PhraseTable<Boolean> witnessed;
    public final PhraseTable<Boolean> perYear;
    public final WordSet perYearNotBefore;
    public final PhraseTable<Boolean> percent;
    public final PhraseTable<Integer> changeSign;
    public final WordSet crossing;
    /** Accidents on the way ("crashed", "capsized"): migrants killed in one died migrating, whatever the verb. */
    public final WordSet accidents;
    public final PhraseTable<Boolean> aboard;
    /**
     * Verbs right before a count of the people aboard a boat ("en el que viajaban", "ocupados por") and words of their
     * landing ("desembarcaron", "llegó"): guard AboardWreck. Spanish only.
     */
    public final PhraseTable<Boolean> aboardVerbs;
    public final PhraseTable<Boolean> landings;
    /** Words that make the harm noun right after them an accident's ("road fatalities", "traffic deaths"). */
    public final WordSet roadHarm;
    /** Relative pronouns after a bare count that open a clause of its own ("1,274,148 who surrendered"). */
    public final WordSet relatives;
    /** Illness and hunger ("cholera", "malnutrition"): deaths from them are no violence (realnews/README.md). */
    public final WordSet diseases;
    /** Phrases right after a death's link that make the death self-inflicted ("killed themselves", "died by suicide"). */
    public final PhraseTable<Boolean> selfHarm;
    /** A running tally from the start of the country's war, undated in the text ("since the war began"): war-starts.tsv. */
    public final PhraseTable<Boolean> warStartPhrases;
    /** What makes a place an attribute of an actor after a hyphen ("UK-based", "Saudi-led", "Iran-backed"). */
    public final WordSet agentSuffixes;
    /**
     * Endings only a finite verb has ("alcanzaron", "sufrieron", "relacionaban", "provienen"): a word the lexicon does
     * not know that ends so, right after a number, starts the number's own verb, not a noun of other things.
     */
    public final List<String> verbEndings;
    /** Endings of a manner adverb that may stand between a verb and its count ({@code [adverb ending]}: "-mente"). */
    public final List<String> adverbEndings;
    /** How a participle ends ({@code [participle ending]}): "llegadas", "interceptados". */
    public final List<String> participleEndings;
    /** Words before a locative that make the place an organization's seat ("headquartered in Geneva"). */
    public final WordSet seat;
    /** Nouns of a town's parts before a name ("la colonia Guatemala", "sindicatura de Costa Rica"). */
    public final WordSet localityNouns;
    /** Last words of the names of areas that count is kept by ("Bicol Region", "Northern Police District"); a language may have none. */
    public final WordSet areaNouns;
    /** Words that open the next item of a list after its item before ("at 105, followed by Quezon City Police District, 59"). */
    public final PhraseTable<Boolean> itemLeads;
    /** Verbs that make the people after them the subject of an infinitive ("forced 80,000 people to flee"); a language may have none. */
    public final WordSet causatives;
    /** The word that opens an infinitive after its subject ("to"). */
    public final WordSet infinitiveMarkers;
    /** Offences that are no metric ("shootings", "rape", "robos"): a wordless count after one counts it. */
    public final WordSet otherOffences;
    /** Verbs of sending back that, with no passive auxiliary, say people went back ("9,936 Afghans returned from Iran"). */
    public final WordSet activeReturns;
    /** Words in a migrant noun phrase that make its count migrant deaths ("13 dead immigrants"). */
    public final WordSet deathAdjectives;
    /** Words of coming back that, in an article counting deportations, make the returned its deportees ("el retorno de 434 personas desde México"). */
    public final WordSet deporteeReturns;
    /** A difference between two counts: "29,000 more arrests ... than" ({@code [difference]}, then {@code [difference end]}). */
    public final WordSet differences;
    public final WordSet differenceEnds;
    /** Of {@link #differences}, those that need no second term: "with 194 less murders" ({@code [difference alone]}). */
    public final WordSet differencesAlone;
    /** What makes the people counted after it, or before it, people helped, not a figure ("assistance to", "rescued"). */
    public final PhraseTable<Boolean> helpedBefore;
    public final PhraseTable<Boolean> helpedAfter;
    /**
     * Words of a rescue ("rescued", "rescató"), of a rescuer of the coast migrants arrive at ("Salvamento Marítimo", "Italian
     * coast guard"), of a return to the coast they left ("returned"): {@code RescueAtSea}.
     */
    public final PhraseTable<Boolean> rescues;
    public final PhraseTable<Boolean> seaRescues;
    public final PhraseTable<Boolean> rescueReturns;
    public final WordSet destination;
    public final WordSet origin;
    public final WordSet locative;
    public final PhraseTable<Integer> months;
    public final PhraseTable<Integer> weekdays;
    public final PhraseTable<Season> seasons;
    public final PhraseTable<Double> scales;
    /** A scale counted by an article or a fraction ("a million", "half a million", "medio millón"). */
    public final PhraseTable<Double> articleNumbers;
    public final PhraseTable<Boolean> modifiers;
    /** Adjectives that follow a noun of people and belong to its phrase ("líderes sociales", "policías municipales"). */
    public final WordSet adjectivesAfter;
    /** Articles before a bare count that stand for the noun left out ("los 56.586 de 2021"). */
    public final WordSet ellipsisArticles;
    /** Determiners before a count that make it one said before: "the 69", "esas 3.678 personas". */
    public final WordSet restatingDeterminers;
    /**
     * A copula that opens its clause before a count whose noun follows after an article ("Son 4.810 los migrantes",
     * "Fueron doce los crímenes", "cuando fueron cinco los homicidios"): the noun after the article is the count's.
     */
    public final PhraseTable<Boolean> invertedCopulas;
    /** Participles of recording after an article and a bare count, standing for the left-out noun ("los 1240 registrados"). */
    public final WordSet ellipsisParticiples;
    /** Pronouns that open a relative clause after the noun it is said of ("los homicidios, que cayeron de 191 a 180"). */
    public final WordSet relativePronouns;
    /**
     * Relative pronouns that never introduce a reported clause ("which", not "that"): a count after one is in a relative
     * clause with a verb of its own, which a present verb of the main clause before it does not make current.
     */
    public final WordSet relativeOnly;
    /** The word that ends a verb of change before the value it started from ("cayeron de 15 a 9", "fell from 15 to 9"). */
    public final WordSet changeFrom;
    public final List<TimeTemplate> timeTemplates;
    public final WordSet placePrefix;
    public final PhraseTable<Boolean> conjunctions;
    /** Words that stand for the verb said before them ("12.393 lo han hecho a Canarias", "2,300 did so"). */
    public final PhraseTable<Boolean> proVerbs;
    /** Words that make a count one of each of the places before it ("with 64 each", "siete cada uno"). */
    public final PhraseTable<Boolean> each;
    public final WordSet nounTrailers;
    public final PhraseTable<Boolean> totalLinks;
    public final WordSet changeBaseline;
    /** The word that opens a clause giving a percent change's baseline count ("un 60 % menos que en 2023, cuando llegaron 3.460"). */
    public final WordSet baselineCount;
    public final PhraseTable<Boolean> current;
    public final WordSet era;
    public final WordSet currentAfter;
    public final PhraseTable<Boolean> rates;
    public final PhraseTable<Boolean> ratePeriods;
    /** A rate's period standing before its count ("llegan cada día unas 1.500 personas", "se suman diariamente unos 5.000"). */
    public final PhraseTable<Boolean> rateBefore;
    public final PhraseTable<Boolean> migrationAgencies;
    /** Journeys of migration named without the migrants ("migration routes", "viajes migratorios"). */
    public final PhraseTable<Boolean> migrationJourneys;
    /** Verbs by which an authority records a count ("registered", "registró"). */
    public final WordSet recordVerbs;
    /** Words before the end of a journey still under way ("rumbo a", "on their way to"). */
    public final PhraseTable<Boolean> enRoute;
    /** Words before a country that borders the scene ("the border with Niger", "la frontera con Colombia"). */
    public final PhraseTable<Boolean> borderWith;
    /** Verbs that cross a border into the country after it ("cruzan la frontera con EU"): then it is where they arrive. */
    public final WordSet borderCrossing;
    /** {@code [pair opener]}: "between", "entre" before two places a border or a war joins (PlaceResolver). */
    public final WordSet pairOpener;
    /** "otros países", "several countries": a count from more than one country, which no single country places. */
    public final PhraseTable<Boolean> severalCountries;
    public final WordSet heading;
    /** Verbs of flight ("fled", "huyeron"): a place after them in their clause is where people fled from. */
    public final WordSet flight;
    /** "con", "with" joining a list item's name to its count ("Perú con medio millón", "Brazil with 85,000"). */
    public final WordSet itemWith;
    /** Articles that count one as an item of a list by nationality or origin ("y un nicaragüense", "una de Cuba"). */
    public final WordSet listOnes;
    /** Verbs of harm done by an actor ("killed", "mató"): a country right before them is the attacker. */
    public final WordSet harmVerb;
    /** Nouns of a place ("town", "departamento") that frame a town named right after them or after "of"/"de". */
    public final WordSet townNoun;
    public final WordSet attribution;
    public final WordSet partitive;
    public final WordSet changeBy;
    public final PhraseTable<Boolean> authorities;
    public final PhraseTable<Boolean> averageDay;
    public final PhraseTable<Boolean> averageAfter;
    public final PhraseTable<Boolean> comparisons;
    /** Words that open a contrasting clause after a comma ("while", "mientras que"): a time after them is that clause's. */
    public final PhraseTable<Boolean> clauseContrasts;
    /** Words before a year that mean all of it ("the whole of 2006", "todo 2019"): a comparison then keeps the year. */
    public final PhraseTable<Boolean> wholePeriod;
    /** Words before a count that continues the article's current statistic ("including", "entre ellos", "con"). */
    public final PhraseTable<Boolean> listLeads;
    /** Words before a count that say who the people just counted are ("the group consists of", "conformado por"). */
    public final PhraseTable<Boolean> compositionLeads;
    /** Words that continue the current statistic only when they open their clause and a comma follows ("de estos, 18"). */
    public final PhraseTable<Boolean> commaListLeads;
    /** Words between a share and the count it comes to ("el 82 %, o sea 1.871", "82%, or 1,871"). */
    public final PhraseTable<Boolean> shareRestated;
    /** Words before a count that make it the rest of a total already stated ("killed along with five others", "junto a otros cuatro"). */
    public final PhraseTable<Boolean> remainderLeads;
    /** A partitive frame before the word of what happened to the counted ("among those" killed, "entre los" detenidos). */
    public final PhraseTable<Boolean> amongThose;
    /**
     * A partitive frame with a demonstrative after a count that points back at the counted themselves, so that a noun of
     * people or records after it counts the statistic being counted ("4.310 de esos casos", "35 de estas víctimas").
     */
    public final PhraseTable<Boolean> partOfCounted;
    public final PhraseTable<Boolean> oneByOne;
    /** A part frame's lead and verb around the word of what happened to the counted ("the dead included", "those killed were"). */
    public final PhraseTable<Boolean> partsLeads;
    public final PhraseTable<Boolean> partsVerbs;
    /** Words that join verbs of different metrics into one count ("killed or injured", "asesinados o heridos"). */
    public final PhraseTable<Boolean> disjunctions;
    /** Words after a bare count that make it a part of the counted ("940 of them", "36 de ellos"). */
    public final PhraseTable<Boolean> partOfThem;
    /** Words that open an aside of the counted's parts between a count and its verb ("45 others, including 17 children, were wounded"). */
    public final PhraseTable<Boolean> partsAside;
    /** Words after a count and a comma that open a relative clause of which the counted are the subject ("50,000 people, who have been displaced"). */
    public final PhraseTable<Boolean> relativeAside;
    /** Words after the counts of a list ("respectively"). */
    public final WordSet listTrailers;
    /** A copula after a count that says who of the counted it is ("50,610 were men", "27 mil han sido mujeres"). */
    public final PhraseTable<Boolean> breakdownCopulas;
    /** A copula right after a one-word bare total that gives its value ("in 2018, the figure was 516"); a language may have none. */
    public final PhraseTable<Boolean> bareTotalCopulas;
    /** A pronoun that stands for the statistic being counted as the subject of a verb of change ("This declined to 540"); a language may have none. */
    public final PhraseTable<Boolean> bareTotalPronouns;
    /** A verb after a bare count that says where or how a part of the counted happened ("20 occurred in Division A", "16 ocurrieron en"). */
    public final PhraseTable<Boolean> breakdownVerbs;
    /** A verb of going back right after migrants called by their demonym ("8,623 Afghans came back from Iran"): home is where they arrive. */
    public final PhraseTable<Boolean> returnHome;
    /** A verb of leaving whose object, a country, makes its subject emigrants ("3.7 million people have left Venezuela"); a language may have none. */
    public final PhraseTable<Boolean> leaveCountry;
    /** The leavers' own country named without its name ("su país", "their country"): after a verb of leaving, emigrants. */
    public final PhraseTable<Boolean> ownCountry;
    public final WordSet armed;
    public final WordSet rangeOpen;
    public final WordSet rangeJoin;
    /** Month and weekday names are capitalized in the language (English), or not (Spanish). */
    public final boolean capitalizedMonths;
    /** A comma is the decimal mark and dots or spaces group thousands ("1,2 millones", "35.000", "35 000"). */
    public final boolean decimalComma;
    /** The counted may follow their verb past a phrase of place ("han muerto en el mar 40 personas"), as in Spanish. */
    public final boolean subjectAfterVerb;
    /** Words between a day and its month ("1 de diciembre"). */
    public final WordSet dateJoiners;
    public final WordSet scaleJoiners;
    public final WordSet eraNouns;
    public final WordSet abbreviations;
    public final WordSet perfect;
    /** Phrases that say which definition a count follows ("drug-related", "homicidios dolosos"). */
    public final PhraseTable<Definition> definitions;
    /** Words that make a count a stock ("live in", "hosts", "permanecen"). */
    public final PhraseTable<Boolean> stock;
    /** Words that make a count a running tally ("so far", "to date", "en lo que va"). */
    public final PhraseTable<Boolean> cumulative;
    /** Nouns of a register of people ("registry", "registro"): the disappeared it counts are a stock (realnews/README.md, "Kind"). */
    public final PhraseTable<Boolean> registers;
    /** A count said to have risen to its figure ("death toll hits", "rose to", "asciende a"): a running tally reported on the day. */
    public final PhraseTable<Boolean> tallyRise;
    /** A verb of a count reaching its figure ("hits", "tops", "alcanza"), a running tally only after a toll noun. */
    public final PhraseTable<Boolean> tollVerb;
    /** The nouns of a running count ("toll", "tally", "la cifra"), before a toll verb. */
    public final PhraseTable<Boolean> tollNoun;
    /** Nouns of one event ("attack", "masacre"). */
    public final PhraseTable<Boolean> incident;
    /** Words telling of an attack in a sentence of no figure ("gunmen attacked", "atacaron"): it dates the counts after it. */
    public final PhraseTable<Boolean> eventVerb;
    /** Several events, places or boats in a day's count ("in three boats", "en diferentes puntos"): a flow, not one event. */
    public final PhraseTable<Boolean> severalEvents;
    /** Violence that goes on for months or years ("war", "crackdown", "guerra"): a count of it is a running tally. */
    public final PhraseTable<Boolean> longRunning;
    /** Nouns of a crime statistic ("homicides", "murders", "homicidios", "casos"): a count of them is of many events, never one. */
    public final PhraseTable<Boolean> statisticNouns;
    /** Auxiliaries of a perfect tense, past ones too ("has left", "had documented", "habían dejado"), before a count in its clause. */
    public final PhraseTable<Boolean> tallyAuxiliaries;
    /** "Already", "ya": beside a present perfect in a count's clause, the count as it stands when told ("han dejado ya 339"). */
    public final PhraseTable<Boolean> tallyAlready;
    /** Words before who a count is credited to ("according to", "según"). */
    public final PhraseTable<Boolean> attributionLeads;
    /** Words before a one-event noun that make it a past event ("after the massacre of 72"). */
    public final PhraseTable<Boolean> eventReferences;
    /** People's kin ("relatives in the United States" live there; it is not the scene). */
    public final PhraseTable<Boolean> kin;

    private Lexicon(String lang, Map<String, List<String[]>> sections) {
        this.lang = lang;
        this.sections = sections;
        stopwords = words("stopwords");
        qualifiers = table("qualifier", v -> Qualifier.of(v));
        qualifiersAfter = table("qualifier after", v -> Qualifier.of(v));
        fillers = flags("filler");
        nouns = table("noun", Lexicon::noun);
        personNouns(lang).forEach(p -> nouns.add(p, PERSON));
        verbs = table("verb", Lexicon::verb);
        claimLodgings().forEach(phrase -> verbs.add(phrase, CLAIM_LODGED));
        subjectVerbs = table("subject verb", Lexicon::verb);
        livesVerbs = flags("lives verb");
        actsOf = table("act of", v -> {
            String[] p = v.split("\\s+");
            return new Act(Metric.of(p[0]), Metric.of(p.length > 1 ? p[1] : p[0]));
        });
        totalNouns = table("total noun", Metric::of);
        totalFrames = flags("total frame");
        bareTotals = flags("bare total");
        totalSetters = flags("total setter");
        setTotals = flags("set total");
        differenceBefore = flags("difference before");
        differenceAfter = flags("difference after");
        differenceBy = optionalWords("difference by");
        totalLinkWords = phraseWords("total link");
        toVerb = flags("to verb");
        passive = words("passive");
        units = flags("unit");
        labels = flags("label");
        ratios = flags("ratio");
        forecasts = flags("forecast");
        witnessed = flags("witnessed");
        perYear = flags("per year");
        perYearNotBefore = words("per year not before");
        percent = flags("percent");
        changeSign = new PhraseTable<>();
        section("change down").forEach(e -> changeSign.add(e[0], -1));
        section("change up").forEach(e -> changeSign.add(e[0], 1));
        crossing = words("crossing");
        accidents = optionalWords("accident");
        aboard = optionalFlags("aboard");
        aboardVerbs = optionalFlags("aboard verb");
        landings = optionalFlags("landing");
        roadHarm = optionalWords("road harm");
        relatives = optionalWords("relative");
        diseases = optionalWords("disease");
        selfHarm = optionalFlags("self harm");
        warStartPhrases = optionalFlags("war start");
        agentSuffixes = optionalWords("agent suffix");
        verbEndings = optional("verb ending").stream().map(e -> e[0].toLowerCase(Locale.ROOT)).toList();
        adverbEndings = optional("adverb ending").stream().map(e -> e[0].toLowerCase(Locale.ROOT)).toList();
        participleEndings = optional("participle ending").stream().map(e -> e[0].toLowerCase(Locale.ROOT)).toList();
        seat = optionalWords("seat");
        localityNouns = optionalWords("locality noun");
        areaNouns = optionalWords("area noun");
        itemLeads = optionalFlags("item lead");
        causatives = optionalWords("causative");
        infinitiveMarkers = optionalWords("infinitive marker");
        otherOffences = optionalWords("other offence");
        activeReturns = optionalWords("active return");
        deporteeReturns = optionalWords("deportee return");
        deathAdjectives = optionalWords("death adjective");
        differences = optionalWords("difference");
        differenceEnds = optionalWords("difference end");
        differencesAlone = optionalWords("difference alone");
        helpedBefore = flags("helped before");
        helpedAfter = flags("helped after");
        rescues = flags("rescue");
        seaRescues = flags("sea rescue");
        rescueReturns = flags("rescue return");
        destination = words("destination");
        origin = words("origin");
        locative = words("locative");
        months = table("month", Integer::valueOf);
        weekdays = table("weekday", Integer::valueOf);
        seasons = table("season", v -> {
            String[] p = v.trim().split("\\s+");
            return new Season(Integer.parseInt(p[0]), Integer.parseInt(p[1]));
        });
        scales = table("scale", Double::valueOf);
        articleNumbers = table("article number", Double::valueOf);
        modifiers = flags("modifier");
        adjectivesAfter = optionalWords("adjective after");
        ellipsisArticles = optionalWords("ellipsis article");
        restatingDeterminers = words("restating determiner");
        invertedCopulas = optionalFlags("inverted copula");
        ellipsisParticiples = optionalWords("ellipsis participle");
        relativePronouns = optionalWords("relative pronoun");
        relativeOnly = optionalWords("relative only");
        changeFrom = optionalWords("change from");
        placePrefix = words("place prefix");
        conjunctions = flags("conjunction");
        proVerbs = flags("pro verb");
        each = flags("each");
        nounTrailers = words("noun trailer");
        totalLinks = flags("total link");
        changeBaseline = words("change baseline");
        baselineCount = optionalWords("baseline count");
        current = flags("current");
        era = words("era");
        currentAfter = words("current after");
        rates = flags("rate");
        ratePeriods = flags("rate period");
        rateBefore = flags("rate before");
        migrationAgencies = flags("migration agency");
        migrationJourneys = flags("migration journey");
        recordVerbs = words("record verb");
        enRoute = flags("en route");
        borderWith = optionalFlags("border with");
        borderCrossing = optionalWords("border crossing");
        pairOpener = optionalWords("pair opener");
        severalCountries = flags("several countries");
        heading = words("heading");
        flight = words("flight");
        itemWith = words("item with");
        listOnes = optionalWords("list one");
        harmVerb = words("harm verb");
        townNoun = words("town noun");
        attribution = words("attribution");
        partitive = words("partitive");
        changeBy = words("change by");
        authorities = flags("authority");
        averageDay = flags("average day");
        averageAfter = optionalFlags("average after");
        comparisons = flags("comparison");
        clauseContrasts = flags("clause contrast");
        wholePeriod = flags("whole period");
        listLeads = flags("list lead");
        compositionLeads = optionalFlags("composition lead");
        commaListLeads = optionalFlags("comma list lead");
        shareRestated = optionalFlags("share restated");
        remainderLeads = flags("remainder lead");
        amongThose = flags("among those");
        partOfCounted = optionalFlags("part of the counted");
        oneByOne = optionalFlags("one by one");
        partsLeads = optionalFlags("parts lead");
        partsVerbs = optionalFlags("parts verb");
        partOfThem = flags("part of them");
        partsAside = optionalFlags("parts aside");
        relativeAside = optionalFlags("relative aside");
        disjunctions = flags("disjunction");
        listTrailers = words("list trailer");
        breakdownCopulas = flags("breakdown copula");
        bareTotalCopulas = optionalFlags("bare total copula");
        bareTotalPronouns = optionalFlags("bare total pronoun");
        breakdownVerbs = flags("breakdown verb");
        returnHome = flags("return home");
        leaveCountry = optionalFlags("leave country");
        ownCountry = optionalFlags("own country");
        armed = words("armed");
        rangeOpen = words("range open");
        rangeJoin = words("range join");
        Map<String, String> settings = new java.util.HashMap<>();
        optional("settings").forEach(e -> settings.put(e[0], e[1]));
        capitalizedMonths = !"no".equals(settings.get("capitalized months"));
        decimalComma = "yes".equals(settings.get("decimal comma"));
        subjectAfterVerb = "yes".equals(settings.get("subject after verb"));
        eraNouns = optionalWords("era noun");
        scaleJoiners = optionalWords("scale joiner");
        dateJoiners = optionalWords("date joiner");
        abbreviations = words("abbreviation");
        perfect = words("perfect");
        definitions = table("definition", Definition::of);
        stock = flags("stock");
        cumulative = flags("cumulative");
        registers = optionalFlags("register");
        tallyRise = flags("tally rise");
        tollVerb = flags("toll verb");
        tollNoun = flags("toll noun");
        incident = flags("incident");
        eventVerb = flags("event verb");
        longRunning = flags("long running");
        severalEvents = flags("several events");
        statisticNouns = flags("statistic noun");
        tallyAuxiliaries = flags("tally auxiliary");
        tallyAlready = flags("tally already");
        attributionLeads = flags("attribution lead");
        kin = flags("kin");
        eventReferences = flags("event reference");
        timeTemplates = withYearVariants(section("time"), optional("year preposition")).stream()
                .map(e -> TimeTemplate.parse(e[0], e[1])).toList();
    }

    /** The lexicon of a language ("en"); fails clearly when there is none. */
    public static Lexicon forLanguage(String lang) {
        return CACHE.computeIfAbsent(lang.toLowerCase(Locale.ROOT), Lexicon::load);
    }

    public String lang() {
        return lang;
    }

    /** Abbreviations written with a dot that do not end a sentence ("Sept. 30", "Gov. Perry"). */
    public Set<String> abbreviations() {
        return abbreviations.words();
    }

    /** The language's sentence splitter: its abbreviations and {@code [sentence suppression]}. */
    public Sentences sentences() {
        return new Sentences(lang, abbreviations(), sentenceSuppressions());
    }

    /** Abbreviations after which ICU's segmenter finds no boundary ("Mr.", "U.S.A."), as written, in order. */
    public List<String> sentenceSuppressions() {
        return section("sentence suppression").stream().map(e -> e[0]).toList();
    }

    /** What ends a photo caption on a page: its credit ("Picture: Alamy", "Photo: Reuters", "/ Supplied"). */
    public List<String> photoCredits() {
        return optional("photo credit").stream().map(e -> e[0]).toList();
    }

    /** How a photo caption may open, whatever it ends with: an archive picture's mark ("File photo", "Imagen de archivo"). */
    public List<String> captionOpenings() {
        return optional("caption opening").stream().map(e -> e[0]).toList();
    }

    /** Labels a page sets above related stories ("Read more:", "Lea también:"), as written. */
    public List<String> relatedLabels() {
        return optional("related label").stream().map(e -> e[0]).toList();
    }

    /** A lower-case word of an adverb's shape ({@code [adverb ending]}): "irregularmente", "aproximadamente". */
    public boolean adverbShaped(Token t) {
        return endsLike(t, adverbEndings);
    }

    /** A lower-case word of a participle's shape ({@code [participle ending]}): "llegadas", "interceptados". */
    public boolean participleShaped(Token t) {
        return endsLike(t, participleEndings);
    }

    /** A lower-case word of a verb's shape ({@code [verb ending]}): "alcanzaron", never "Aarón" or "origen". */
    public boolean verbShaped(Token t) {
        return endsLike(t, verbEndings);
    }

    /** A lower-case word with one of the endings after at least three letters of its own. */
    private static boolean endsLike(Token t, List<String> endings) {
        String w = t.text();
        if (!t.isWord() || !w.equals(t.lower())) {
            return false;
        }
        for (String ending : endings) {
            if (w.length() >= ending.length() + 3 && w.endsWith(ending)) {
                return true;
            }
        }
        return false;
    }

    /** Where the qualifiers ending at token k start ("a boat carrying more than 80": at "more"); k when none does. */
    public int qualifiersStart(List<Token> t, int k) {
        PhraseTable.Match<Qualifier> q;
        while (k > 0 && (q = qualifiers.endingAt(t, k)) != null) {
            k -= q.length();
        }
        return k;
    }

    /** Function words, used to tell running prose from page chrome. */
    public Set<String> stopwords() {
        return stopwords.words();
    }

    private static Lexicon load(String lang) {
        String resource = "/tally/lexicon/" + lang + ".lex";
        try (InputStream in = Lexicon.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalArgumentException("no lexicon for language '" + lang + "'");
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            Map<String, List<String[]>> sections = new LinkedHashMap<>();
            List<String[]> current = null;
            String line;
            int number = 0;
            while ((line = reader.readLine()) != null) {
                number++;
                String trimmed = line.strip();
                if (trimmed.isEmpty() || trimmed.startsWith("#")) {
                    continue;
                }
                if (trimmed.startsWith("[") && trimmed.endsWith("]")) {
                    current = sections.computeIfAbsent(trimmed.substring(1, trimmed.length() - 1), k -> new ArrayList<>());
                    continue;
                }
                if (current == null) {
                    throw new IllegalStateException(resource + ":" + number + ": entry before any [section]");
                }
                int arrow = trimmed.indexOf(" -> ");
                current.add(arrow < 0
                        ? new String[] {trimmed, null}
                        : new String[] {trimmed.substring(0, arrow).strip(), trimmed.substring(arrow + 4).strip()});
            }
            verbForms(lang).forEach(f -> {
                List<String[]> section = sections.get(f.section());
                if (section == null) {
                    throw new IllegalStateException("verb-forms-" + lang + ".tsv: no [" + f.section() + "] in " + resource);
                }
                section.add(new String[] {f.phrase(), f.value()});
            });
            return new Lexicon(lang, sections);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The time templates with, right after each, its forms where a preposition before a year slot is written another
     * way ([year preposition] "de -> del": "del 1 de enero al 20 de noviembre de {year}" also reads "... del 2024"),
     * so that every span, cut-off and month with a year is read with either; a form the lexicon already has is kept once.
     */
    static List<String[]> withYearVariants(List<String[]> templates, List<String[]> prepositions) {
        if (prepositions.isEmpty()) {
            return templates;
        }
        Set<String> seen = new HashSet<>();
        templates.forEach(e -> seen.add(e[0]));
        List<String[]> out = new ArrayList<>();
        for (String[] e : templates) {
            out.add(e);
            List<String> forms = new ArrayList<>(List.of(e[0]));
            for (String[] p : prepositions) {
                for (String slot : List.of("{year}", "{year2}")) {
                    String written = p[0] + " " + slot;
                    String other = p[1] + " " + slot;
                    for (String f : List.copyOf(forms)) {
                        String variant = (" " + f).replace(" " + written, " " + other).substring(1);
                        if (!variant.equals(f) && seen.add(variant)) {
                            forms.add(variant);
                            out.add(new String[] {variant, e[1]});
                        }
                    }
                }
            }
        }
        return out;
    }

    private List<String[]> section(String name) {
        List<String[]> entries = sections.get(name);
        if (entries == null) {
            throw new IllegalStateException("lexicon '" + lang + "' has no [" + name + "] section");
        }
        return entries;
    }

    /** A section a language may leave out. */
    private List<String[]> optional(String name) {
        return sections.getOrDefault(name, List.of());
    }

    private <V> PhraseTable<V> table(String name, Function<String, V> value) {
        PhraseTable<V> table = new PhraseTable<>();
        for (String[] e : section(name)) {
            if (e[1] == null) {
                throw new IllegalStateException("lexicon '" + lang + "' [" + name + "]: '" + e[0] + "' needs '-> value'");
            }
            table.add(e[0], value.apply(e[1]));
        }
        return table;
    }

    private PhraseTable<Boolean> flags(String name) {
        PhraseTable<Boolean> table = new PhraseTable<>();
        section(name).forEach(e -> table.add(e[0], Boolean.TRUE));
        return table;
    }

    private PhraseTable<Boolean> optionalFlags(String name) {
        PhraseTable<Boolean> table = new PhraseTable<>();
        optional(name).forEach(e -> table.add(e[0], Boolean.TRUE));
        return table;
    }

    private WordSet words(String name) {
        Set<String> words = new HashSet<>();
        for (String[] e : section(name)) {
            for (String w : e[0].split("\\s+")) {
                words.add(w.toLowerCase(Locale.ROOT));
            }
        }
        return new WordSet(words);
    }

    /** Entries of a section a language may leave out, each a word. */
    private WordSet optionalWords(String name) {
        Set<String> words = new HashSet<>();
        optional(name).forEach(e -> words.add(e[0].toLowerCase(Locale.ROOT)));
        return new WordSet(words);
    }

    private WordSet phraseWords(String name) {
        Set<String> words = new HashSet<>();
        section(name).forEach(e -> Tokenizer.tokenize(e[0]).forEach(t -> words.add(t.lower())));
        return new WordSet(words);
    }

    private static final Noun PERSON = new Noun(Noun.Kind.PERSON, null);

    /** What a verb of lodging an asylum claim counts: its subject, the people who lodged one. */
    private static final Verb CLAIM_LODGED = new Verb(Metric.ASYLUM_CLAIMS, Metric.ASYLUM_CLAIMS, false, false);

    /**
     * The verb phrases of lodging an asylum claim, composed: a verb of [claim lodging], then nothing or a word of
     * [claim determiner], then a noun phrase of [noun] that counts asylum claims and names asylum ("submitted their
     * first asylum application", "lodged an asylum claim", "filed asylum requests"). After the hand-written [verb]
     * entries, which keep their meaning. A language without the sections has none.
     */
    private List<String> claimLodgings() {
        List<String> determiners = new ArrayList<>(List.of(""));
        optional("claim determiner").forEach(e -> determiners.add(e[0] + " "));
        List<String> objects = section("noun").stream()
                .filter(e -> "asylum_claims".equals(e[1]) && optional("claim object word").stream()
                        .anyMatch(w -> (" " + e[0].toLowerCase(Locale.ROOT) + " ").contains(" " + w[0].toLowerCase(Locale.ROOT) + " ")))
                .map(e -> e[0]).toList();
        List<String> phrases = new ArrayList<>();
        for (String[] verb : optional("claim lodging")) {
            for (String det : determiners) {
                objects.forEach(o -> phrases.add(verb[0] + " " + det + o));
            }
        }
        return phrases;
    }

    /**
     * The language's generated person nouns ("firefighters", "villagers"), after the hand-written [noun] entries, which
     * keep their meaning: a phrase's first entry wins. Built by tools/build-person-nouns-tsv.py from WordNet.
     */
    private static List<String> personNouns(String lang) {
        return tableRows("person-nouns-" + lang + ".tsv").stream().flatMap(List::stream).toList();
    }

    /** A war whose start the text may leave to the reader: its country, start, and last publication day it is "the war" (or null). */
    /**
     * A war or campaign of war-starts.tsv. {@code names} is null for a war, which the [war start] phrases bring in ("since the
     * war began"); a campaign (a drug war, a state of exception) is brought in by its own names only, in any language.
     */
    public record WarStart(String country, LocalDate start, LocalDate until, PhraseTable<Boolean> names) {
    }

    /** The wars of war-starts.tsv, written by hand (the file says from where). */
    public static List<WarStart> warStarts() {
        return tableRows("war-starts.tsv").stream()
                .map(c -> new WarStart(c.get(0), LocalDate.parse(c.get(1)), c.get(2).isEmpty() ? null : LocalDate.parse(c.get(2)),
                        c.size() > 4 && !c.get(4).isBlank() ? names(c.get(4)) : null))
                .toList();
    }

    /** A campaign's names, written "name | name" in war-starts.tsv. */
    private static PhraseTable<Boolean> names(String cell) {
        PhraseTable<Boolean> table = new PhraseTable<>();
        for (String name : cell.split("\\|")) {
            table.add(name.strip().toLowerCase(Locale.ROOT), Boolean.TRUE);
        }
        return table;
    }

    /** The rows of a table beside the lexicon (tab-separated, "#" comments), or none when the language has none. */
    private static List<List<String>> tableRows(String file) {
        try (InputStream in = Lexicon.class.getResourceAsStream("/tally/lexicon/" + file)) {
            if (in == null) {
                return List.of();
            }
            return new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)).lines()
                    .filter(l -> !l.isBlank() && !l.startsWith("#"))
                    .map(l -> List.of(l.split("\t", -1)))
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A generated form of a hand-written verb entry: its section, phrase and value, and the entry it was made from. */
    public record VerbForm(String section, String phrase, String value, String source) {
    }

    /**
     * The language's generated verb forms ("asesinaban" of the hand entry "asesinan"), after the hand-written entries of
     * their section, which keep their meaning: a phrase's first entry wins. Built by tools/build-verb-forms-tsv.py.
     */
    public static List<VerbForm> verbForms(String lang) {
        return tableRows("verb-forms-" + lang + ".tsv").stream().map(c -> new VerbForm(c.get(0), c.get(1), c.get(2), c.get(3))).toList();
    }

    private static Noun noun(String value) {
        return switch (value) {
            case "person" -> PERSON;
            case "migrant" -> new Noun(Noun.Kind.MIGRANT, Metric.MIGRANTS);
            case "lives" -> new Noun(Noun.Kind.LIVES, Metric.DEATHS);
            case "record" -> new Noun(Noun.Kind.RECORD, null);
            case "thing" -> new Noun(Noun.Kind.THING, null);
            default -> new Noun(Noun.Kind.METRIC, Metric.of(value));
        };
    }

    private static Verb verb(String value) {
        String[] p = value.split("\\s+");
        if (p.length < 3 || p.length > 4 || !(p[2].equals("transitive") || p[2].equals("intransitive"))
                || p.length == 4 && !p[3].equals("displacement")) {
            throw new IllegalStateException("verb entry needs 'metric|- metric transitive|intransitive [displacement]': " + value);
        }
        // "-": said of people who are no migrants, the verb counts nothing ("viven en", "localizados")
        return new Verb(p[0].equals("-") ? null : Metric.of(p[0]), Metric.of(p[1]), p[2].equals("transitive"), p.length == 4);
    }
}
