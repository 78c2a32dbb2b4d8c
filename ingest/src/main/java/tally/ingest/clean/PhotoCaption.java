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

    /** A block that opens with a caption's mark is a caption up to this length: a paragraph never opens so. */
    static final int OPENED_MAX = 300;

    private final List<String> credits;
    private final List<String> openings;

    PhotoCaption(List<String> credits) {
        this(credits, List.of());
    }

    /**
     * @param credits  how a caption ends (the lexicon's {@code [photo credit]})
     * @param openings how a caption opens, whatever it ends with (the lexicon's {@code [caption opening]}: "File photo")
     */
    PhotoCaption(List<String> credits, List<String> openings) {
        this.credits = credits.stream().map(PhotoCaption::normalize).toList();
        this.openings = openings.stream().map(PhotoCaption::normalize).toList();
    }

    boolean is(String text) {
        if (text.length() > MAX_LENGTH) {
            return false;
        }
        String t = normalize(text);
        if (t.startsWith("\u00a9")) {
            return true; // "© UNHCR/D.Mbaiorem"
        }
        if (credited(t) || namedAfterSlash(text.strip())) {
            return true;
        }
        if (t.length() <= OPENED_MAX) {
            for (String opening : openings) {
                if (t.startsWith(opening) && (t.length() == opening.length() || !Character.isLetterOrDigit(t.charAt(opening.length())))) {
                    return true;
                }
            }
        }
        int tail = Math.max(0, t.length() - CREDIT_TAIL);
        for (String credit : credits) {
            int at = t.indexOf(credit, tail);
            if (at >= 0 && (at == 0 || !Character.isLetterOrDigit(t.charAt(at - 1)) || !Character.isLetterOrDigit(credit.charAt(0)))) {
                return true;
            }
        }
        return gluedCredit(text.strip());
    }

    /**
     * A credit run into the description with no space, as a copy joins a caption's two elements ("... los
     * migrantesCréditos: Agencia"): a lower-case letter, then the credit capitalised, near the end.
     */
    private boolean gluedCredit(String text) {
        String lower = text.toLowerCase(Locale.ROOT);
        int tail = Math.max(1, lower.length() - CREDIT_TAIL);
        for (String credit : credits) {
            if (!Character.isLetter(credit.charAt(0))) {
                continue;
            }
            for (int at = lower.indexOf(credit, tail); at > 0; at = lower.indexOf(credit, at + 1)) {
                if (Character.isLowerCase(text.charAt(at - 1)) && Character.isUpperCase(text.charAt(at)) && at + credit.length() <= text.length()) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * Which of a page's blocks are captions: each one by its own shape ({@link #is}), and an image's alt text in a block of
     * its own right before its caption, which opens with the alt text ("Rescuers bring a boat in" then "Rescuers bring a boat
     * in / Harbour Press", "Jane Roe." then "Jane Roe. Photo: Wire"): the caption is one by its credit, or, after an alt
     * text of some length, by a short tail after the same text that does not end as a sentence does (a standfirst cut inside the lede's sentence is followed by the rest of the sentence, with its full stop).
     */
    boolean[] in(List<Block> blocks) {
        boolean[] caption = new boolean[blocks.size()];
        for (int i = 0; i < blocks.size(); i++) {
            caption[i] = caption[i] || is(blocks.get(i).text());
            if (i + 1 < blocks.size()) {
                String alt = blocks.get(i).text().strip();
                String next = blocks.get(i + 1).text().strip();
                if (alt.contains(" ") && next.length() > alt.length() && next.startsWith(alt) && next.length() <= MAX_LENGTH) {
                    String tail = next.substring(alt.length()).strip();
                    boolean credited = is(next) || alt.length() >= REPEATED_MIN && tail.length() <= CREDIT_TAIL && !tail.isEmpty()
                            && !RepeatedHeadline.endsAsSentence(tail) && !Character.isLetterOrDigit(next.charAt(alt.length()));
                    caption[i] |= credited;
                    caption[i + 1] |= credited;
                }
            }
        }
        return caption;
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

    /** The most words of a credited name ("Europa Press", "Carlos de Sa", "THE CANADIAN PRESS"). */
    static final int NAME_WORDS = 5;
    /** The fewest words of the description a credit closes. */
    static final int DESCRIPTION_WORDS = 4;

    /**
     * A description closed by a name after a slash, the shape of a photographer's or agency's credit whatever the name
     * ("... in the harbour. / Harbour Press", "... a la costa / Ana de Sousa"), or by a bracketed pair of names with a slash
     * between them ("(Jane Roe / THE DAILY WIRE)", "(Wire Photo/Jane Roe)"). A sentence does not end with capitalised
     * words after a slash, nor a headline with a bracketed pair of names; dates and numbers are never a credit's.
     */
    static boolean namedAfterSlash(String text) {
        if (text.isEmpty() || text.length() > MAX_LENGTH) {
            return false;
        }
        String tail;
        String description;
        if (text.endsWith(")")) {
            int open = text.lastIndexOf('(');
            int slash = text.lastIndexOf('/');
            if (open < 0 || slash < open || text.length() - open > CREDIT_TAIL) {
                return false;
            }
            description = text.substring(0, open);
            if (!isName(text.substring(open + 1, slash)) || !isName(text.substring(slash + 1, text.length() - 1))) {
                return false;
            }
            tail = text.substring(open);
        } else {
            int slash = text.lastIndexOf(" / ");
            if (slash < 0 || text.length() - slash > CREDIT_TAIL) {
                return false;
            }
            description = text.substring(0, slash);
            tail = text.substring(slash + 3);
            if (!isName(tail)) {
                return false;
            }
        }
        return !tail.isEmpty() && description.strip().split("\\s+").length >= DESCRIPTION_WORDS;
    }

    /** One to {@link #NAME_WORDS} words, each capitalised but for a name's particles ("de", "van"), no digits. */
    private static boolean isName(String s) {
        String[] words = s.strip().split("\\s+");
        if (words.length == 0 || words.length > NAME_WORDS || words[0].isEmpty()) {
            return false;
        }
        for (int i = 0; i < words.length; i++) {
            String w = words[i];
            boolean particle = i > 0 && i < words.length - 1 && PARTICLES.contains(w);
            if (!particle && (!Character.isUpperCase(w.codePointAt(0)) || w.chars().anyMatch(Character::isDigit))) {
                return false;
            }
        }
        return true;
    }

    /** Small words inside a name: "Carlos de la Cruz", "Anne van Dijk". */
    private static final java.util.Set<String> PARTICLES = java.util.Set.of("de", "del", "la", "las", "los", "da", "das", "do", "dos",
            "di", "van", "von", "der", "den", "y", "e", "bin", "al", "el");

    /** Lower case, "Photo : X" written as "photo: x", and "[EPA]" as "(epa)". */
    private static String normalize(String s) {
        return s.strip().toLowerCase(Locale.ROOT).replace(" :", ":").replace('[', '(').replace(']', ')');
    }
}
