package tally.ingest.extract.resolve;

import java.util.List;
import java.util.function.Predicate;
import tally.ingest.extract.analysis.ArticleContext;
import tally.ingest.extract.analysis.ClauseBreak;
import tally.ingest.extract.analysis.SentenceAnalysis;
import tally.ingest.extract.mention.PlaceMention;
import tally.ingest.lexicon.Lexicon;
import tally.ingest.text.PhraseTable;
import tally.ingest.text.Token;
import tally.ingest.text.TokenGap;
import tally.ingest.text.WordSet;
import tally.stats.Category;
import tally.stats.Metric;
import tally.stats.Place;

/**
 * Where a figure happened: a place marked as the scene ("in Mexico"), the destination of
 * migrants, the deporting country, the counted people's demonym, an authority's country, the
 * other places of the sentence, then the article around it. Prepositions come from the lexicon.
 */
public final class PlaceResolver {

    private final Lexicon lex;
    private final WordSet placePrefix;

    public PlaceResolver(Lexicon lex) {
        this.lex = lex;
        this.placePrefix = lex.placePrefix;
    }

    public String place(SentenceAnalysis s, Metric metric, int mentionStart, int mentionEnd, String npDemonym, boolean displacement,
                         ArticleContext context) {
        List<Token> t = s.tokens();
        Predicate<PlaceMention> outsideCount = p -> p.end() <= mentionStart || p.start() >= mentionEnd;
        Predicate<PlaceMention> name = p -> p.kind() != Place.Kind.DEMONYM;
        // Migrants, deportees and returnees called by their demonym ("deported 5,144 Haitians") are from there; a
        // demonym that qualifies a place ("off the Libyan coast") still names where.
        Predicate<PlaceMention> namesPlace = p -> name.test(p) || qualifiesPlace(t, p);
        List<Predicate<PlaceMention>> preferences;
        Predicate<PlaceMention> lastResort;
        boolean emigrants = false;
        // A country does not deport its own nationals: the deportees' own country ("56,172 Hondurans were deported",
        // Honduras' migration institute receiving them) is where they were sent, never the deporting country.
        // The deportees named before ("la deportación de guatemaltecos ... los retornos cerraron en 55.302") are of the same home.
        String home = metric != Metric.DEPORTATIONS ? null : npDemonym != null ? npDemonym : context.before().deporteeHome();
        if (metric == Metric.DEPORTATIONS) {
            context.before().deportees(npDemonym);
        }
        Predicate<PlaceMention> deporter = p -> home == null || !home.equals(p.country());
        // "Mexican immigration agents detained", "Philippine National Police figures": the authority's country.
        PlaceMention authority = nearest(s, mentionStart, mentionEnd, p -> p.end() <= mentionStart && namesAuthority(t, p) && deporter.test(p));
        if (authority != null && metric.category() == Category.MIGRATION) {
            if (metric == Metric.DEPORTATIONS && mixedRemovers(s, authority)) {
                context.before().removersMixed();
                return null; // "las autoridades migratorias de EE.UU. y México han deportado a 45.333 hondureños"
            }
            return authority.country();
        }
        if (metric == Metric.DEPORTATIONS && fromSeveral(t, mentionEnd)) {
            context.before().removersMixed();
            return null; // "56.172 hondureños fueron retornados y deportados de diferentes países"
        }
        if (metric == Metric.DEPORTATIONS && namesNoCountry(s) && context.before().severalRemovers()) {
            // After deportations counted by several removing countries, a count whose sentence names none ("Del total de
            // deportados, 40.653 eran adultos") is of them all, or of no one country the text says (realnews/README.md, "Place").
            return null;
        }
        if (metric == Metric.DEPORTATIONS && displacement) {
            // Deportees seen coming back ("recibió a 434 personas provenientes de México"): the country they came from deported them.
            preferences = List.of(
                    p -> name.test(p) && precededBy(s, p, lex.origin),
                    p -> name.test(p) && !precededBy(s, p, lex.destination) && deporter.test(p));
            lastResort = p -> namesPlace.test(p) && outsideCount.test(p) && !precededBy(s, p, lex.destination) && deporter.test(p);
        } else if (metric == Metric.DEPORTATIONS) {
            // Deported from the country that deports; "to Mexico" is where they are sent.
            preferences = List.of(
                    p -> name.test(p) && p.end() <= mentionStart && !precededBy(s, p, lex.destination) && !precededBy(s, p, lex.origin)
                            && deporter.test(p),
                    p -> name.test(p) && p.start() >= mentionEnd && precededBy(s, p, lex.origin),
                    p -> name.test(p) && !precededBy(s, p, lex.destination) && deporter.test(p));
            lastResort = p -> namesPlace.test(p) && outsideCount.test(p) && !precededBy(s, p, lex.destination) && deporter.test(p);
        } else if (metric.category() == Category.MIGRATION && !displacement && npDemonym != null && returnsHome(t, mentionStart, mentionEnd)) {
            // "9,936 undocumented Afghans returned from Iran": returnees arrive home, the country of their demonym
            // (realnews/README.md, "Metric choices": returns are placed where they arrive)
            return npDemonym;
        } else if (metric.category() == Category.MIGRATION && !displacement) {
            // Where migrants arrive or cross into; a demonym of the migrants names where they come from,
            // while one of the authorities ("Hungarian police caught") names the place.
            // A journey's end ("cruzaron la selva del Darién rumbo a Estados Unidos", "on their way to Europe") is not
            // where they crossed or arrived.
            // A place after a verb of flight in its clause ("fled Myanmar's Rakhine state for Bangladesh", "having fled the
            // violence in Myanmar") is where people fled from.
            preferences = List.of(
                    p -> precededBy(s, p, lex.destination) && !enRoute(t, p) && !fledFrom(s, p),
                    p -> name.test(p) && !precededBy(s, p, lex.origin) && !enRoute(t, p) && !fledFrom(s, p));
            // With no other place, nor one before, the place fled ("5.000 desplazados huyeron de Nuevo León") is the one there is.
            // A country right after a verb of leaving ("han abandonado Venezuela") is where they emigrated from: no place of arrival.
            lastResort = p -> namesPlace.test(p) && outsideCount.test(p) && !precededBy(s, p, lex.origin) && !enRoute(t, p)
                    && lex.leaveCountry.endingAt(t, p.start()) == null;
            emigrants = leftTheirCountry(s);
        } else {
            // Where it happened (or where people were displaced); not where victims were heading, and not a demonym of the attackers
            // or of a language ("Israeli fire", "its Spanish initials") while the article names a place.
            // Refugees or migrants killed ("two Burundian refugees killed at a camp in Kenya", "refugiados sirios asesinados en
            // Líbano"): their demonym says where they come from, as it does for migrants, not where they were killed.
            Predicate<PlaceMention> victimsOrigin = p -> p.kind() == Place.Kind.DEMONYM && !outsideCount.test(p)
                    && countsMigrants(t, mentionStart, mentionEnd);
            // A demonym after a locative names a place only beside a place noun ("in Libyan waters"); "killed in Russian
            // attacks in Ukraine's Donetsk region" names the attackers.
            preferences = List.of(
                    p -> precededBy(s, p, lex.locative) && !whereKinLive(t, p) && (p.kind() != Place.Kind.DEMONYM || qualifiesPlace(t, p)),
                    p -> npDemonym != null && p.kind() == Place.Kind.DEMONYM && !outsideCount.test(p) && !victimsOrigin.test(p)
                            && !nationalsAbroad(t, p, context.previous(metric), context),
                    p -> name.test(p) && !precededBy(s, p, lex.origin) && !precededBy(s, p, lex.heading) && !whereKinLive(t, p)
                            && !namesActor(t, p));
            lastResort = p -> !precededBy(s, p, lex.origin) && !precededBy(s, p, lex.heading) && !whereKinLive(t, p) && !namesActor(t, p)
                    && !victimsOrigin.test(p);
        }
        // "reached Europe by sea": a destination or scene in no single country, in a sentence that
        // names no country (before a list of its parts after a colon: "The EU received 74,000
        // applications: Germany (21,500), ..."), leaves the place open.
        PlaceMention region = nearestAny(s, mentionStart, mentionEnd, preferences.get(0));
        if (region == null) {
            region = nearestAny(s, mentionStart, mentionEnd, p -> p.end() <= mentionStart && preferences.get(1).test(p)); // "The EU received"
        }
        int listStart = listAfter(t, mentionEnd);
        // The parts of the region in parentheses right after it ("arrived to Europe (Greece, Italy and Spain)") are its list;
        // a country coordinated with the region ("Centroamérica y República Dominicana") is one more member of the union; the
        // migrants' own demonym ("acogen a 2,4 millones de migrantes venezolanos") says where they come from.
        if (region != null && region.country() != null) {
            PlaceMention country = region;
            region = s.places().stream().filter(p -> p.country() == null && p.kind() != Place.Kind.DEMONYM && coordinated(t, country, p))
                    .findFirst().orElse(region); // "Centroamérica y México recibieron"
        }
        PlaceMention union = region;
        int partsStart = union != null && union.end() < t.size() && t.get(union.end()).is("(") ? Math.min(listStart, union.end()) : listStart;
        Predicate<PlaceMention> migrantsOrigin = p -> metric.category() == Category.MIGRATION && p.kind() == Place.Kind.DEMONYM
                && !qualifiesPlace(t, p) && !namesAuthority(t, p);
        if (region != null && region.country() == null && region.start() < partsStart
                && s.places().stream().allMatch(p -> p.country() == null || p.start() >= partsStart || migrantsOrigin.test(p)
                        || coordinated(t, union, p))) {
            return null;
        }
        // A town ("in Kumbo") places a figure only where no country, state or region of the sentence does.
        // An organization's seat ("the agency, headquartered in Geneva, Switzerland, said") is where nothing happened.
        // A neighbour ("near Burkina Faso's border with Niger", "17.459 por la frontera con México") is not where it happened.
        // A place past an item lead after the count ("Ecuador, con 800.000, seguido de Chile con 400.000 y Bolivia con 20.000")
        // labels a later item.
        Predicate<PlaceMention> scene = p -> !seatOf(t, p) && !bordering(t, p) && !(p.start() >= mentionEnd && laterItem(t, mentionEnd, p));
        for (Predicate<PlaceMention> tier : List.<Predicate<PlaceMention>>of(p -> p.kind() != Place.Kind.CITY, p -> p.kind() == Place.Kind.CITY)) {
            for (Predicate<PlaceMention> preference : preferences) {
                // A place past the end of the count's clause ("60,000 were displaced and 20,000 sought refuge in Nigeria",
                // "..., mientras que a Chad han llegado ...") is the next clause's, not this count's (the figure before's or
                // the article's place comes first; only the last resort below may still take it)
                PlaceMention best = nearest(s, mentionStart, mentionEnd, scene.and(tier).and(preference).and(p -> !pastClause(t, mentionEnd, p)));
                if (best != null) {
                    if (metric == Metric.DEPORTATIONS && mixedRemovers(s, best)) {
                        context.before().removersMixed();
                        return null;
                    }
                    if (best.start() >= listStart && partsInSeveral(s, listStart)) {
                        return null; // "1,000,573 people have arrived by boat — 844,176 of them landing in Greece and 152,700 in Italy"
                    }
                    if (metric != Metric.DEPORTATIONS && amongSeveral(s, best)) {
                        return null; // "Grenada, Dominica and Belize combined for 418 murders": several countries (mixedRemovers for deportations)
                    }
                    return best.country();
                }
            }
        }
        if (emigrants) {
            // "7,7 millones de personas han salido de Venezuela", "2,7 millones de venezolanos abandonaron su país": people
            // who left a country for no country the sentence names arrived in no single one (realnews/README.md, "Place":
            // migrants are placed where they arrive); neither the figure before nor the article's country is where they went
            return null;
        }
        if (authority != null) {
            return authority.country();
        }
        String previous = context.previous(metric);
        if (previous != null && (home == null || !home.equals(previous))) {
            return previous;
        }
        PlaceMention best = nearest(s, mentionStart, mentionEnd, p -> p.kind() != Place.Kind.CITY && scene.test(p) && lastResort.test(p));
        if (best == null) {
            best = nearest(s, mentionStart, mentionEnd, scene.and(lastResort));
        }
        if (best != null) {
            return metric != Metric.DEPORTATIONS && amongSeveral(s, best) ? null : best.country();
        }
        String around = context.best();
        if (around != null && (home == null || !home.equals(around))) {
            return around;
        }
        // A headline or lede that names no place is about the country the article names further on; a sentence
        // whose places were all set aside (where migrants come from, where kin live) is left open.
        // An article that names no place at all is about the outlet's country (a local paper's "78 persons were
        // killed last month").
        String article = context.articlePlace();
        if (article == null) {
            article = context.outletPlace();
        }
        // A count of violence whose places were set aside (a journey's ends: "abducted five passengers on a journey from Kebbi
        // State to Asaba, Delta State") but are all in the article's own country happened in that country; kin's homes
        // ("ransoms paid by relatives in Canada") say nothing of the scene.
        String own = metric.category() == Category.MIGRATION ? null : article;
        return s.places().stream().anyMatch(p -> p.country() != null && deporter.test(p)
                        && (p.kind() == Place.Kind.DEMONYM || !p.country().equals(own)
                                || whereKinLive(t, p)))
                || home != null && home.equals(article) ? null : article;
    }

