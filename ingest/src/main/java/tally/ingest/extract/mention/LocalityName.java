package tally.ingest.extract.mention;

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
        return PlaceMention.kept(places, i -> !namesLocality(tokens, places.get(i)));
    }

    private boolean namesLocality(List<Token> tokens, PlaceMention p) {
        return (p.kind() == Place.Kind.NAME || p.kind() == Place.Kind.CAPITAL) && afterLocalityNoun(tokens, p.start());
    }

    private boolean afterLocalityNoun(List<Token> t, int start) {
        int k = start - 1;
        if (k >= 0 && (t.get(k).is("de") || t.get(k).is("del"))) {
            k--;
        }
        return k >= 0 && localityNouns.contains(t.get(k));
    }
}
