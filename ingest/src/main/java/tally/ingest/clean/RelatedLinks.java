package tally.ingest.clean;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Tells the related stories a page sets under a label of their own ("Lea también:", "Read more:", the lexicon's
 * {@code [related label]}, or one of its labels marked {@code {section}} and a section's or outlet's name: "Lo último de
 * mundo", "More from Africa"): the label, and the blocks right after it while they read as other stories'
 * headlines (short, with no sentence end) or cut teasers (ending in an ellipsis), with a page's meta line
 * among them ("Esta entrada ha sido publicada el ..."). Their figures belong to other stories (realnews/README.md,
 * "Chrome"); the first block that reads as prose is the article again.
 */
final class RelatedLinks {

    /** A headline of another story is a line, not a paragraph. */
    static final int HEADLINE_MAX = 160;
    /** A teaser is a story's opening cut short: a paragraph at most. */
    static final int TEASER_MAX = 400;

    /** A label's mark for the name of a section or outlet after it ("Lo último de {section}", "More from {section}"). */
    static final String SECTION = " {section}";
    /** The most words of that name ("Mundo", "El Ágora Digital"). */
    static final int SECTION_WORDS = 3;

    private final Set<String> labels;
    /** The labels followed by a section's name, without the mark, each with a space after it. */
    private final List<String> sectionLabels;

    RelatedLinks(List<String> labels) {
        this.labels = Set.copyOf(labels.stream().filter(l -> !l.endsWith(SECTION)).map(RelatedLinks::normalize).toList());
        this.sectionLabels = labels.stream().filter(l -> l.endsWith(SECTION))
                .map(l -> normalize(l.substring(0, l.length() - SECTION.length())) + " ").toList();
    }

    /** The blocks without the related stories' labels ("Read more:", or "RELATED STORY: Gunmen kill four") and the items under them. */
    List<Block> without(List<Block> blocks) {
        List<Block> kept = null;
        for (int i = 0; i < blocks.size(); i++) {
            if (!isLabel(blocks.get(i).text()) && !isLabelledItem(blocks.get(i).text())) {
                if (kept != null) {
                    kept.add(blocks.get(i));
                }
                continue;
            }
            kept = kept != null ? kept : new ArrayList<>(blocks.subList(0, i));
            int j = i + 1;
            while (j < blocks.size() && isItem(blocks.get(j).text()) && !isLabel(blocks.get(j).text())) {
                j++;
            }
            i = j - 1;
        }
        return kept == null ? blocks : kept;
    }

    /**
     * A text copy without the related stories: a label line ("Lea también:", or the label and a headline on one
     * line) and the item lines under it, blank or not, become blank lines, so the paragraphs around them stay apart.
     */
    String withoutInText(String body) {
        if (labels.isEmpty()) {
            return body;
        }
        String[] lines = body.split("\n", -1);
        boolean changed = false;
        for (int i = 0; i < lines.length; i++) {
            if (!isLabel(lines[i]) && !isLabelledItem(lines[i])) {
                continue;
            }
            lines[i] = "";
            int j = i + 1;
            while (j < lines.length && isItem(lines[j]) && !isLabel(lines[j])) {
                lines[j] = "";
                j++;
            }
            changed = true;
            i = j - 1;
        }
        return changed ? String.join("\n", lines) : body;
    }

    /**
     * A label and one item after it on one line: "Read more: Gunmen kill four in ...", or a label set in capitals with no
     * colon before the item's capital ("RELATED Gunmen kill four in ...").
     */
    private boolean isLabelledItem(String line) {
        int colon = line.indexOf(':');
        if (colon > 0 && colon <= 40 && isLabel(line.substring(0, colon + 1)) && !line.substring(colon + 1).isBlank()
                && isItem(line.substring(colon + 1))) {
            return true;
        }
        String t = line.strip();
        int end = 0;
        for (int words = 0; words < CAPITAL_LABEL_WORDS; words++) {
            int space = t.indexOf(' ', end + 1);
            if (space < 0 || space > 40) {
                return false;
            }
            String label = t.substring(0, space);
            if (!label.equals(label.toUpperCase(Locale.ROOT)) || !label.chars().anyMatch(Character::isLetter)) {
                return false;
            }
            String item = t.substring(space + 1).strip();
            if (isLabel(label) && !item.isEmpty() && Character.isUpperCase(item.codePointAt(0))
                    && !item.equals(item.toUpperCase(Locale.ROOT)) && isItem(item)) {
                return true;
            }
            end = space;
        }
        return false;
    }

    /** The most words of a label set in capitals before its item. */
    static final int CAPITAL_LABEL_WORDS = 4;

    boolean isLabel(String text) {
        if (text.length() > 40) {
            return false;
        }
        String t = normalize(text);
        if (labels.contains(t)) {
            return true;
        }
        for (String label : sectionLabels) {
            String section = t.startsWith(label) ? t.substring(label.length()).strip() : "";
            if (!section.isEmpty() && section.split("\\s+").length <= SECTION_WORDS && section.chars().noneMatch(Character::isDigit)) {
                return true; // "Lo último de mundo", "More from Africa"
            }
        }
        return false;
    }

    /** A headline (short, no sentence end) or a teaser cut with an ellipsis. */
    static boolean isItem(String text) {
        String t = text.strip();
        if (t.isEmpty()) {
            return true;
        }
        if (t.length() <= TEASER_MAX && (t.endsWith("\u2026") || t.endsWith("..."))) {
            return true;
        }
        char last = t.charAt(t.length() - 1);
        if (t.length() > 1 && (last == '"' || last == '\u201d' || last == '\u00bb')) {
            // A headline may close with a quote ("...; 'they came at night'"); a sentence closes with its full stop inside it.
            last = t.charAt(t.length() - 2);
            return t.length() <= HEADLINE_MAX && last != '.' && last != '!' && last != '?' && last != ',';
        }
        return t.length() <= HEADLINE_MAX && last != '.' && last != '!' && last != '?' && last != ':';
    }

    /** Lower case, without the colon or dash a label ends with. */
    private static String normalize(String s) {
        String t = s.strip().toLowerCase(Locale.ROOT);
        while (!t.isEmpty() && (t.endsWith(":") || t.endsWith("-") || t.endsWith("\u2014") || t.endsWith("|"))) {
            t = t.substring(0, t.length() - 1).strip();
        }
        return t;
    }
}
