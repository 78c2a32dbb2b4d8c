package tally.ingest.clean;

import java.util.List;
import java.util.Locale;

/**
 * Tells a photo or video caption by how it ends: a credit ("Picture: Alamy", "Photo : Reuters",
 * "/ Supplied", "(AFP)"), the lexicon's {@code [photo credit]}. A caption describes a picture and
 * repeats or previews the story's figures; it is page chrome, not the article (issue 16).
 */
final class PhotoCaption {

    /** A credit stands at the very end of a caption: the credited name is short. */
    static final int CREDIT_TAIL = 60;
    /** The fewest characters of a description given twice. */
    static final int REPEATED_MIN = 20;
    /** Longer blocks are paragraphs, whatever they end with. */
    static final int MAX_LENGTH = 600;

    private final List<String> credits;

    PhotoCaption(List<String> credits) {
        this.credits = credits.stream().map(PhotoCaption::normalize).toList();
    }

    boolean is(String text) {
        if (text.length() > MAX_LENGTH) {
            return false;
        }
        String t = normalize(text);
        if (t.startsWith("\u00a9")) {
            return true; // "© UNHCR/D.Mbaiorem"
        }
        if (credited(t)) {
            return true;
        }
        int tail = Math.max(0, t.length() - CREDIT_TAIL);
        for (String credit : credits) {
            int at = t.indexOf(credit, tail);
            if (at >= 0 && (at == 0 || !Character.isLetterOrDigit(t.charAt(at - 1)) || !Character.isLetterOrDigit(credit.charAt(0)))) {
                return true;
            }
        }
        return false;
    }

    /**
     * A picture's description given twice, the second time with its credit ("Rescuers bring a boat into port Rescuers
     * bring a boat into port - RED CROSS"): a page copy shows an image's alt text and then its caption, and whatever the
     * credit, a text written twice back to back with a short tail is no paragraph.
     */
    private static boolean credited(String t) {
        if (t.length() < 2 * REPEATED_MIN) {
            return false;
        }
        int again = t.indexOf(t.substring(0, REPEATED_MIN), 1);
        if (again < REPEATED_MIN) {
            return false;
        }
        String first = t.substring(0, again).strip();
        return t.startsWith(first, again) && t.length() - again - first.length() <= CREDIT_TAIL;
    }

    /** Lower case, "Photo : X" written as "photo: x", and "[EPA]" as "(epa)". */
    private static String normalize(String s) {
        return s.strip().toLowerCase(Locale.ROOT).replace(" :", ":").replace('[', '(').replace(']', ')');
    }
}
