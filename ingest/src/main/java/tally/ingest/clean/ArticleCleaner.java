package tally.ingest.clean;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import tally.ingest.lexicon.Lexicon;
import tally.ingest.text.Tokenizer;
import tally.ingest.read.RawArticle;
import tally.stats.Span;

/** Turns a raw article into the clean text that figures are read from, dropping page chrome. */
public final class ArticleCleaner {

    /** A text copy may carry its date on a header line ("Published: 2012-04-24"). */
    private static final Pattern DATE_LINE = Pattern.compile("(?i)(published|posted|date)\\s*:?\\s*(\\d{4}-\\d{2}-\\d{2})");
    private static final int HEADER_LINES = 10;
    private static final Pattern LINE_BREAK = Pattern.compile("\\R");

    private final BoilerplateFilter filter;
    private final PhotoCaption captions;
    private final ArticleOpening opening;
    private final RelatedLinks related;

    public ArticleCleaner(Lexicon lexicon) {
        WrittenDates dates = new WrittenDates(lexicon);
        this.filter = new BoilerplateFilter(lexicon.stopwords(), text -> dates.latest(Tokenizer.tokenize(text)));
        this.captions = new PhotoCaption(lexicon.photoCredits(), lexicon.captionOpenings());
        this.opening = new ArticleOpening(lexicon.stopwords());
        this.related = new RelatedLinks(lexicon.relatedLabels());
    }

    /** The clean article, or null when nothing of it is left (an empty or all-chrome page). */
    public CleanArticle clean(RawArticle raw) {
        return clean(raw, raw.html() ? HtmlPage.parse(raw.body()) : null);
    }

    /**
     * As {@link #clean(RawArticle)}, with an HTML article's page already parsed (the extraction
     * reads the page's declared language before it cleans); what the input does not say comes
     * from the page's metadata.
     */
    public CleanArticle clean(RawArticle given, HtmlPage page) {
        RawArticle raw = page == null ? given : page.metadata().fillIn(given);
        List<Block> blocks;
        String title = raw.title();
        LocalDate published = raw.published();
        if (page != null) {
            blocks = page.blocks();
        } else {
            String body = InvisibleCharacters.strip(raw.body());
            char[] chars = body.toCharArray(); // read faster than charAt of a text beyond Latin-1
            // U+0085 ends a line of LINE_BREAK but may stand in a clean paragraph: such a text goes the long way.
            boolean cleanTried = raw.articleOnly() && body.indexOf('\u0085') < 0;
            List<Span> clean = cleanTried ? TextBlocks.paragraphsIfClean(chars) : null;
            if (clean != null && !opensWithDateLine(body, clean)) {
                return article(raw, body, clean, title, published); // what the steps below make of it, in one scan
            }
            boolean dated = false;
            // A date line among the first lines of a text copy, whether or not blank lines set it apart.
            List<Span> header = headerLines(chars);
            for (int i = 0; i < header.size(); i++) {
                Span line = header.get(i);
                String stripped = mayBeDateLine(body, line) ? body.substring(line.start(), line.end()).strip() : null;
                Matcher m = stripped != null ? dateAtStart(stripped) : null;
                // A date in front of the line's text ("date 2019-03-23 Bandits kill 11 in Zamfara") goes, and the text stays.
                boolean prefix = m != null && m.end() < stripped.length();
                LocalDate date = m != null ? date(m.group(2)) : null;
                if (date != null) {
                    published = published == null ? date : published;
                    List<String> lines = new ArrayList<>(List.of(LINE_BREAK.split(body, -1)));
                    if (prefix) {
                        lines.set(i, stripped.substring(m.end()).strip());
                    } else {
                        lines.remove(i);
                    }
                    body = String.join("\n", lines);
                    chars = body.toCharArray();
                    dated = true;
                    break;
                }
            }
            // An undated text tried above is not clean (a clean one with a date line is dated here).
            List<Span> paragraphs = !raw.articleOnly() ? null : cleanTried && !dated ? clean : TextBlocks.paragraphsIfClean(chars);
            if (paragraphs != null) {
                return article(raw, body, paragraphs, title, published);
            }
            // A page copy's headline, standfirst, caption and byline may stand on lines with no blank line between them.
            blocks = new ArrayList<>(raw.articleOnly() ? TextBlocks.split(body) : TextBlocks.split(related.withoutInText(body), captions::is));
        }
        List<Block> kept;
        if (raw.articleOnly()) {
            kept = blocks;
        } else {
            // Related stories under their label, captions, teasers and tickers go before jusText weighs the page: they stand between the lede and the
            // body, which is one article around them.
            List<Block> unrelated = related.without(blocks);
            boolean[] caption = captions.in(unrelated);
            List<Block> left = new ArrayList<>(unrelated.size());
            for (int i = 0; i < unrelated.size(); i++) {
                Block b = unrelated.get(i);
                if (!caption[i] && !Teaser.is(b.text()) && !BarSeparatedItems.is(b.text())) {
                    left.add(b);
                }
            }
            blocks = left;
            kept = filter.keep(blocks, published);
            if (!raw.html()) {
                // A text copy's headline and short lede (an HTML page's headline is its metadata's title).
                LocalDate date = published;
                kept = opening.restore(blocks, kept, b -> filter.mayBeArticle(b, date));
            }
            kept = RepeatedHeadline.once(kept);
        }
        StringBuilder text = new StringBuilder();
        List<Span> paragraphs = new ArrayList<>();
        for (Block b : kept) {
            if (text.length() > 0) {
                text.append("\n\n");
            }
            paragraphs.add(new Span(text.length(), text.length() + b.text().length()));
            text.append(b.text());
        }
        return text.length() == 0 ? null : article(raw, text.toString(), paragraphs, title, published);
    }

