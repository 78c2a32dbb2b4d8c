package tally.ingest.extract.mention;

import java.util.List;
import tally.ingest.text.Token;
import tally.stats.Place;

/**
 * A capital, region or town followed by "de", "del", "de la", "de los" or "de las" and a capitalized
 * word only begins a longer name: "San Francisco de la Paz" (Honduras), "San Juan de los Lagos"
 * (Mexico), "San José de Cúcuta", "Santiago de Cuba". It names nothing itself; a place the longer
 * name ends with ("Cuba", "Querétaro") still does. A country's name is left alone ("el México de
 * los años ochenta", "la Colombia de Petro" is the country). An agency reporters name instead of its country
 * ("Instituto Nacional de Migración", Mexico's) followed by "de" and another place, past its acronym in
 * parentheses, is that place's agency of the same name: "Instituto Nacional de Migración (INM) de Honduras".
 */
public final class LongerName {

    private LongerName() {
    }

    /** The places without those that begin a longer name (most lists: the same list). */
    public static List<PlaceMention> dropped(List<Token> tokens, List<PlaceMention> places) {
        return PlaceMention.kept(places, i -> !beginsLongerName(tokens, places.get(i)));
    }

    private static boolean beginsLongerName(List<Token> t, PlaceMention p) {
        if (p.kind() == Place.Kind.NAME || p.kind() == Place.Kind.DEMONYM) {
            return false;
        }
        int k = p.end();
        if (k + 2 < t.size() && t.get(k).is("(") && t.get(k + 2).is(")")) {
            k += 3; // "Instituto Nacional de Migración (INM) de Honduras": an acronym between
        } else if (k < t.size() && t.get(k).is(")") && p.start() > 0 && t.get(p.start() - 1).is("(")) {
            k++; // the acronym itself, "(INM) de Honduras"
        }
        if (k >= t.size() || !(t.get(k).text().equals("de") || t.get(k).text().equals("del"))) {
            return false;
        }
        k++;
        if (k < t.size() && t.get(k - 1).text().equals("de")
                && (t.get(k).text().equals("la") || t.get(k).text().equals("las") || t.get(k).text().equals("los"))) {
            k++;
        }
        return k < t.size() && t.get(k).isCapitalized();
    }
}