    /**
     * The country a list item of arrivals names as where its people arrived, right after its count and before the next
     * item ("22,371 people to Italy and 658 to Spain", "1.200 llegaron a Grecia, 900 a Italia"), or null. Only a destination
     * word reads so: "Venezuela led with 45,600" or "ecuatorianos (29.400)" name where people came from.
     */
    public String itemDestination(SentenceAnalysis s, int mentionStart, int mentionEnd) {
        List<Token> t = s.tokens();
        for (PlaceMention p : s.places()) {
            if (p.country() == null || p.kind() == Place.Kind.DEMONYM || p.start() < mentionEnd || p.start() - mentionEnd > 4
                    || !precededBy(s, p, lex.destination) || enRoute(t, p)) {
                continue;
            }
            boolean sameItem = true;
            for (int k = mentionStart; k < p.start() && sameItem; k++) {
                sameItem = !itemBreak(t, k);
            }
            if (sameItem) {
                return p.country();
            }
        }
        return null;
    }

    /**
     * The country a list item names as its own, right before its count ("seguido de Perú con medio millón", "Ecuador, con
     * más de 220.000", "Ethiopia: 903,200"): a name with nothing between it and the count but a comma, a colon and the
     * lexicon's [item with] word ("con", "with"), not one people came from or were heading to. Null when there is none.
     * Each item of a list has its own place (realnews/README.md, "Lists"), whatever country the next item names.
     */
    public String ownItem(SentenceAnalysis s, int mentionStart) {
        List<Token> t = s.tokens();
        int before = lex.qualifiersStart(t, mentionStart) - 1;
        int k = before;
        for (int steps = 0; k >= 0 && steps < 3 && (t.get(k).is(",") || t.get(k).is(":") || lex.itemWith.contains(t.get(k))); steps++) {
            k--;
        }
        if (k < 0 || k == before) {
            return null;
        }
        for (PlaceMention p : s.places()) {
            if (p.end() == k + 1 && p.country() != null && p.kind() != Place.Kind.DEMONYM && !precededBy(s, p, lex.origin)
                    && !precededBy(s, p, lex.destination) && !precededBy(s, p, lex.heading) && !enRoute(t, p)) {
                return p.country();
            }
        }
        return null;
    }

