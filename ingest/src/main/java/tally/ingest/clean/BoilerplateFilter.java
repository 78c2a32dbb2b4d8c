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
    /**
     * News ledes are dense with names ("Armed bandits attacked Magami in Maradun, Zamfara State,
     * leaving 17 dead."): written as whole sentences of some length, they are near-good from this
     * stop-word density, which menus, tickers and bylines do not reach as sentences.
     */
    static final double STOPWORDS_NEWS = 0.15;
    /**
     * The fewest words of such a sentence: a lede's or a short paragraph's sentence of names ("Malaysia, Indonesia and
     * Thailand have vowed to ...") has eight or more; the block is 70 characters at least and ends with its full stop.
     */
    static final int SENTENCE_WORDS = 8;
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
            hardBad[i] = !mayBeArticle(b, published);
            kinds[i] = hardBad[i] ? Kind.BAD : classify(b);
        }
        boolean anyGood = false;
        boolean anyNearGood = false;
        for (Kind k : kinds) {
            anyGood |= k == Kind.GOOD;
            anyNearGood |= k == Kind.NEAR_GOOD;
        }
        if (!anyGood && anyNearGood) {
            // A brief of short paragraphs: its best prose stands in for long paragraphs.
            for (int i = 0; i < n; i++) {
                kinds[i] = kinds[i] == Kind.NEAR_GOOD ? Kind.GOOD : kinds[i];
            }
        } else if (!anyGood) {
            // A snippet with no prose-like block (a JSONL line, a headline): keep all but chrome.
            List<Block> kept = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                if (!hardBad[i]) {
                    kept.add(blocks.get(i));
                }
            }
            return kept;
        }
        Kind[] resolved = resolveByContext(kinds);
        for (int i = 0; i < n; i++) {
            if ((opensWithNumber(blocks.get(i)) || isShortSentence(blocks.get(i))) && kinds[i] == Kind.SHORT
                    && isProse(neighbour(kinds, i, -1, false)) && isProse(neighbour(kinds, i, +1, false))) {
                // "2 mil 672 mujeres" between paragraphs: an item of a list of figures; "One voter was shot dead." a
                // paragraph of one short sentence
                resolved[i] = Kind.GOOD;
            }
        }
        return largestRegions(blocks, kinds, resolved);
    }

    /** Whether a block can be article text at all: not chrome, not a list of links, not dated after the article. */
    boolean mayBeArticle(Block b, LocalDate published) {
        return !b.chrome() && b.linkDensity() <= MAX_LINK_DENSITY && !isFromTheFuture(b, published);
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
        } else if (density >= STOPWORDS_LOW || density >= STOPWORDS_NEWS && isSentences(text, words)) {
            kind = Kind.NEAR_GOOD;
        } else {
            kind = Kind.BAD;
        }
        if (b.listItem() && kind != Kind.BAD) {
            kind = Kind.SHORT; // a list item is prose only where prose surrounds it
        }
        return kind;
    }

    /** Whether the block reads as whole sentences: long enough, and ending as a sentence ends. */
    private static boolean isSentences(String text, int words) {
        if (words < SENTENCE_WORDS) {
            return false;
        }
        String t = text.strip();
        char last = t.charAt(t.length() - 1);
        return last == '.' || last == '!' || last == '?' || last == '"' || last == '\u201d';
    }

    private boolean isFromTheFuture(Block b, LocalDate published) {
        if (published == null) {
            return false;
        }
        LocalDate latest = latestDate.apply(b.text());
        return latest != null && latest.isAfter(published);
    }

    /**
     * jusText's context step. A short block is good between good neighbours; a
     * near-good block is good unless the nearest good-or-bad blocks on both sides are bad. The
     * page edges count as bad.
     */
    static Kind[] resolveByContext(Kind[] kinds) {
        int n = kinds.length;
        Kind[] out = kinds.clone();
        for (int i = 0; i < n; i++) {
            if (kinds[i] == Kind.SHORT) {
                Kind prev = neighbour(kinds, i, -1, false);
                Kind next = neighbour(kinds, i, +1, false);
                out[i] = prev == Kind.GOOD && next == Kind.GOOD ? Kind.GOOD : Kind.BAD;
            } else if (kinds[i] == Kind.NEAR_GOOD) {
                Kind prev = neighbour(kinds, i, -1, true);
                Kind next = neighbour(kinds, i, +1, true);
                out[i] = prev == Kind.BAD && next == Kind.BAD ? Kind.BAD : Kind.GOOD;
            }
        }
        return out;
    }

    /** The class of the nearest block on one side that is not short (nor near-good, if asked). */
    private static Kind neighbour(Kind[] kinds, int i, int step, boolean skipNearGood) {
        for (int j = i + step; j >= 0 && j < kinds.length; j += step) {
            if (kinds[j] == Kind.GOOD || kinds[j] == Kind.BAD || kinds[j] == Kind.NEAR_GOOD && !skipNearGood) {
                return kinds[j];
            }
        }
        return Kind.BAD;
    }

    /**
     * A short block the context step kept between prose that opens with a number ("2 mil 672 mujeres", "779
     * women"): an item of a list of figures inside the article, which does not split it as a menu would.
     */
    private static boolean isListedFigure(Block b, Kind resolved) {
        return resolved == Kind.GOOD && opensWithNumber(b);
    }

    /** The fewest words of a short block that is a sentence of the text. */
    static final int SHORT_SENTENCE_WORDS = 5;

    /**
     * A short block that is one sentence: it opens in upper case, ends with its full stop (or a quote's close), and has a
     * few words. Between paragraphs it is the article's; menus and labels end without a full stop.
     */
    private static boolean isShortSentence(Block b) {
        String t = b.text().strip();
        if (b.listItem() || t.isEmpty() || !Character.isUpperCase(t.codePointAt(0)) && t.charAt(0) != '"' && t.charAt(0) != '\u201c') {
            return false;
        }
        return RepeatedHeadline.endsAsSentence(t) && t.split("\\s+").length >= SHORT_SENTENCE_WORDS;
    }

    private static boolean opensWithNumber(Block b) {
        String t = b.text();
        return !t.isEmpty() && Character.isDigit(t.charAt(0));
    }

    private static boolean isProse(Kind k) {
        return k == Kind.GOOD || k == Kind.NEAR_GOOD;
    }

    /**
     * Regions are split where more than {@link #MAX_GAP} blocks in a row were short or bad before
     * the context step (a byline, "Read more", a menu between the article and a photo caption);
     * the largest region by kept text wins, with any other at least half its size.
     */
    private static List<Block> largestRegions(List<Block> blocks, Kind[] original, Kind[] resolved) {
        List<int[]> regions = new ArrayList<>(); // [first, last, chars]
        int first = -1;
        int last = -1;
        int chars = 0;
        int gap = 0;
        for (int i = 0; i < original.length; i++) {
            boolean prose = original[i] == Kind.GOOD || original[i] == Kind.NEAR_GOOD;
            if (!prose) {
                gap += isListedFigure(blocks.get(i), resolved[i]) ? 0 : 1;
                continue;
            }
            if (first >= 0 && gap > MAX_GAP) {
                regions.add(new int[] {first, last, chars});
                first = -1;
                chars = 0;
            }
            if (first < 0) {
                first = i;
            }
            last = i;
            gap = 0;
        }
        if (first >= 0) {
            regions.add(new int[] {first, last, 0});
        }
        for (int[] r : regions) {
            r[2] = 0;
            for (int i = r[0]; i <= r[1]; i++) {
                r[2] += resolved[i] == Kind.GOOD ? blocks.get(i).text().length() : 0;
            }
        }
        int best = regions.stream().mapToInt(r -> r[2]).max().orElse(0);
        List<Block> kept = new ArrayList<>();
        for (int[] r : regions) {
            if (r[2] > 0 && r[2] >= best * SECOND_REGION_SHARE) {
                for (int i = r[0]; i <= r[1]; i++) {
                    if (resolved[i] == Kind.GOOD) {
                        kept.add(blocks.get(i));
                    }
                }
            }
        }
        return kept;
    }
}