    private static CleanArticle article(RawArticle raw, String text, List<Span> paragraphs, String title, LocalDate published) {
        List<String> warnings = List.of();
        if (published == null && raw.captured() != null) {
            // A crawl's date is at or after publication: close for a news crawl, which is why it stands in, said so.
            published = raw.captured();
            warnings = List.of("publication date unknown: the day the page was captured stands in");
        } else if (published == null) {
            warnings = List.of("no publication date");
        }
        return new CleanArticle(CleanArticle.idOf(text, raw.dataset()), raw.ref(), published, raw.source(), raw.url(), title,
                raw.lang(), text, paragraphs, warnings, raw.dataset());
    }

    /** A date line, or a date in front of a line's text and a space ("date 2019-03-23 Bandits kill 11"): its match, else null. */
    private static Matcher dateAtStart(String stripped) {
        Matcher m = DATE_LINE.matcher(stripped);
        return m.matches() || m.lookingAt() && Character.isWhitespace(stripped.charAt(m.end())) ? m : null;
    }

    /**
     * Whether one of the first {@link #HEADER_LINES} lines of a clean text (single-spaced paragraphs
     * with one blank line between them, no U+0085) is a date line or opens with a date: its lines are its paragraphs and
     * the blank lines between them, so its header is its first paragraphs, and their ends need not
     * be looked for again.
     */
    private static boolean opensWithDateLine(String body, List<Span> paragraphs) {
        for (int i = 0; i < paragraphs.size() && 2 * i < HEADER_LINES; i++) {
            Span p = paragraphs.get(i);
            if (mayBeDateLine(body, p)) {
                Matcher m = dateAtStart(body.substring(p.start(), p.end()).strip());
                if (m != null && date(m.group(2)) != null) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * Where the first {@link #HEADER_LINES} lines of a text are, as {@link #LINE_BREAK} splits it:
     * splitting all of it, or copying these lines, would copy text that is almost never a date line.
     */
    private static List<Span> headerLines(char[] body) {
        List<Span> lines = new ArrayList<>(HEADER_LINES);
        int start = 0;
        while (lines.size() < HEADER_LINES) {
            int end = lineEnd(body, start);
            lines.add(new Span(start, end));
            if (end == body.length) {
                break;
            }
            start = end + (body[end] == '\r' && end + 1 < body.length && body[end + 1] == '\n' ? 2 : 1);
        }
        return lines;
    }

    /** The next line break of {@link #LINE_BREAK} from {@code from}, or the end of the text. */
    private static int lineEnd(char[] text, int from) {
        for (int i = from; i < text.length; i++) {
            char c = text[i];
            // The breaks are U+000A to U+000D, U+0085, U+2028 and U+2029: one predictable comparison answers most characters.
            if (c <= '\r' ? c >= '\n' : c >= '\u0085' && (c == '\u0085' || c == '\u2028' || c == '\u2029')) {
                return i;
            }
        }
        return text.length;
    }

    /**
     * Whether a line can match {@link #DATE_LINE} once stripped: it starts with "published",
     * "posted" or "date" in any ASCII case. Most lines do not, and are neither copied nor matched.
     */
    private static boolean mayBeDateLine(String body, Span line) {
        int k = line.start();
        while (k < line.end() && Character.isWhitespace(body.charAt(k))) {
            k++;
        }
        char c = k < line.end() ? body.charAt(k) : ' ';
        return c == 'p' || c == 'P' || c == 'd' || c == 'D';
    }

    /** A header that only looks like a date ("Published: 2012-24-24") is text, not a date to fail on. */
    private static LocalDate date(String yyyyMmDd) {
        try {
            return LocalDate.parse(yyyyMmDd);
        } catch (DateTimeParseException e) {
            return null;
        }
    }
}