    /**
     * The sentence names where the counted people come from, and it is not {@code country}: a demonym of people ("refugiados y
     * migrantes venezolanos") or, after the count, a place after a word of origin ("Ethiopia: 903,200, with nearly half
     * coming from South Sudan"); or the statistic's sentence before names them by a demonym ("Turquía alberga a 3,2 millones
     * de refugiados sirios. Le sigue Líbano, con 800.000"). A list item's own country is then where they are, as the
     * statistic's country is, not where they come from.
     */
    public boolean originElsewhere(SentenceAnalysis s, int mentionEnd, String country, SentenceAnalysis statistic) {
        return origin(s, country, mentionEnd) || statistic != null && origin(statistic, country, Integer.MAX_VALUE);
    }

    /**
     * A demonym of people other than {@code country}'s, or a place of another country after a word of origin standing after
     * {@code after} (in the item, not a list's earlier item: "8,000 came from Syria; Afghanistan, with 5,100").
     */
    private boolean origin(SentenceAnalysis s, String country, int after) {
        List<Token> t = s.tokens();
        for (PlaceMention p : s.places()) {
            if (p.country() == null || p.country().equals(country)) {
                continue;
            }
            if (p.kind() == Place.Kind.DEMONYM ? !qualifiesPlace(t, p) && !namesAuthority(t, p)
                    : p.start() >= after && precededBy(s, p, lex.origin)) {
                return true;
            }
        }
        return false;
    }

