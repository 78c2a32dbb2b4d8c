package tally.ingest.lexicon;

import tally.ingest.text.Tokenizer;
import tally.ingest.text.WordIds;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * One time-expression pattern of a lexicon, such as {@code since ... in {season} {year}}: literal
 * words, typed slots and at most one gap, with the language-neutral rule that resolves it.
 */
public record TimeTemplate(String source, List<Element> elements, TimeRule rule) {

    /**
     * A literal word, a typed slot ("year", "month", "n", ...) or a gap. A word carries its
     * {@link WordIds} id, so matching it against a token compares ints ({@link Token#word()}); a
     * slot its {@link Slot}, so that a misspelled one fails when the lexicon loads.
     */
    public record Element(Type type, String value, int word, Slot slot) {
        public enum Type { WORD, SLOT, GAP }
    }

    /** What a slot takes: "{year}", "{month2}", "{n}" (a count of months or years), "{monthnumber}" (05 in 2021-05-24), ... */
    public enum Slot {
        YEAR, YEAR2, DAY, DAY2, N, MONTH, MONTH2, MONTHNUMBER, SEASON, WEEKDAY, WEEKDAY2;

        static Slot of(String name, String template) {
            for (Slot s : values()) {
                if (s.name().toLowerCase(Locale.ROOT).equals(name)) {
                    return s;
                }
            }
            throw new IllegalStateException("unknown slot {" + name + "} in time template '" + template + "'");
        }
    }

    /** Whether the template skips words through a gap ("since ... in {season} {year}"). */
    public boolean hasGap() {
        for (Element e : elements) {
            if (e.type() == Element.Type.GAP) {
                return true;
            }
        }
        return false;
    }

    public static TimeTemplate parse(String template, String rule) {
        if (rule == null) {
            throw new IllegalStateException("time template '" + template + "' needs '-> RULE'");
        }
        List<Element> elements = new ArrayList<>();
        StringBuilder literal = new StringBuilder();
        int i = 0;
        while (i < template.length()) {
            char c = template.charAt(i);
            if (c == '{') {
                flush(literal, elements);
                int close = template.indexOf('}', i);
                String name = template.substring(i + 1, close);
                elements.add(new Element(Element.Type.SLOT, name, WordIds.NONE, Slot.of(name, template)));
                i = close + 1;
            } else if (template.startsWith("...", i)) {
                flush(literal, elements);
                elements.add(new Element(Element.Type.GAP, "...", WordIds.NONE, null));
                i += 3;
            } else {
                literal.append(c);
                i++;
            }
        }
        flush(literal, elements);
        return new TimeTemplate(template, List.copyOf(elements), TimeRule.of(rule, template));
    }

    private static void flush(StringBuilder literal, List<Element> elements) {
        if (literal.length() > 0) {
            Tokenizer.tokenize(literal.toString()).forEach(t -> elements.add(new Element(Element.Type.WORD, t.lower(), WordIds.intern(t.lower()), null)));
            literal.setLength(0);
        }
    }
}
