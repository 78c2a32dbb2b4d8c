package tally.ingest.clean;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import tally.ingest.text.Tokenizer;
import tally.stats.Span;

/**
 * Splits a plain-text copy of a page into blocks: paragraphs separated by blank lines. A line that
 * is indented or starts with a bullet is a block of its own and a list item, because that is what
 * list markup (related stories, menus) becomes when a page is copied as text; but indented or bulleted
 * lines of prose (long, ending as a sentence) one after another are paragraphs, as wire copies indent
 * theirs and reports bullet their summaries.
 */
public final class TextBlocks {

    /** A line at least this long that ends as a sentence is prose: menu and link lines are short. */
    private static final int PROSE_LINE = 120;

    private TextBlocks() {
    }

    public static List<Block> split(String text) {
        return split(text, null);
    }

    /**
     * As {@link #split(String)}, for a copy of a whole page: of lines with no blank line between them, a line that is an
     * element of its own (see {@link #elementBreaks}) is a block of its own, whatever the lines around it.
     *
     * @param caption whether a line is a photo caption by its own shape (its credit), or null: the lines of a
     *                paragraph are never split (a feed's text, where only blank lines and bullets break paragraphs)
     */
    public static List<Block> split(String text, Predicate<String> caption) {
        List<String> lines = lines(text);
        boolean[] prose = proseLines(lines);
        boolean[] breaks = caption == null ? new boolean[lines.size()] : elementBreaks(lines, caption);
        List<Block> blocks = new ArrayList<>();
        StringBuilder paragraph = new StringBuilder();
        boolean paragraphIsList = false;
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            String stripped = line.strip();
            boolean bullet = !stripped.isEmpty() && isBullet(stripped.charAt(0));
            boolean indented = !stripped.isEmpty() && indented(line) && !prose[i];
            if (stripped.isEmpty() || bullet || indented) {
                flush(paragraph, paragraphIsList, blocks);
                paragraphIsList = false;
            }
            if (stripped.isEmpty()) {
                continue;
            }
            if (bullet || indented) {
                String item = bullet ? stripped.substring(1).strip() : stripped;
                if (!item.isEmpty()) {
                    paragraph.append(item);
                    paragraphIsList = true;
                }
                flush(paragraph, !prose[i], blocks);
                paragraphIsList = false;
                continue;
            }
            if (breaks[i]) {
                flush(paragraph, paragraphIsList, blocks); // the line before is a plain line: no list item is open
            }
            if (paragraph.length() > 0) {
                paragraph.append(' ');
            }
            paragraph.append(stripped);
        }
        flush(paragraph, paragraphIsList, blocks);
        return blocks;
    }

    /** The text's lines: they end at \r\n, \r or \n, and the text after the last break is a line too. */
    private static List<String> lines(String text) {
        List<String> lines = new ArrayList<>();
        int lineStart = 0;
        int cr = text.indexOf('\r');
        while (lineStart <= text.length()) {
            // indexOf scans far faster than a loop over characters; the next \r is kept, most texts have none.
            int lf = text.indexOf('\n', lineStart);
            cr = cr >= 0 && cr < lineStart ? text.indexOf('\r', lineStart) : cr;
            int lineEnd = Math.min(lf < 0 ? text.length() : lf, cr < 0 ? text.length() : cr);
            lines.add(text.substring(lineStart, lineEnd));
            lineStart = lineEnd + (text.startsWith("\r\n", lineEnd) ? 2 : 1);
        }
        return lines;
    }

    private static boolean indented(String line) {
        return line.startsWith("  ") || line.startsWith("\t");
    }

    /**
     * Which lines are paragraphs the copy indented or bulleted: indented or bulleted lines of prose (long, ending as a
     * sentence) with another such line before or after them, blank lines aside, as wire copies indent their paragraphs
     * and reports bullet their summary ("Main trends: - In June 24,583 people arrived..."). A lone one is a teaser's
     * summary under its link.
     */
    private static boolean[] proseLines(List<String> lines) {
        boolean[] prose = new boolean[lines.size()];
        int previous = -1; // the last non-blank line before, if it is indented or bulleted prose
        boolean previousProse = false;
        boolean announced = false; // the list under way follows a plain line of text that announces it
        for (int i = 0; i < lines.size(); i++) {
            String stripped = lines.get(i).strip();
            if (stripped.isEmpty()) {
                continue;
            }
            boolean bullet = isBullet(stripped.charAt(0));
            boolean item = indented(lines.get(i)) || bullet;
            if (!item) {
                announced = announcesList(stripped);
            }
            String text = bullet ? stripped.substring(1).strip() : stripped;
            boolean p = item && (isProseLine(text) || announced && isAnnouncedProseLine(text));
            if (p && previousProse) {
                prose[i] = true;
                prose[previous] = true;
            }
            previous = i;
            previousProse = p;
        }
        return prose;
    }

    /**
     * Where a page copy's lines with no blank line between them part into elements of their own: before and after a
     * photo caption (it ends with its credit), and before and after a line that does not end as a sentence does (a
     * headline, a byline, a date, a section's name, a standfirst without its full stop), unless it runs on into the next
     * line. A line runs on where the next starts in lower case, where the next repeats it (an image's alt text, then its
     * caption), and, in a paragraph the copy hard-wrapped at some width (lines that run on into a lower-case line show
     * it), where it is as long as the wrapped lines are. The copy's last line, which may be cut short mid-sentence, stays
     * with the line before it. Lines that end as sentences one after another stay one paragraph, as a clean copy gives
     * them.
     *
     * @return for every line, whether a new block starts at it
     */
    static boolean[] elementBreaks(List<String> lines, Predicate<String> caption) {
        int n = lines.size();
        boolean[] breaks = new boolean[n];
        int last = n - 1;
        while (last >= 0 && lines.get(last).isBlank()) {
            last--;
        }
        int start = 0;
        while (start < n) {
            int end = start; // a run of plain lines, no blank, bulleted or indented line among them
            while (end < n && isPlain(lines.get(end))) {
                end++;
            }
            if (end - start > 1) {
                elementBreaks(lines, start, end, last, caption, breaks);
            }
            start = Math.max(end, start + 1);
        }
        return breaks;
    }

    private static void elementBreaks(List<String> lines, int start, int end, int last, Predicate<String> caption, boolean[] breaks) {
        // The lengths of the lines that surely wrap (a lower-case line after them): a hard-wrapped paragraph's width.
        int shortest = Integer.MAX_VALUE;
        int longest = -1;
        for (int i = start; i + 1 < end; i++) {
            String a = lines.get(i).strip();
            if (!endsAsSentence(a) && startsLowerCase(lines.get(i + 1).strip())) {
                shortest = Math.min(shortest, a.length());
                longest = Math.max(longest, a.length());
            }
        }
        boolean[] runsOn = new boolean[end - start];
        boolean[] alone = new boolean[end - start];
        for (int i = start; i < end; i++) {
            String a = lines.get(i).strip();
            String b = i + 1 < end ? lines.get(i + 1).strip() : null;
            runsOn[i - start] = b != null && (startsLowerCase(b) || b.startsWith(a)
                    || !endsAsSentence(a) && a.length() >= shortest - WRAP_SLACK && a.length() <= longest + WRAP_SLACK);
            alone[i - start] = caption.test(a) || i != last && !runsOn[i - start] && !endsAsSentence(a);
        }
        for (int i = start + 1; i < end; i++) {
            breaks[i] = !runsOn[i - 1 - start] && (alone[i - 1 - start] || alone[i - start]);
        }
    }

    /** How much shorter or longer than the copy's wrapped lines a line may be and still be wrapped. */
    static final int WRAP_SLACK = 10;

    /** A line neither blank, nor indented, nor bulleted. */
    private static boolean isPlain(String line) {
        String stripped = line.strip();
        return !stripped.isEmpty() && !indented(line) && !isBullet(stripped.charAt(0));
    }

    private static boolean endsAsSentence(String stripped) {
        return ".!?\"\u201d\u00bb".indexOf(stripped.charAt(stripped.length() - 1)) >= 0;
    }

    private static boolean startsLowerCase(String stripped) {
        return Character.isLowerCase(stripped.codePointAt(0));
    }

    /**
     * A plain line that announces the list under it ("Here are the figures the ministry released:", "estos son los
     * distritos con más casos:"): a clause of several words ending with a colon, not a label ("Related:", "Read more:").
     */
    private static boolean announcesList(String stripped) {
        return stripped.endsWith(":") && stripped.split("\\s+").length >= ANNOUNCING_WORDS;
    }

    /** The fewest words of a line that announces a list. */
    private static final int ANNOUNCING_WORDS = 5;
    /** The fewest characters of an item of an announced list that is a sentence of the text. */
    private static final int ANNOUNCED_PROSE_LINE = 60;

    /** An item of an announced list that is a sentence: shorter than a paragraph may be, but ending with its full stop. */
    private static boolean isAnnouncedProseLine(String stripped) {
        return stripped.length() >= ANNOUNCED_PROSE_LINE && endsAsSentence(stripped);
    }

    /** A line of prose, not a menu's or a link's: long, and ending as a sentence. */
    private static boolean isProseLine(String stripped) {
        return stripped.length() >= PROSE_LINE && ".!?\"\u201d\u00bb)".indexOf(stripped.charAt(stripped.length() - 1)) >= 0;
    }

    /**
     * The paragraph spans of a text that {@link #split} would give back unchanged when its blocks
     * are joined with blank lines (single-spaced paragraphs, one blank line between them, no
     * bullets), or null for any other text. A feed's text is most often already so: reading it in
     * one pass spares a copy of every line and paragraph. The text is given as its characters.
     */
    public static List<Span> paragraphsIfClean(char[] text) {
        int n = text.length;
        if (n == 0 || !canStartParagraph(text[0]) || text[n - 1] == ' ') {
            return null;
        }
        List<Span> paragraphs = new ArrayList<>();
        int start = 0;
        while (true) {
            int end = cleanParagraphEnd(text, start + 1);
            if (end < 0) {
                return null;
            }
            paragraphs.add(new Span(start, end));
            if (end == n) {
                return paragraphs;
            }
            // Not a space before the break, and a blank line then a paragraph's start after it.
            if (text[end - 1] == ' ' || end + 2 >= n || text[end + 1] != '\n' || !canStartParagraph(text[end + 2])) {
                return null;
            }
            start = end + 2;
        }
    }

    /**
     * Where the paragraph read from {@code from} ends (a line break or the end of the text), or -1
     * if a double space or other white space is in it. Written for speed: a counted loop, and the
     * double space found without a branch (spaces and other characters alternate unpredictably).
     */
    private static int cleanParagraphEnd(char[] text, int from) {
        int doubleSpace = 0; // negative once a space has followed a space
        for (int i = from; i < text.length; i++) {
            char c = text[i];
            doubleSpace |= ((c ^ ' ') | (text[i - 1] ^ ' ')) - 1;
            if ((char) (c - ' ') <= '~' - ' ') {
                continue; // most characters: printable ASCII or a space
            }
            if (c == '\n') {
                return doubleSpace < 0 ? -1 : i;
            }
            if (Tokenizer.isSpace(c)) {
                return -1;
            }
        }
        return doubleSpace < 0 ? -1 : text.length;
    }

    /** Neither white space (a blank line, a space) nor a bullet. */
    private static boolean canStartParagraph(char c) {
        return !Tokenizer.isSpace(c) && !isBullet(c);
    }

    private static void flush(StringBuilder paragraph, boolean listItem, List<Block> blocks) {
        String text = collapse(paragraph.toString());
        if (!text.isEmpty()) {
            blocks.add(Block.plain(text, listItem));
        }
        paragraph.setLength(0);
    }

    static boolean isBullet(char c) {
        return c == '\u2022' || c == '*' || c == '\u00b7' || c == '\u25aa' || c == '\u25ba' || c == '\u2023' || c == '\u25e6'
                || c == '-' || c == '\u2013';
    }

    /**
     * Collapses runs of white space (including no-break spaces) into one space; a thin or narrow
     * no-break space alone between two digits is kept, as it groups thousands ("1\u2009500").
     */
    static String collapse(String s) {
        if (isCollapsed(s)) {
            return s; // most paragraphs are single-spaced already: no copy
        }
        StringBuilder out = new StringBuilder(s.length());
        boolean space = false;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (isThousandsSpace(s, i)) {
                out.append(c);
            } else if (Tokenizer.isSpace(c)) {
                space = out.length() > 0;
            } else {
                if (space) {
                    out.append(' ');
                    space = false;
                }
                out.append(c);
            }
        }
        return out.toString();
    }

    private static boolean isThousandsSpace(String s, int i) {
        char c = s.charAt(i);
        return (c == '\u2009' || c == '\u202f') && i > 0 && i + 1 < s.length()
                && Character.isDigit(s.charAt(i - 1)) && Character.isDigit(s.charAt(i + 1));
    }

    /** No white space at either end, and only single plain spaces inside. */
    private static boolean isCollapsed(String s) {
        boolean space = true; // a leading space is not collapsed
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == ' ' ? space : Tokenizer.isSpace(c)) {
                return false;
            }
            space = c == ' ';
        }
        return !space || s.isEmpty();
    }
}