    /** {@link #removingItem}: the item names several countries ("otros países con 77"), so it has no place. */
    public static final String NO_COUNTRY = "";

    /**
     * The country a list item of deportations names as the removing one, in the item's own words between the list's
     * commas and conjunctions ("seguido de México con 1.397, de Guatemala 84, Belice 11", "39,347 from the United States
     * and 15,115 from Mexico"): each item is deported by its own country, not by the statistic's first one
     * (realnews/README.md, "Metric choices"). {@link #NO_COUNTRY} for an item of several countries ("otros países con 77",
     * "other countries 77"); null when the item names no country, or names where people were sent or who they are.
     */
    public String removingItem(SentenceAnalysis s, int mentionStart, int mentionEnd, String home) {
        List<Token> t = s.tokens();
        int from = mentionStart;
        while (from > 0 && !itemBreak(t, from - 1)) {
            from--;
        }
        int to = mentionStart + 1; // the item's words end at its break, even where the count's words run on ("70 and other")
        while (to < t.size() && !itemBreak(t, to)) {
            to++;
        }
        for (int k = from; k < to; k++) {
            if (lex.severalCountries.at(t, k) != null) {
                return NO_COUNTRY;
            }
        }
        String found = null;
        for (PlaceMention p : s.places()) {
            if (p.start() < from || p.end() > to || p.country() == null || p.kind() == Place.Kind.DEMONYM) {
                continue;
            }
            if (precededBy(s, p, lex.destination) || enRoute(t, p) || p.country().equals(home)) {
                return null;
            }
            if (found != null && !found.equals(p.country())) {
                return null;
            }
            found = p.country();
        }
        return found;
    }

    /** "deportados de diferentes países", "returned from several countries" after the count, before another number. */
    private boolean fromSeveral(List<Token> t, int mentionEnd) {
        for (int k = mentionEnd; k < Math.min(t.size(), mentionEnd + 10); k++) {
            if (t.get(k).isNumber() || t.get(k).is(";") || t.get(k).is(":")) {
                return false;
            }
            if (lex.severalCountries.at(t, k) != null) {
                return true;
            }
        }
        return false;
    }

    /** The sentence names no country, but for the demonyms of people ("hondureños"). */
    public static boolean namesNoCountry(SentenceAnalysis s) {
        return s.places().stream().noneMatch(p -> p.country() != null && p.kind() != Place.Kind.DEMONYM);
    }

    private boolean itemBreak(List<Token> t, int k) {
        Token w = t.get(k);
        return w.is(",") || w.is(";") || w.is(":") || w.is("(") || w.is(")") || w.is(".") || lex.conjunctions.at(t, k) != null;
    }

