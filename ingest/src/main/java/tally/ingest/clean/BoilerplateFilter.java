package tally.ingest.clean;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Function;

/**
 * Keeps the article and drops the page around it, after jusText (Pomikálek, 2011): blocks are
 * classed by length, link density and stop-word density, short blocks take the class of their
 * neighbours, and the article is the largest region of good blocks. Two signals are added: list
 * items never count as prose on their own (menus, related stories), and a block dated after the
 * article's publication cannot belong to it (teasers from a later crawl).
 */
public final class BoilerplateFilter {

    enum Kind { GOOD, NEAR_GOOD, SHORT, BAD }

    static final int LENGTH_LOW = 70;
    static final int LENGTH_HIGH = 200;
    static final double STOPWORDS_LOW = 0.30;
    static final double STOPWORDS_HIGH = 0.32;
    static final double MAX_LINK_DENSITY = 0.2;
    /** Non-good blocks that may stand inside one region (an ad slot, a "continue reading" line). */
    static final int MAX_GAP = 2;
    /** A second region is kept when it is at least this share of the largest (an article split by an ad). */
    static final double SECOND_REGION_SHARE = 0.5;

    private final Set<String> stopwords;
    private final Function<String, LocalDate> latestDate;

    /**
     * @param stopwords  the language's function words
     * @param latestDate the latest calendar date written in a text, or null
     */
    public BoilerplateFilter(Set<String> stopwords, Function<String, LocalDate> latestDate) {
        this.stopwords = stopwords;
        this.latestDate = latestDate;
    }

    /** The blocks that make up the article, in order. */
    public List<Block> keep(List<Block> blocks, LocalDate published) {
        int n = blocks.size();
        Kind[] kinds = new Kind[n];
        boolean[] hardBad = new boolean[n];
        for (int i = 0; i < n; i++) {
            Block b = blocks.get(i);
            hardBad[i] = b.chrome() || b.linkDensity() > MAX_LINK_DENSITY || isFromTheFuture(b, published);
            kinds[i] = hardBad[i] ? Kind.BAD : classify(b);
        }
        boolean anyGood = false;
        for (Kind k : kinds) {
            anyGood |= k == Kind.GOOD;
        }
        if (!anyGood) {
            // A short text with no prose-like block (a JSONL snippet, a brief): keep all but chrome.
            List<Block> kept = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                if (!hardBad[i]) {
                    kept.add(blocks.get(i));
                }
            }
            return kept;
        }
        Kind[] resolved = resolveByContext(kinds);
        return largestRegions(blocks, resolved);
    }

    Kind classify(Block b) {
        String text = b.text();
        int words = 0;
        int stops = 0;
        for (String w : text.toLowerCase(Locale.ROOT).split("[^\\p{L}']+")) {
            if (!w.isEmpty()) {
                words++;
                if (stopwords.contains(w)) {
                    stops++;
                }
            }
        }
        double density = words == 0 ? 0 : stops / (double) words;
        Kind kind;
        if (text.length() < LENGTH_LOW) {
            kind = Kind.SHORT;
        } else if (density >= STOPWORDS_HIGH) {
            kind = text.length() > LENGTH_HIGH ? Kind.GOOD : Kind.NEAR_GOOD;
        } else if (density >= STOPWORDS_LOW) {
            kind = Kind.NEAR_GOOD;
        } else {
            kind = Kind.BAD;
        }
        if (b.listItem() && kind != Kind.BAD) {
            kind = Kind.SHORT; // a list item is prose only where prose surrounds it
        }
        return kind;
    }

    private boolean isFromTheFuture(Block b, LocalDate published) {
        if (published == null) {
            return false;
        }
        LocalDate latest = latestDate.apply(b.text());
        return latest != null && latest.isAfter(published);
    }

    /** jusText's context step: short and near-good blocks take the class of their neighbours. */
    static Kind[] resolveByContext(Kind[] kinds) {
        int n = kinds.length;
        Kind[] out = kinds.clone();
        for (int i = 0; i < n; i++) {
            if (kinds[i] == Kind.GOOD || kinds[i] == Kind.BAD) {
                continue;
            }
            Kind prev = neighbour(kinds, i, -1);
            Kind next = neighbour(kinds, i, +1);
            if (kinds[i] == Kind.NEAR_GOOD) {
                out[i] = prev == Kind.GOOD || next == Kind.GOOD ? Kind.GOOD : Kind.BAD;
            } else {
                out[i] = prev == Kind.GOOD && next == Kind.GOOD ? Kind.GOOD : Kind.BAD;
            }
        }
        return out;
    }

    /** The nearest non-short class on one side; the page edge counts as bad. */
    private static Kind neighbour(Kind[] kinds, int i, int step) {
        for (int j = i + step; j >= 0 && j < kinds.length; j += step) {
            if (kinds[j] != Kind.SHORT) {
                return kinds[j] == Kind.NEAR_GOOD ? Kind.BAD : kinds[j];
            }
        }
        return Kind.BAD;
    }

    private static List<Block> largestRegions(List<Block> blocks, Kind[] kinds) {
        List<int[]> regions = new ArrayList<>(); // [first, last, chars]
        int first = -1;
        int last = -1;
        int chars = 0;
        for (int i = 0; i < kinds.length; i++) {
            if (kinds[i] != Kind.GOOD) {
                continue;
            }
            if (first >= 0 && i - last - 1 > MAX_GAP) {
                regions.add(new int[] {first, last, chars});
                first = -1;
                chars = 0;
            }
            if (first < 0) {
                first = i;
            }
            last = i;
            chars += blocks.get(i).text().length();
        }
        if (first >= 0) {
            regions.add(new int[] {first, last, chars});
        }
        int best = regions.stream().mapToInt(r -> r[2]).max().orElse(0);
        List<Block> kept = new ArrayList<>();
        for (int[] r : regions) {
            if (r[2] >= best * SECOND_REGION_SHARE) {
                for (int i = r[0]; i <= r[1]; i++) {
                    if (kinds[i] == Kind.GOOD) {
                        kept.add(blocks.get(i));
                    }
                }
            }
        }
        return kept;
    }
}
