package tally.ingest.read;

import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.UnsupportedCharsetException;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.ZipException;
import org.netpreserve.jwarc.HttpResponse;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.ParsingException;
import org.netpreserve.jwarc.WarcConversion;
import org.netpreserve.jwarc.WarcReader;
import org.netpreserve.jwarc.WarcRecord;
import org.netpreserve.jwarc.WarcResponse;
import org.netpreserve.jwarc.WarcTruncationReason;

/**
 * The articles of a WARC file (a web archive, as Common Crawl's news crawl publishes it) or a WET
 * file (its text extracts), gzipped per record or not, read with jwarc as a stream. An HTML
 * response (2xx) is a page, with the record's URL, and the record's date standing in when the
 * page does not say when it was published; a WET conversion record is a text copy of a page, one
 * block a line. Every other record (requests, metadata, redirects, PDFs, errors) is skipped and
 * counted in one line per file. A record the crawler truncated is one problem line and the
 * reading goes on; a file cut in the middle of a record is one problem line and ends that file.
 */
final class WarcArticles {

    private static final Pattern META_CHARSET = Pattern.compile("(?i)<meta[^>]+charset\\s*=\\s*[\"']?([A-Za-z0-9_:.-]+)");

    private final ArticleReader.Defaults defaults;

    WarcArticles(ArticleReader.Defaults defaults) {
        this.defaults = defaults;
    }

    void read(String origin, InputStream in, ArticleSink sink) {
        Map<String, Long> skipped = new TreeMap<>();
        long number = 0;
        try (WarcReader reader = new WarcReader(in)) {
            reader.setLenient(true); // crawls hold URLs and headers that do not follow the letter of the standard
            while (true) {
                String recordOrigin = origin + ":record " + (number + 1);
                try {
                    Optional<WarcRecord> next = reader.next();
                    if (next.isEmpty()) {
                        break;
                    }
                    number++;
                    String skip = read(recordOrigin, next.get(), sink);
                    if (skip != null) {
                        skipped.merge(skip, 1L, Long::sum);
                    }
                } catch (EOFException | ZipException | ParsingException e) {
                    // The file ends inside a record, or its bytes are no longer records: nothing after can be found.
                    sink.problem(new InputProblem(recordOrigin, "cut short or damaged (" + reason(e)
                            + "); the records after it cannot be found, those before it were read"));
                    break;
                } catch (IOException e) {
                    sink.problem(new InputProblem(recordOrigin, "cannot read the record (" + reason(e) + ")"));
                }
            }
        } catch (IOException e) {
            sink.problem(new InputProblem(origin, "not a WARC file Tally can read (" + reason(e) + ")"));
            return;
        }
        if (number == 0) {
            sink.problem(new InputProblem(origin, "a WARC file without records"));
        }
        long total = skipped.values().stream().mapToLong(Long::longValue).sum();
        if (total > 0) {
            StringBuilder kinds = new StringBuilder();
            skipped.forEach((kind, n) -> kinds.append(kinds.length() == 0 ? "" : ", ").append(n).append(' ').append(kind));
            sink.skipped(new Skipped(origin, total + " record(s) that are not HTML pages nor text extracts: " + kinds, total));
        }
    }

    /** Hands on the record's article; returns why it was skipped instead (a kind, for the file's summary line), or null. */
    private String read(String origin, WarcRecord record, ArticleSink sink) throws IOException {
        if (record.truncated() != WarcTruncationReason.NOT_TRUNCATED
                && (record instanceof WarcResponse || record instanceof WarcConversion)) {
            sink.problem(new InputProblem(origin, "truncated by the crawler (" + record.truncated().name().toLowerCase(Locale.ROOT)
                    + "): the page is not whole; not read"));
            return null;
        }
        LocalDate captured = record.date().atOffset(ZoneOffset.UTC).toLocalDate();
        if (record instanceof WarcConversion text) {
            if (!text.contentType().base().equals(MediaType.PLAIN_TEXT)) {
                return "conversion to " + text.contentType().base();
            }
            byte[] bytes = body(origin, text.body().stream(), sink);
            if (bytes != null) {
                // A WET extract has one block a line; a text copy separates paragraphs by blank lines.
                String body = decode(bytes, StandardCharsets.UTF_8).replaceAll("\r?\n", "\n\n");
                hand(origin, text.target(), captured, body, false, sink);
            }
            return null;
        }
        if (!(record instanceof WarcResponse response)) {
            return record.type();
        }
        HttpResponse http;
        try {
            http = response.http();
        } catch (IOException e) {
            return "response without HTTP";
        }
        if (http.status() >= 300 && http.status() < 400) {
            return "redirect";
        }
        if (http.status() < 200 || http.status() >= 300) {
            return "HTTP " + http.status();
        }
        MediaType type = http.contentType().base();
        boolean html = type.equals(MediaType.HTML) || type.toString().equals("application/xhtml+xml");
        if (!html) {
            return type.toString().isEmpty() ? "response without a type" : type.toString();
        }
        byte[] bytes = body(origin, http.bodyDecoded().stream(), sink);
        if (bytes != null) {
            hand(origin, response.target(), captured, decode(bytes, declaredCharset(http.contentType(), bytes)), true, sink);
        }
        return null;
    }

    private void hand(String origin, String url, LocalDate captured, String body, boolean html, ArticleSink sink) {
        if (body.isBlank()) {
            sink.problem(new InputProblem(origin, "empty page"));
            return;
        }
        sink.article(new RawArticle(null, defaults.published(), defaults.source(), url, null, defaults.lang(), body, html,
                origin, false, captured));
    }

    /** The record's payload, or null (and a problem line) when it is larger than one article may be. */
    private static byte[] body(String origin, InputStream in, ArticleSink sink) throws IOException {
        byte[] bytes = in.readNBytes(ArticleReader.MAX_ARTICLE_BYTES + 1);
        if (bytes.length > ArticleReader.MAX_ARTICLE_BYTES) {
            sink.problem(new InputProblem(origin, "larger than " + (ArticleReader.MAX_ARTICLE_BYTES >> 20)
                    + " MiB, the most one article may be; not read"));
            return null;
        }
        return bytes;
    }

    /** The HTTP header's charset, else a {@code <meta charset>} near the start, else null. */
    private static Charset declaredCharset(MediaType type, byte[] bytes) {
        String name = type.parameters().get("charset");
        if (name == null) {
            Matcher m = META_CHARSET.matcher(new String(bytes, 0, Math.min(bytes.length, 4096), StandardCharsets.ISO_8859_1));
            name = m.find() ? m.group(1) : null;
        }
        try {
            return name == null ? null : Charset.forName(name);
        } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
            return null;
        }
    }

    /**
     * The page as text: in its declared charset; undeclared, UTF-8 when it is valid UTF-8 and
     * windows-1252 otherwise (what browsers assume of an undeclared Western page).
     */
    private static String decode(byte[] bytes, Charset declared) {
        if (declared != null) {
            return new String(bytes, declared);
        }
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            return new String(bytes, Charset.forName("windows-1252"));
        }
    }

    private static String reason(IOException e) {
        return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage().lines().findFirst().orElse("");
    }
}