    /**
     * The place is one of two or more countries coordinated ("desde Estados Unidos y México", "deportados por Estados
     * Unidos y por México", "the US and Mexico deported"), none of them where people were sent: a count that mixes
     * several removing countries, which the guide places in none.
     */
    private boolean mixedRemovers(SentenceAnalysis s, PlaceMention p) {
        List<Token> t = s.tokens();
        for (PlaceMention q : s.places()) {
            if (q.country() == null || q.kind() == Place.Kind.DEMONYM || q.country().equals(p.country()) || precededBy(s, q, lex.destination)) {
                continue;
            }
            PlaceMention first = q.start() < p.start() ? q : p;
            PlaceMention second = first == q ? p : q;
            if (second.start() < first.end()) {
                continue;
            }
            boolean joined = second.start() > first.end();
            boolean conjunction = false;
            for (int j = first.end(); j < second.start() && joined; j++) {
                PhraseTable.Match<?> c = lex.conjunctions.at(t, j);
                if (c != null) {
                    conjunction = true;
                    j += c.length() - 1;
                } else if (!t.get(j).is(",") && !placePrefix.contains(t.get(j)) && !lex.origin.contains(t.get(j))
                        && !lex.locative.contains(t.get(j))) {
                    joined = false;
                }
            }
            if (joined && conjunction) {
                return true;
            }
        }
        return false;
    }

    /**
     * A verb of going back ("returned", "came back") in the count's words or right after them, past an auxiliary ("have
     * returned"), or a return named right before the count ("the return of approximately 4.1 million Afghans", "el retorno
     * de 2.300 venezolanos").
     */
    private boolean returnsHome(List<Token> t, int mentionStart, int mentionEnd) {
        int of = lex.qualifiersStart(t, mentionStart) - 1;
        if (of >= 1 && lex.partitive.contains(t.get(of)) && lex.returnHome.endingAt(t, of) != null) {
            return true;
        }
        for (int k = mentionStart; k < Math.min(t.size(), mentionEnd + 3); k++) {
            if (lex.returnHome.at(t, k) != null) {
                return true;
            }
            if (k >= mentionEnd && !lex.perfect.contains(t.get(k)) && !lex.passive.contains(t.get(k))) {
                return false;
            }
        }
        return false;
    }

    /** Two places with nothing between them but commas and one conjunction ("Centroamérica y República Dominicana"). */
    private boolean coordinated(List<Token> t, PlaceMention a, PlaceMention b) {
        return a.start() < b.start() ? joining(t, a, b) == 1 : joining(t, b, a) == 1;
    }

    /**
     * How a place is joined to the next one: -1 when not only by commas, place prefixes and one conjunction, 1 by a
     * conjunction, 0 by commas alone.
     */
    private int joining(List<Token> t, PlaceMention first, PlaceMention second) {
        if (second.start() <= first.end()) {
            return -1;
        }
        int conjunction = 0;
        for (int j = first.end(); j < second.start(); j++) {
            PhraseTable.Match<?> c = lex.conjunctions.at(t, j);
            if (c != null && conjunction == 0) {
                conjunction = 1;
                j += c.length() - 1;
            } else if (!t.get(j).is(",") && !placePrefix.contains(t.get(j))) {
                return -1;
            }
        }
        return conjunction;
    }

    /**
     * The place is one of a coordination of places of two or more countries ("Antigua and Barbuda, the Bahamas, Grenada and
     * Belize combined for 418 murders", "hallaron refugio en países vecinos, como Colombia o Perú"): nothing but commas, place
     * prefixes and conjunctions between them, one conjunction at least. A count over several countries has no place
     * (realnews/README.md, "Place"). Not a pair after the lexicon's [pair opener] ("the border between Mexico and the United
     * States"), which a border or a war joins.
     */
    private boolean amongSeveral(SentenceAnalysis s, PlaceMention p) {
        List<PlaceMention> places = s.places();
        int at = places.indexOf(p);
        if (at < 0 || p.kind() == Place.Kind.DEMONYM) {
            return false;
        }
        List<Token> t = s.tokens();
        int first = at;
        int last = at;
        boolean conjunction = false;
        while (first > 0) {
            int joined = joins(t, places.get(first - 1), places.get(first));
            if (joined < 0) {
                break;
            }
            conjunction |= joined > 0;
            first--;
        }
        while (last + 1 < places.size()) {
            int joined = joins(t, places.get(last), places.get(last + 1));
            if (joined < 0) {
                break;
            }
            conjunction |= joined > 0;
            last++;
        }
        if (!conjunction || places.subList(first, last + 1).stream().map(PlaceMention::country).distinct().count() < 2) {
            return false;
        }
        int k = places.get(first).start() - 1;
        while (k >= 0 && placePrefix.contains(t.get(k)) && !lex.pairOpener.contains(t.get(k))) {
            k--;
        }
        return k < 0 || !lex.pairOpener.contains(t.get(k));
    }

    /** How two places of a country in a row are joined ({@link #joining}); -1 when either is a demonym or in no country. */
    private int joins(List<Token> t, PlaceMention a, PlaceMention b) {
        if (a.kind() == Place.Kind.DEMONYM || b.kind() == Place.Kind.DEMONYM || a.country() == null || b.country() == null) {
            return -1;
        }
        return joining(t, a, b);
    }

