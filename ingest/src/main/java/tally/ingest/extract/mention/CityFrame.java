package tally.ingest.extract.mention;

import java.util.List;
import tally.ingest.lexicon.Lexicon;
import tally.ingest.text.PhraseTable;
import tally.ingest.text.Token;
import tally.ingest.text.WordSet;
import tally.stats.Place;

/**
 * A town of cities.tsv counts as a place only where the sentence frames it as one: after a word of
 * place ("in Kumbo", "near the town of Raisen", "en la ciudad de Comayagua", "desde Danlí", and past one
 * noun "en un bar de Chimaltenango"; the lexicon's [locative] and [origin], past its [place prefix]),
 * beside an authority ("la policía de Soacha", "Garissa police"; [authority]), as a dateline
 * ("KUMBO, Cameroon —", "Raisen (Madhya Pradesh):") or before a state or country of its own
 * ("Escuinapa, Sinaloa"). Thousands of town names are also surnames, brands and words ("Toyota
 * Hiace", "Obama said"): elsewhere the name is left unread. Places of every other kind pass as found.
 */
public final class CityFrame {

    /** How many place-prefix words may stand between the framing word and the town ("in the northern town of"). */
    private static final int PREFIX_REACH = 6;

    private final WordSet placePrefix;
    private final WordSet locative;
    private final WordSet origin;
    private final PhraseTable<Boolean> authorities;
    private final WordSet townNoun;

    public CityFrame(Lexicon lex) {
        this.authorities = lex.authorities;
        this.townNoun = lex.townNoun;
        this.placePrefix = lex.placePrefix;
        this.locative = lex.locative;
        this.origin = lex.origin;
    }

    /** The places without the towns the sentence does not frame as places (most lists: the same list). */
    public List<PlaceMention> framed(List<Token> tokens, List<PlaceMention> places) {
        return PlaceMention.kept(places, i -> places.get(i).kind() != Place.Kind.CITY || framed(tokens, places, i));
    }

    private boolean framed(List<Token> t, List<PlaceMention> places, int index) {
        PlaceMention city = places.get(index);
        if (namedAsTown(t, city)) {
            return true;
        }
        int k = city.start() - 1;
        int steps = 0;
        boolean nounSkipped = false;
        while (k >= 0 && steps < PREFIX_REACH && !locative.contains(t.get(k)) && !origin.contains(t.get(k))) {
            Token w = t.get(k);
            if (placePrefix.contains(w)) {
                k--;
            } else if (!nounSkipped && k + 1 < city.start() && k > 0 && w.isWord() && w.text().equals(w.lower())
                    && placePrefix.contains(t.get(k - 1)) && authorities.endingAt(t, k + 1) == null) {
                nounSkipped = true; // "en un bar de Chimaltenango": one noun between a determiner and "de"
                k--;
            } else {
                break;
            }
            steps++;
        }
        if (k >= 0 && (locative.contains(t.get(k)) || origin.contains(t.get(k)))) {
            return true;
        }
        if (k >= 0 && k + 1 < city.start() && authorities.endingAt(t, k + 1) != null) {
            return true; // "la policía de Soacha", "officials of Garissa"
        }
        int after = city.end();
        if (after >= t.size()) {
            return false;
        }
        if (authorities.at(t, after) != null) {
            return true; // "Garissa police said"
        }
        Token next = t.get(after);
        if (city.start() == 0 && (next.is(",") || next.is("(") || next.is(":") || next.is("\u2014") || next.is("\u2013") || next.is("-"))) {
            return true; // a dateline
        }
        if ((next.is(",") || next.is("(")) && index + 1 < places.size()) {
            PlaceMention own = places.get(index + 1);
            return own.start() == after + 1 && own.kind() != Place.Kind.CITY && city.country().equals(own.country());
        }
        return false;
    }

    /**
     * A noun of place right before the town, or before "of"/"de" and the town ("el departamento Rosario", "the town of
     * Kumbo", "el municipio de Tibú"): the sentence names it as a place wherever the clause stands.
     */
    private boolean namedAsTown(List<Token> t, PlaceMention city) {
        int k = city.start() - 1;
        if (k >= 1 && (t.get(k).lower().equals("of") || t.get(k).lower().equals("de") || t.get(k).lower().equals("del"))) {
            k--;
        }
        return k >= 0 && k < city.start() && townNoun.contains(t.get(k)) && t.get(k).text().equals(t.get(k).lower());
    }
}
