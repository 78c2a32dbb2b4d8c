package tally.ingest.clean;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import tally.ingest.extract.Lexicon;
import tally.ingest.extract.TimeExpressions;
import tally.ingest.extract.Tokenizer;
import tally.ingest.read.RawArticle;
import tally.stats.Span;

/** Turns a raw article into the clean text that figures are read from, dropping page chrome. */
public final class ArticleCleaner {

    /** A text copy may carry its date on a header line ("Published: 2012-04-24"). */
    private static final Pattern DATE_LINE = Pattern.compile("(?i)(published|posted|date)\\s*:?\\s*(\\d{4}-\\d{2}-\\d{2})");
    private static final int HEADER_LINES = 10;
    private static final Pattern LINE_BREAK = Pattern.compile("\\R");

    private final BoilerplateFilter filter;

    public ArticleCleaner(Lexicon lexicon) {
        TimeExpressions times = new TimeExpressions(lexicon);
        this.filter = new BoilerplateFilter(lexicon.stopwords(), text -> times.latestWrittenDate(Tokenizer.tokenize(text)));
    }

    /** The clean article, or null when nothing of it is left (an empty or all-chrome page). */
    public CleanArticle clean(RawArticle raw) {
        List<Block> blocks;
        String title = raw.title();
        LocalDate published = raw.published();
        if (raw.html()) {
            HtmlPage page = HtmlPage.parse(raw.body());
            blocks = page.blocks();
            title = title == null ? page.title() : title;
            published = published == null ? page.published() : published;
        } else {
            String body = raw.body();
            // A date line among the first lines of a text copy, whether or not blank lines set it apart.
            List<String> header = headerLines(body);
            for (int i = 0; i < header.size(); i++) {
                Matcher m = DATE_LINE.matcher(header.get(i).strip());
                LocalDate date = m.matches() ? date(m.group(2)) : null;
                if (date != null) {
                    published = published == null ? date : published;
                    List<String> lines = new ArrayList<>(List.of(LINE_BREAK.split(body, -1)));
                    lines.remove(i);
                    body = String.join("\n", lines);
                    break;
                }
            }
            blocks = new ArrayList<>(TextBlocks.split(body));
        }
        List<Block> kept = raw.articleOnly() ? blocks : filter.keep(blocks, published);
        StringBuilder text = new StringBuilder();
        List<Span> paragraphs = new ArrayList<>();
        for (Block b : kept) {
            if (text.length() > 0) {
                text.append("\n\n");
            }
            paragraphs.add(new Span(text.length(), text.length() + b.text().length()));
            text.append(b.text());
        }
        if (text.length() == 0) {
            return null;
        }
        List<String> warnings = published == null ? List.of("no publication date") : List.of();
        String clean = text.toString();
        return new CleanArticle(CleanArticle.idOf(clean), raw.ref(), published, raw.source(), raw.url(), title,
                raw.lang(), clean, paragraphs, warnings);
    }

    /** The first {@link #HEADER_LINES} lines of a text, as {@link #LINE_BREAK} splits it: splitting all of it would copy every line of every article. */
    private static List<String> headerLines(String body) {
        List<String> lines = new ArrayList<>(HEADER_LINES);
        int start = 0;
        char[] chars = body.toCharArray(); // far cheaper to index than a UTF-16 String
        for (int i = 0; i < chars.length && lines.size() < HEADER_LINES; i++) {
            char c = chars[i];
            if (c == '\n' || c == '\u000B' || c == '\u000C' || c == '\r' || c == '\u0085' || c == '\u2028' || c == '\u2029') {
                lines.add(body.substring(start, i));
                i += c == '\r' && i + 1 < chars.length && chars[i + 1] == '\n' ? 1 : 0;
                start = i + 1;
            }
        }
        if (lines.size() < HEADER_LINES) {
            lines.add(body.substring(start));
        }
        return lines;
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