    /**
     * The list after a count names two or more countries ("— 844,176 of them landing in Greece and 152,700 in Italy"): its
     * parts are in several, so the total is in none of them by itself.
     */
    private static boolean partsInSeveral(SentenceAnalysis s, int listStart) {
        return s.places().stream().filter(p -> p.start() >= listStart && p.country() != null && p.kind() != Place.Kind.DEMONYM)
                .map(PlaceMention::country).distinct().count() >= 2;
    }

    /** The colon or dash after a count that opens a list of its parts, or the sentence's end. */
    private static int listAfter(List<Token> t, int mentionEnd) {
        for (int k = mentionEnd; k < t.size(); k++) {
            if (t.get(k).is(":") || t.get(k).is("\u2014") || t.get(k).is("\u2013")) {
                return k;
            }
        }
        return t.size();
    }

    /**
     * The state, province or department of a figure placed in {@code country}: the one subdivision of
     * that country the sentence names (not as where people came from, nor in a dateline), unless the country's own name
     * stands nearer to the count ("Mexico has seen 60,000 killings, the governor of Chihuahua said"
     * is a national figure), or a town of it that the table gives no subdivision does (its capital, a city of a
     * country whose towns carry none: "Buenos Aires (133), Córdoba (22), Salta (16) y Tucumán (16)" places only the
     * last in Tucumán). Two different subdivisions leave it open.
     */
    public String subdivision(SentenceAnalysis s, String country, int mentionStart, int mentionEnd) {
        if (country == null) {
            return null;
        }
        List<Token> t = s.tokens();
        PlaceMention sub = nearest(s, mentionStart, mentionEnd, p -> country.equals(p.country()) && p.subdivision() != null
                && !precededBy(s, p, lex.origin) && !p.isDateline(t));
        if (sub == null || s.places().stream().anyMatch(p -> p.subdivision() != null && country.equals(p.country())
                && !p.subdivision().equals(sub.subdivision()) && !precededBy(s, p, lex.origin) && !p.isDateline(t))) {
            return null;
        }
        PlaceMention national = nearest(s, mentionStart, mentionEnd,
                p -> country.equals(p.country()) && p.subdivision() == null && (p.kind() == Place.Kind.NAME
                        || (p.kind() == Place.Kind.CAPITAL || p.kind() == Place.Kind.CITY) && !precededBy(s, p, lex.origin)
                        && !p.isDateline(t)));
        if (national != null && distance(national, mentionStart, mentionEnd) < distance(sub, mentionStart, mentionEnd)) {
            return null;
        }
        return sub.subdivision();
    }

