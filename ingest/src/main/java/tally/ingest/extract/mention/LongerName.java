package tally.ingest.extract.mention;

import java.util.List;
import tally.ingest.text.Token;
import tally.stats.Place;

/**
 * A capital, region or town followed by "de", "del", "de la", "de los" or "de las" and a capitalized
 * word only begins a longer name: "San Francisco de la Paz" (Honduras), "San Juan de los Lagos"
 * (Mexico), "San José de Cúcuta", "Santiago de Cuba". It names nothing itself; a place the longer
 * name ends with ("Cuba", "Querétaro") still does. A country's name is left alone ("el México de
 * los años ochenta", "la Colombia de Petro" is the country).
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
