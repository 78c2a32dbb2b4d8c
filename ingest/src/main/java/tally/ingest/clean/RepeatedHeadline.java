package tally.ingest.clean;

import java.util.ArrayList;
import java.util.List;

/**
 * Keeps a headline a page shows twice once. Text copies of pages carry the headline in the title bar, then
 * again above the article, often run together with the byline and the lede on one paragraph; both copies
 * are kept as the article's opening and would give its figures twice (issue 16, point 9). A headline (a
 * short block near the top that does not end as a sentence ends) whose words stand again in another kept
 * block there is dropped; of two equal copies the first stays. A paragraph the page gives again word for word
 * further on is kept once, and so is one whose opening the page gives again cut with an ellipsis. A standfirst that is
 * the lede's opening cut inside its sentence stays.
 */
final class RepeatedHeadline {

    /** Longer blocks are paragraphs, not headlines. */
    static final int MAX_LENGTH = 200;
    /** How many kept blocks from the top a repeated headline may stand among. */
    static final int TOP = 6;

    private RepeatedHeadline() {
    }

    static List<Block> once(List<Block> kept) {
        int top = Math.min(TOP, kept.size());
        List<Block> out = new ArrayList<>(kept.size());
        for (int i = 0; i < kept.size(); i++) {
            Block b = kept.get(i);
            boolean shortBlock = b.text().length() <= MAX_LENGTH;
            boolean headline = shortBlock && (i < top && !endsAsSentence(b.text()) && repeated(kept, top, i)
                    || !b.text().endsWith(".") && (i < top || !endsAsSentence(b.text())) && givenBefore(kept, i));
            if (!headline && !copyOfAnEarlierParagraph(kept, i) && !cutCopy(kept, i)) {
                out.add(b);
            }
        }
        return out;
    }

    /**
     * Whether a block of some length is word for word an earlier kept block, other blocks between them: a page copy shows
     * its lede again as a summary or teaser further on, and every such copy on the dev pages is the page's, not the
     * writer's.
     */
    private static boolean copyOfAnEarlierParagraph(List<Block> kept, int i) {
        String text = kept.get(i).text();
        if (text.length() < COPY_MIN) {
            return false;
        }
        for (int j = i - 1; j >= 0; j--) {
            if (kept.get(j).text().equals(text)) {
                return j < i - 1; // copies one after another are the text's own run
            }
        }
        return false;
    }

    /**
     * Whether a block is another kept block's opening cut with an ellipsis ("Floodwater covered 40 villages in the delta
     * on Sunday, and..."): the summary a page sets above or below the article, which gives its figures twice. The cut
     * word before the ellipsis may be part of a word; the rest must stand in the other block, in the same order.
     */
    private static boolean cutCopy(List<Block> kept, int i) {
        String text = kept.get(i).text().strip();
        if (!text.endsWith("...") && !text.endsWith("\u2026")) {
            return false;
        }
        String cut = words(text);
        int last = cut.lastIndexOf(' ');
        cut = last < 0 ? "" : cut.substring(0, last); // the last word may be cut short
        if (cut.length() < COPY_MIN) {
            return false;
        }
        for (int j = 0; j < kept.size(); j++) {
            if (j != i && kept.get(j).text().length() > text.length() && words(kept.get(j).text()).startsWith(cut)) {
                return true;
            }
        }
        return false;
    }

    /** Shorter blocks given twice ("Advertisement", "Share") say nothing either way. */
    static final int COPY_MIN = 40;

    /** Whether a block ends as a sentence ends (a full stop, a question or exclamation mark, a closing quote). */
    static boolean endsAsSentence(String text) {
        char last = text.charAt(text.length() - 1);
        return last == '.' || last == '!' || last == '?' || last == '"' || last == '\u201d';
    }

    /**
     * Whether a short block is given again: an earlier kept block is the same words, or another short one holds them after
     * words of its own (a breadcrumb trail or a site's name before the headline: "News World Flood cuts off 40 villages",
     * "Delta Post | Flood cuts off 40 villages"), whatever the case, quotes and dashes, and whether or not it ends as a
     * sentence does (a headline ending with a question mark or a quote), but for a full stop (short paragraphs given one
     * after another are the text's own run). Only words and numbers are compared. Further down than the top blocks, a
     * block that ends as a sentence is never a headline given again.
     */
    private static boolean givenBefore(List<Block> kept, int i) {
        String text = words(kept.get(i).text());
        if (text.indexOf(' ') < 0) {
            return false; // one word ("Advertisement") says nothing either way
        }
        for (int j = 0; j < kept.size(); j++) {
            String other = j == i ? "" : words(kept.get(j).text());
            if (j < i && other.equals(text) || kept.get(j).text().length() <= MAX_LENGTH && other.length() > text.length()
                    && other.endsWith(" " + text)) {
                return true;
            }
        }
        return false;
    }

    /** A text's words and numbers in lower case, one space between them. */
    static String words(String text) {
        StringBuilder out = new StringBuilder(text.length());
        boolean space = false;
        for (int k = 0; k < text.length(); k++) {
            char c = text.charAt(k);
            if (Character.isLetterOrDigit(c)) {
                if (space && out.length() > 0) {
                    out.append(' ');
                }
                out.append(Character.toLowerCase(c));
                space = false;
            } else if (c != ',' && c != '.' || k + 1 >= text.length() || !Character.isDigit(text.charAt(k + 1))) {
                space = true; // "1,200" and "1.200" stay one number
            }
        }
        return out.toString();
    }

    /**
     * Whether a block's opening is cut inside a sentence that goes on (a comma or semicolon follows it): a standfirst
     * made of the lede's first clauses, which a clean feed gives as well, not a headline run together with the byline.
     */
    private static boolean cutInSentence(String other, int at) {
        char next = other.charAt(at);
        return next == ',' || next == ';';
    }

    /**
     * Whether block i's text opens a longer block among the top ones (a headline run together with the byline and the
     * lede), or equals an earlier one. A headline inside a paragraph, after its dateline, is the lede's first sentence,
     * which the site made its headline: a clean feed gives both.
     */
    private static boolean repeated(List<Block> kept, int top, int i) {
        String text = kept.get(i).text();
        for (int j = 0; j < top; j++) {
            String other = kept.get(j).text();
            // Case aside: a page may set its headline again in another case ("... Canarias: una neumática" / ": Una neumática").
            if (j != i && (other.length() > text.length() ? other.regionMatches(true, 0, text, 0, text.length())
                    && !cutInSentence(other, text.length()) : j < i && other.equalsIgnoreCase(text))) {
                return true;
            }
        }
        return false;
    }
}