    private static int distance(PlaceMention p, int start, int end) {
        return TokenGap.between(p.start(), p.end(), start, end);
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
            if (!placePrefix.contains(t.get(k))) {
                return false;
            }
        }
        return true;
    }

    private PlaceMention nearest(SentenceAnalysis s, int start, int end, Predicate<PlaceMention> accept) {
        return nearestAny(s, start, end, p -> p.country() != null && accept.test(p));
    }

    /** The accepted place nearest to [start, end), also one in no single country. */
    private static PlaceMention nearestAny(SentenceAnalysis s, int start, int end, Predicate<PlaceMention> accept) {
        PlaceMention best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (PlaceMention p : s.places()) {
            if (!accept.test(p)) {
                continue;
            }
            int d = distance(p, start, end);
            if (d < bestDistance) {
                best = p;
                bestDistance = d;
            }
        }
        return best;
    }

    /**
     * The counted people called by their demonym alone ("De estas víctimas, 1.597 eran peruanos, ... cinco colombianos",
     * "two Americans were among the dead") are of that nationality, not killed there, where the article was about another
     * country; a demonym beside a noun of people ("four Afghan civilians", "civiles afganos") stays the scene, and so do the
     * people of the country the article is about (its first paragraph that names a place), whatever place came just before.
     */
    private boolean nationalsAbroad(List<Token> t, PlaceMention demonym, String previous, ArticleContext context) {
        return previous != null && !previous.equals(demonym.country())
                && (demonym.end() >= t.size() || lex.nouns.at(t, demonym.end()) == null)
                && lex.nouns.endingAt(t, demonym.start()) == null
                && !demonym.country().equals(context.articlePlace()); // "448 Iraqis were killed" in an article about Iraq
    }

    /** "the Libyan coast", "la costa libia", "the Greek islands": a demonym beside a place noun. */
    private boolean qualifiesPlace(List<Token> t, PlaceMention p) {
        return p.end() < t.size() && placePrefix.contains(t.get(p.end())) && !lex.stopwords().contains(t.get(p.end()).lower())
                || p.start() > 0 && placePrefix.contains(t.get(p.start() - 1)) && !lex.stopwords().contains(t.get(p.start() - 1).lower());
    }

    /** "the UK-based monitor", "a Saudi-led coalition", "Iran-backed rebels": the place of an actor, not of the event. */
    private boolean namesActor(List<Token> t, PlaceMention p) {
        return p.end() + 1 < t.size() && t.get(p.end()).is("-") && lex.agentSuffixes.contains(t.get(p.end() + 1))
                || attacker(t, p);
    }

    /**
     * A country named as the subject of a verb of harm ("Israel has killed at least 300", "Israel's offensive has also
     * wounded 900", "Israel mató a 300"): the attacker, past a possessive and its noun, an auxiliary and an adverb.
     */
    private boolean attacker(List<Token> t, PlaceMention p) {
        if (p.kind() != Place.Kind.NAME) {
            return false;
        }
        int k = p.end();
        if (k + 1 < t.size() && (t.get(k).is("'s") || t.get(k).is("\u2019s") || t.get(k).is("'") || t.get(k).is("\u2019"))) {
            k++;
            if (k < t.size() && t.get(k).lower().equals("s")) {
                k++;
            }
            if (k < t.size() && t.get(k).isWord() && t.get(k).text().equals(t.get(k).lower())) {
                k++; // "Israel's offensive"
            } else {
                return false;
            }
        }
        for (int steps = 0; k < t.size() && steps < 2 && (lex.perfect.contains(t.get(k)) || t.get(k).lower().endsWith("ly")
                || t.get(k).lower().equals("also")); steps++) {
            k++;
        }
        return k < t.size() && lex.harmVerb.contains(t.get(k));
    }

    /**
     * "headquartered in Geneva, Switzerland", "con sede en Ginebra": the lexicon's [seat] before the locative, past
     * place prefixes and a city with its comma ("Geneva,").
     */
    private boolean seatOf(List<Token> t, PlaceMention p) {
        int k = p.start() - 1;
        int steps = 0;
        while (k >= 1 && steps++ < 6 && !lex.locative.contains(t.get(k))) {
            if (placePrefix.contains(t.get(k))) {
                k--;
            } else if (t.get(k).is(",") && t.get(k - 1).isCapitalized()) {
                k -= 2; // "in Geneva, Switzerland", "en San José, Costa Rica"
                while (k >= 1 && t.get(k).isCapitalized() && !lex.locative.contains(t.get(k))) {
                    k--;
                }
            } else {
                break;
            }
        }
        return k >= 1 && lex.locative.contains(t.get(k)) && lex.seat.contains(t.get(k - 1));
    }

    /** "relatives in the United States": kin, a locative, the place (where they live, not the scene). */
    private boolean whereKinLive(List<Token> t, PlaceMention p) {
        int k = p.start() - 1;
        while (k >= 0 && placePrefix.contains(t.get(k)) && !lex.locative.contains(t.get(k))) {
            k--;
        }
        return k >= 1 && lex.locative.contains(t.get(k)) && lex.kin.endingAt(t, k) != null;
    }

    private boolean precededBy(SentenceAnalysis s, PlaceMention p, WordSet words) {
        return precededBy(s, p, words, 0);
    }

    /**
     * The place stands after one of the words, past place prefixes; a place coordinated with one that does
     * ("con destino a Bolivia y Colombia", "to Guatemala, Honduras and El Salvador") shares its word.
     */
    private boolean precededBy(SentenceAnalysis s, PlaceMention p, WordSet words, int depth) {
        List<Token> t = s.tokens();
        if (depth < 4 && p.start() >= 2 && t.get(p.start() - 1).is("(")) {
            // "procedentes de Texas, Estados Unidos (EEUU)", "from the United States (US)": the short form in parentheses
            // restates the place before it and stands where it stands
            for (PlaceMention q : s.places()) {
                if (q.end() == p.start() - 1 && q.country() != null && q.country().equals(p.country())) {
                    return precededBy(s, q, words, depth + 1);
                }
            }
        }
        int k = p.start() - 1;
        int steps = 0;
        while (k >= 0 && steps < 6 && placePrefix.contains(t.get(k)) && !words.contains(t.get(k))) {
            k--;
            steps++;
        }
        if (k >= 0 && words.contains(t.get(k))) {
            return true;
        }
        if (depth < 4 && k >= 1 && (t.get(k).is(",") || lex.conjunctions.at(t, k) != null && lex.conjunctions.at(t, k).length() == 1)) {
            for (PlaceMention q : s.places()) {
                if (q.end() == k && q.start() < p.start()) {
                    return precededBy(s, q, words, depth + 1);
                }
            }
        }
        return false;
    }

    /**
     * A clause break (ClauseBreak), or a conjunction before another number ("and 20,000 sought refuge"), stands between the
     * count's end and place p after it.
     */
    private boolean pastClause(List<Token> t, int mentionEnd, PlaceMention p) {
        for (int k = mentionEnd; k < p.start(); k++) {
            if (ClauseBreak.at(lex, t, k) || lex.conjunctions.at(t, k) != null && k + 1 < p.start() && t.get(k + 1).isNumber()) {
                return true;
            }
        }
        return false;
    }

    /**
     * The sentence says people left a whole country: a country's name right after a verb of flight or leaving ("have left
     * Haiti", "han salido de Venezuela"), or such a verb before the lexicon's [own country] ("abandonaron su país", "left
     * their country"); and it names no place they went to ("fled Sudan for Chad").
     */
    private boolean leftTheirCountry(SentenceAnalysis s) {
        List<Token> t = s.tokens();
        boolean left = false;
        for (PlaceMention p : s.places()) {
            if (precededBy(s, p, lex.destination)) {
                return false;
            }
            left |= p.kind() == Place.Kind.NAME && p.country() != null && p.subdivision() == null
                    && (lex.leaveCountry.endingAt(t, p.start()) != null || fledFrom(s, p));
        }
        for (int k = 1; k < t.size() && !left; k++) {
            left = lex.flight.contains(t.get(k - 1)) && lex.ownCountry.at(t, k) != null;
        }
        return left;
    }

    /**
     * A verb of flight before the place in its clause ("fled Myanmar", "having fled the repression in Myanmar", "huyendo de
     * la violencia en Nicaragua"), with no word of heading between ("fled to Bangladesh", "fled Myanmar for Bangladesh").
     */
    private boolean fledFrom(SentenceAnalysis s, PlaceMention p) {
        List<Token> t = s.tokens();
        for (int k = p.start() - 1; k >= Math.max(0, p.start() - 9); k--) {
            Token w = t.get(k);
            if (lex.flight.contains(w)) {
                return true;
            }
            if (lex.heading.contains(w) || w.is(",") || w.is(";") || w.is(":") || w.is(".") || w.is("(") || otherCountryEndsAt(s, p, k)) {
                return false;
            }
        }
        return false;
    }

    /**
     * Another country's name ends at token k and is not coordinated with p ("Sudán y Eritrea"): the place fled is the first
     * one after the verb of flight, and a second one is where people went ("huyeron de Sudán para refugiarse en Chad",
     * "fled South Sudan and sought refuge in Uganda").
     */
    private boolean otherCountryEndsAt(SentenceAnalysis s, PlaceMention p, int k) {
        List<Token> t = s.tokens();
        for (PlaceMention q : s.places()) {
            if (q.end() == k + 1 && q.kind() != Place.Kind.DEMONYM && q.country() != null && !q.country().equals(p.country())) {
                for (int j = k + 1; j < p.start(); j++) {
                    PhraseTable.Match<?> conjunction = lex.conjunctions.at(t, j);
                    if (conjunction != null) {
                        j += conjunction.length() - 1;
                    } else if (!t.get(j).is(",") && !placePrefix.contains(t.get(j))) {
                        return true;
                    }
                }
                return false;
            }
        }
        return false;
    }

    /**
     * A noun of migrants or refugees among the count's words or right after them ("two Burundian refugees", "12 migrantes
     * hondureños"; a demonym may end the counted phrase before its noun).
     */
    private boolean countsMigrants(List<Token> t, int mentionStart, int mentionEnd) {
        for (int k = mentionStart; k < Math.min(mentionEnd + 1, t.size()); k++) {
            PhraseTable.Match<Lexicon.Noun> noun = lex.nouns.at(t, k);
            if (noun != null && (noun.value().kind() == Lexicon.Noun.Kind.MIGRANT || noun.value().counted() == Metric.MIGRANTS
                    || noun.value().counted() == Metric.ASYLUM_CLAIMS)) {
                return true;
            }
        }
        return false;
    }

    /**
     * The place follows [border with] past place prefixes ("the border with the Democratic Republic of Congo"), not after a
     * verb that crosses it.
     */
    private boolean bordering(List<Token> t, PlaceMention p) {
        for (int k = Math.max(0, p.start() - 5); k < p.start(); k++) {
            PhraseTable.Match<Boolean> m = lex.borderWith.at(t, k);
            if (m != null && onlyPrefixes(t, k + m.length(), p.start())) {
                int before = k - 1;
                while (before >= 0 && placePrefix.contains(t.get(before))) {
                    before--;
                }
                return before < 0 || !lex.borderCrossing.contains(t.get(before)); // "cruzan la frontera con EU": into it
            }
        }
        return false;
    }

    /** The lexicon's {@code [item lead]} between the count and the place ("followed by Chile", "seguido de Perú con 500.000 y Chile"). */
    private boolean laterItem(List<Token> t, int mentionEnd, PlaceMention p) {
        for (int k = mentionEnd; k < p.start(); k++) {
            if (lex.itemLeads.at(t, k) != null) {
                return true;
            }
        }
        return false;
    }

    /** The place ends a journey still under way ("rumbo a", "en route to", "bound for"), past place prefixes. */
    private boolean enRoute(List<Token> t, PlaceMention p) {
        for (int k = Math.max(0, p.start() - 6); k < p.start(); k++) {
            PhraseTable.Match<Boolean> m = lex.enRoute.at(t, k);
            if (m != null && onlyPrefixes(t, k + m.length(), p.start())) {
                return true;
            }
        }
        return false;
    }
}
