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
        int tail = Math.max(0, t.length() - CREDIT_TAIL);
        for (String credit : credits) {
            int at = t.indexOf(credit, tail);
            if (at >= 0 && (at == 0 || !Character.isLetterOrDigit(t.charAt(at - 1)) || !Character.isLetterOrDigit(credit.charAt(0)))) {
                return true;
            }
        }
        return false;
    }

    /** Lower case, "Photo : X" written as "photo: x", and "[EPA]" as "(epa)". */
    private static String normalize(String s) {
        return s.strip().toLowerCase(Locale.ROOT).replace(" :", ":").replace('[', '(').replace(']', ')');
    }
}
