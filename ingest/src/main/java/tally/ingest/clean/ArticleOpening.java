package tally.ingest.clean;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;

/**
 * Gives a text copy of a page back its headline and short lede. jusText keeps the article's run of
 * long paragraphs; the headline ("Bandits kill 11 in Zamfara village") and a one-line lede before it
 * are short, so they fall with the menus around them, and with them the story's main figures
 * (issue 16, point 9). A short block just before the article is its opening when most of its words
 * are the article's own words: menus, bylines, dates and teasers of other stories share few (a headline of a count with
 * only two content words, when both are).
 * A headline the page repeats is given back once, as a clean feed gives it. List items are given back only as the
 * bulleted summary right above the article whose numbers are all the article's.
 */
final class ArticleOpening {

    /** How far before the article's first kept block an opening may stand (menus, bylines, dates between). */
    static final int LOOK_BACK = 12;
    /** Share of a block's content words that must be the article's. */
    static final double SHARED = 0.5;
    /**
     * Fewer content words than this say too little to tell ("Breaking News"), unless the block holds a number and is one
     * fewer, all of them the article's: a short headline of a count ("30 Murders in 80 Days"; not "3 Comments").
     */
    static final int MIN_WORDS = 3;
    /** Longer blocks are prose the filter has already judged. */
    static final int MAX_LENGTH = 600;

    private final Set<String> stopwords;

    ArticleOpening(Set<String> stopwords) {
        this.stopwords = stopwords;
    }

    /**
     * The kept blocks with the opening blocks that belong before them, in page order.
     *
     * @param eligible whether a block may be article text at all (not chrome, a caption or a later teaser)
     */
    List<Block> restore(List<Block> blocks, List<Block> kept, Predicate<Block> eligible) {
        if (kept.isEmpty()) {
            return kept;
        }
        Map<Block, Boolean> isKept = new IdentityHashMap<>();
        kept.forEach(b -> isKept.put(b, true));
        int first = 0;
        while (first < blocks.size() && !isKept.containsKey(blocks.get(first))) {
            first++;
        }
        Set<String> article = new HashSet<>();
        Set<String> articleNumbers = new HashSet<>();
        kept.forEach(b -> {
            article.addAll(contentWords(b.text()));
            articleNumbers.addAll(numbers(b.text()));
        });
        // A bulleted summary just above the lede ("- Between January and June, 16,760 migrants arrived"): its numbers are
        // the article's; a list of other stories' links there brings numbers of its own.
        int summary = first;
        boolean summaryNumbers = false;
        while (summary > 0 && blocks.get(summary - 1).listItem()) {
            Set<String> itemNumbers = numbers(blocks.get(summary - 1).text());
            if (!articleNumbers.containsAll(itemNumbers)) {
                break;
            }
            summaryNumbers |= !itemNumbers.isEmpty();
            summary--;
        }
        summary = summaryNumbers ? summary : first; // a list with no number of the article's is no summary of it
        List<Taken> taken = new ArrayList<>();
        List<Block> opening = new ArrayList<>();
        // Nearest first: of a headline the page shows twice, the copy next to the article is kept.
        for (int i = first - 1; i >= Math.max(0, first - LOOK_BACK); i--) {
            Block b = blocks.get(i);
            if (b.listItem() && i < summary || b.text().length() > MAX_LENGTH || !eligible.test(b)) {
                continue;
            }
            Set<String> words = contentWords(b.text());
            Set<String> numbers = numbers(b.text());
            if (i == first - 1 && !b.listItem() && isLede(b.text())) {
                // The sentence right above the article is its lede, whatever words it shares ("1, 421 people were
                // murdered in the country" above "This is 46 more than ..."): menus, bylines and teasers end with no full stop.
                taken.add(new Taken(words, numbers));
                opening.add(0, b);
                article.addAll(words);
                continue;
            }
            boolean countHeadline = !numbers.isEmpty() && words.size() == MIN_WORDS - 1; // all its words must be the article's
            if (words.size() < MIN_WORDS && !countHeadline || shared(words, article) < (countHeadline ? 1.0 : SHARED)
                    || taken.stream().anyMatch(t -> t.numbers().equals(numbers) && (t.words().containsAll(words) || words.containsAll(t.words())))) {
                continue;
            }
            taken.add(new Taken(words, numbers));
            opening.add(0, b);
        }
        List<Block> between = summaryAfterHeadline(blocks, first, isKept, article, articleNumbers, eligible);
        if (opening.isEmpty() && between.isEmpty()) {
            return kept;
        }
        List<Block> out = new ArrayList<>(opening);
        out.add(kept.get(0));
        out.addAll(between);
        out.addAll(kept.subList(1, kept.size()));
        return out;
    }

    /**
     * The bulleted summary between the first kept block (a headline the filter kept) and the next one (the lede), when
     * nothing else stands there, the items hold numbers, and each item's numbers are the article's and most of its words too.
     */
    private List<Block> summaryAfterHeadline(List<Block> blocks, int first, Map<Block, Boolean> isKept, Set<String> article,
            Set<String> articleNumbers, Predicate<Block> eligible) {
        List<Block> items = new ArrayList<>();
        for (int i = first + 1; i < blocks.size() && !isKept.containsKey(blocks.get(i)); i++) {
            Block b = blocks.get(i);
            Set<String> words = contentWords(b.text());
            if (!b.listItem() || !eligible.test(b) || b.text().length() > MAX_LENGTH || words.size() < MIN_WORDS
                    || shared(words, article) < SHARED || !articleNumbers.containsAll(numbers(b.text()))) {
                return List.of();
            }
            items.add(b);
        }
        return items.stream().anyMatch(b -> !numbers(b.text()).isEmpty()) ? items : List.of();
    }

    /** The fewest words of a one-sentence lede. */
    static final int LEDE_WORDS = 8;

    /** One or more whole sentences opening with a capital, a digit or a quote, long enough not to be a label. */
    private static boolean isLede(String block) {
        String t = block.strip();
        if (t.isEmpty() || !RepeatedHeadline.endsAsSentence(t) || t.split("\\s+").length < LEDE_WORDS) {
            return false;
        }
        int c = t.codePointAt(0);
        return Character.isUpperCase(c) || Character.isDigit(c) || c == '"' || c == '\u201c';
    }

    /**
     * An opening block given back: a block further up with the same words, or fewer or more of them (a headline with the
     * site's name), is a copy of it, unless its numbers differ ("233,619 returns from the north" and "245,405 returns
     * from the north and the south" are two lines of a summary, not one headline twice).
     */
    private record Taken(Set<String> words, Set<String> numbers) {
    }

    /** The numbers written in digits in a text, as written ("245,405"). */
    private static Set<String> numbers(String text) {
        Set<String> numbers = new HashSet<>();
        for (String w : text.split("[^\\p{Nd},.]+")) {
            String n = w.replaceAll("^[,.]+|[,.]+$", "");
            if (!n.isEmpty() && Character.isDigit(n.charAt(0))) {
                numbers.add(n);
            }
        }
        return numbers;
    }

    private static double shared(Set<String> words, Set<String> article) {
        int n = 0;
        for (String w : words) {
            n += article.contains(w) ? 1 : 0;
        }
        return n / (double) words.size();
    }

    /** Lower-cased words of three letters or more that are not function words. */
    private Set<String> contentWords(String text) {
        Set<String> words = new HashSet<>();
        for (String w : text.toLowerCase(Locale.ROOT).split("[^\\p{L}]+")) {
            if (w.length() >= 3 && !stopwords.contains(w)) {
                words.add(w);
            }
        }
        return words;
    }
}
