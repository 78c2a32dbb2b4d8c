package tally.ingest.extract.mention;

import java.util.ArrayList;
import java.util.List;
import tally.ingest.lexicon.Lexicon;
import tally.ingest.text.Token;
import tally.ingest.text.WordSet;
import tally.stats.Place;

/**
 * A country's name after a noun of a town's part ("la sindicatura de Costa Rica", "la colonia Guatemala",
 * "calle Honduras"; the lexicon's [locality noun], past "de" or "del") names a neighbourhood or a street
 * of the town, not the country, and places nothing. Mexican and Central American papers name many
 * districts and streets after countries.
 */
public final class LocalityName {

    private final WordSet localityNouns;

    public LocalityName(Lexicon lex) {
        this.localityNouns = lex.localityNouns;
    }

    /** The places without the countries' names that name a locality (most lists: the same list). */
    public List<PlaceMention> unmasked(List<Token> tokens, List<PlaceMention> places) {
        if (localityNouns.words().isEmpty()) {
            return places;
        }
        List<PlaceMention> kept = null;
        for (int i = 0; i < places.size(); i++) {
            PlaceMention p = places.get(i);
            boolean keep = !(p.kind() == Place.Kind.NAME || p.kind() == Place.Kind.CAPITAL) || !afterLocalityNoun(tokens, p.start());
            if (!keep && kept == null) {
                kept = new ArrayList<>(places.subList(0, i));
            } else if (keep && kept != null) {
                kept.add(p);
            }
        }
        return kept == null ? places : List.copyOf(kept);
    }

    private boolean afterLocalityNoun(List<Token> t, int start) {
        int k = start - 1;
        if (k >= 0 && (t.get(k).is("de") || t.get(k).is("del"))) {
            k--;
        }
        return k >= 0 && localityNouns.contains(t.get(k));
    }
}
