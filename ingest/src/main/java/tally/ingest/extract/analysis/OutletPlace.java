package tally.ingest.extract.analysis;

import java.net.URI;
import java.text.Normalizer;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import tally.stats.Place;
import tally.stats.Places;

/**
 * The country an outlet reports from, told by its address: the country-code domain ("larepublica.pe",
 * "elheraldo.co", "thetimes.co.uk"), a country's name as a word of the host or of the first folder
 * ("jamaica-gleaner.com", "infobae.com/peru/..."), or as a whole later folder before the story's slug
 * ("stabroeknews.com/2011/news/guyana/10/06/..."), or a name or demonym glued to another word in the host
 * ("inewsguyana.com", "dominicantoday.com"). A local paper's story that names no place at all ("Police
 * statistics show that 78 persons were killed last month", in a Kingston paper) is about its own country, as its
 * readers take it; {@link tally.ingest.extract.resolve.PlaceResolver} asks only when the article names no place.
 * Domains that are sold as generic names (".tv", ".io", ".me", ".fm") say nothing, nor do "world" or "america"
 * sections.
 */
public final class OutletPlace {

    /** Country codes commonly registered for their letters, not by the country's outlets. */
    private static final Set<String> GENERIC = Set.of("ac", "ag", "ai", "am", "cc", "fm", "gg", "gl", "im", "io", "la", "me", "nu",
            "sh", "st", "tk", "to", "tv", "vc", "ws", "eu", "su");
    /** A country's name as a word of an address, from four letters ("us" and "eu" are too short to tell). */
    private static final Map<String, String> NAMES = names();

    private OutletPlace() {
    }

    /** The outlet's country, or null when its address names none (most ".com" and ".org" outlets). */
    public static String of(String url) {
        if (url == null || url.isBlank()) {
            return null;
        }
        URI uri;
        try {
            uri = URI.create(url.trim().replace(" ", "%20"));
        } catch (IllegalArgumentException e) {
            return null;
        }
        String host = uri.getHost();
        if (host == null) {
            return null;
        }
        host = host.toLowerCase(Locale.ROOT);
        String[] labels = host.split("\\.");
        String tld = labels[labels.length - 1];
        if (tld.length() == 2 && !GENERIC.contains(tld)) {
            return tld.equals("uk") ? "GB" : tld.toUpperCase(Locale.ROOT);
        }
        for (int i = 0; i < labels.length - 1; i++) {
            String named = named(labels[i]);
            if (named != null) {
                return named;
            }
        }
        for (int i = 0; i < labels.length - 1; i++) {
            String glued = glued(labels[i]);
            if (glued != null) {
                return glued;
            }
        }
        String path = uri.getRawPath();
        if (path != null) {
            String[] folders = path.split("/");
            // the first folder is a section ("/peru/"); the last one is the story's own slug
            if (folders.length > 2) {
                String first = named(folders[1].toLowerCase(Locale.ROOT));
                if (first != null) {
                    return first;
                }
            }
            // a folder between them that is a country's name and nothing else is a section too ("/2011/news/guyana/10/06/",
            // "/report/afghanistan/"); a word of a longer folder is not ("/2019/world-cup/")
            for (int i = 2; i < folders.length - 1; i++) {
                String country = NAMES.get(folders[i].toLowerCase(Locale.ROOT).replace('-', ' '));
                if (country != null) {
                    return country;
                }
            }
        }
        return null;
    }

    private static String named(String label) {
        for (String word : label.split("-")) {
            String country = NAMES.get(word);
            if (country != null) {
                return country;
            }
        }
        return null;
    }

    /**
     * A country's name or demonym glued to another word at the start or end of a host's label ("inewsguyana",
     * "sudantribune", "dominicantoday"), from five letters; the longest wins, so a demonym is not read as the shorter
     * name it begins with ("dominican" is the Dominican Republic, not Dominica; "nigerian" is Nigeria, not Niger).
     */
    private static String glued(String label) {
        String best = null;
        int length = 0;
        for (int n = label.length() - 1; n >= GLUED_MIN_LENGTH; n--) {
            for (String part : new String[] {label.substring(0, n), label.substring(label.length() - n)}) {
                String country = GLUED.get(part);
                if (country != null && n > length) {
                    best = country;
                    length = n;
                }
            }
            if (best != null) {
                return best;
            }
        }
        return null;
    }

    /** The shortest name or demonym read glued to another word ("ghanaweb", "haitilibre"). */
    private static final int GLUED_MIN_LENGTH = 5;
    /** Names and demonyms of one country each, folded, without spaces, for {@link #glued}. */
    private static final Map<String, String> GLUED = glued();

    private static Map<String, String> glued() {
        Map<String, String> terms = unambiguous(p -> (p.kind() == Place.Kind.NAME || p.kind() == Place.Kind.DEMONYM)
                && p.term().length() >= GLUED_MIN_LENGTH && p.lang().equals("en") && Character.isUpperCase(p.term().charAt(0)));
        terms.remove("america");
        terms.remove("american");
        terms.remove("americans");
        return Map.copyOf(terms);
    }

    private static Map<String, String> names() {
        Map<String, String> names = unambiguous(p -> p.kind() == Place.Kind.NAME && p.term().length() >= 4);
        names.remove("america");
        return Map.copyOf(names);
    }

    /** The one-word terms of the places kept, folded, each to its country; a term of two countries is none's. */
    private static Map<String, String> unambiguous(Predicate<Place> keep) {
        Map<String, String> terms = new HashMap<>();
        Set<String> ambiguous = new HashSet<>();
        for (Place p : Places.all()) {
            if (p.country() == null || p.term().contains(" ") || !keep.test(p)) {
                continue;
            }
            String word = fold(p.term());
            String before = terms.putIfAbsent(word, p.country());
            if (before != null && !before.equals(p.country())) {
                ambiguous.add(word);
            }
        }
        ambiguous.forEach(terms::remove);
        return terms;
    }

    private static String fold(String term) {
        return Normalizer.normalize(term, Normalizer.Form.NFD).replaceAll("\\p{M}", "").toLowerCase(Locale.ROOT);
    }
}
