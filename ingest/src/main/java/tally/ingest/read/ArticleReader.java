package tally.ingest.read;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.BufferedInputStream;
import java.io.ByteArrayInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.apache.commons.compress.compressors.gzip.GzipCompressorInputStream;
import tally.stats.Dataset;
import tally.stats.json.Json;

/**
 * Reads articles from files, folders or standard input, as streams of any size. The format is
 * chosen by extension (.jsonl, .html, .txt) and otherwise by content: JSON Lines batches (one
 * article a line, each handed on as it arrives), HTML pages and plain text. A bad line or file is
 * reported and the rest is still read.
 */
public final class ArticleReader {

    /** Defaults for inputs that do not say: publication date, outlet and language. */
    public record Defaults(LocalDate published, String source, String lang) {
    }

    /**
     * The most one article's input may be (a file, standard input, or one line of a batch): larger
     * ones are refused with a problem line, unread, so that memory stays bounded (issue 21, items 2
     * and 7). Well above any real page; a 50 MB article is read and extracted in seconds.
     */
    public static final int MAX_ARTICLE_BYTES = 64 << 20;
    /** How much of an input's start decides whether it is binary and whether it is a batch. */
    private static final int HEAD_BYTES = 8192;
    /** How much of markup's start (after white space) tells a feed or sitemap from a page. */
    private static final int MARKUP_HEAD_BYTES = 2048;

    private static final List<String> EXTENSIONS = List.of(".jsonl", ".ndjson", ".json", ".html", ".htm", ".xhtml", ".txt", ".text",
            ".xml", ".rss", ".atom", ".warc", ".wet");

    private final Defaults defaults;
    private final FeedArticles feeds;
    private final WarcArticles warcs;

    public ArticleReader(Defaults defaults) {
        this.defaults = defaults;
        this.feeds = new FeedArticles(defaults);
        this.warcs = new WarcArticles(defaults);
    }

    /** Reads a file, every article file below a folder, or standard input for "-". */
    public void read(String input, InputStream stdin, ArticleSink sink) {
        if (input.equals("-")) {
            try {
                readStream("<stdin>", "", stdin, sink);
            } catch (IOException e) {
                sink.problem(new InputProblem("<stdin>", "cannot read standard input: " + reason(e)));
            }
            return;
        }
        Path path = Path.of(input);
        if (Files.isDirectory(path)) {
            try (Stream<Path> files = Files.walk(path)) {
                List<Path> articles = files.filter(Files::isRegularFile).filter(ArticleReader::isArticleFile).sorted().toList();
                if (articles.isEmpty()) {
                    sink.problem(new InputProblem(input, "no article files (.jsonl, .html, .txt, .xml, .warc, or these gzipped) in this folder"));
                }
                articles.forEach(p -> readFile(p, sink));
            } catch (IOException e) {
                sink.problem(new InputProblem(input, "cannot list folder: " + reason(e)));
            }
            return;
        }
        readFile(path, sink);
    }

    private static boolean isArticleFile(Path p) {
        String name = withoutGz(p.getFileName().toString().toLowerCase(Locale.ROOT));
        return EXTENSIONS.stream().anyMatch(name::endsWith);
    }

    private void readFile(Path path, ArticleSink sink) {
        String origin = path.toString();
        try (InputStream in = Files.newInputStream(path)) {
            readStream(origin, path.getFileName().toString().toLowerCase(Locale.ROOT), in, sink);
        } catch (NoSuchFileException e) {
            sink.problem(new InputProblem(origin, "no such file"));
        } catch (IOException e) {
            sink.problem(new InputProblem(origin, "cannot read: " + reason(e)));
        }
    }

    /**
     * Why a file could not be read, in words: the JDK's message for a denied file is only its
     * name, which the problem line already gives.
     */
    static String reason(IOException e) {
        if (e instanceof FileSystemException fs && fs.getReason() != null) {
            return fs.getReason();
        }
        if (e instanceof AccessDeniedException) {
            return "permission denied";
        }
        if (e instanceof FileSystemException) {
            return e.getClass().getSimpleName().replaceAll("(?<=[a-z])(?=[A-Z])", " ").toLowerCase(Locale.ROOT).replace(" exception", "");
        }
        return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    }

    /** Reads content already in memory; {@code name} (a file name) chooses the format like an extension would. */
    public void readBytes(String origin, String name, byte[] bytes, ArticleSink sink) {
        try {
            readStream(origin, name, new ByteArrayInputStream(bytes), sink);
        } catch (IOException e) {
            throw new UncheckedIOException("reading bytes in memory cannot fail", e);
        }
    }

    /**
     * Reads one input as a stream: a JSON Lines batch line by line as the lines arrive, any
     * other input as one article of at most {@link #MAX_ARTICLE_BYTES}; an input of any size
     * (a 2 GB file, {@code /dev/zero}) costs at most that much memory.
     */
    private void readStream(String origin, String name, InputStream raw, ArticleSink sink) throws IOException {
        BufferedInputStream in = new BufferedInputStream(raw, HEAD_BYTES);
        byte[] head = head(in);
        boolean gzip = isGzip(head);
        if (gzip && !isWarcName(withoutGz(name))) {
            readGzip(origin, withoutGz(name), in, sink);
            return;
        }
        InputFormat format = gzip ? InputFormat.WARC : InputFormat.of(name, head); // gzip here: named .warc.gz or .wet.gz
        // A web archive's payloads may be binary, and jwarc inflates its gzip members itself (one per record).
        if (format == InputFormat.WARC) {
            warcs.read(origin, in, sink);
            return;
        }
        if (hasNul(head)) {
            sink.problem(new InputProblem(origin, "binary or non-UTF-8 input, not an article"));
            return;
        }
        if (format == InputFormat.JSON_LINES) {
            readJsonLines(origin, new BoundedLines(in, MAX_ARTICLE_BYTES), sink);
            return;
        }
        byte[] bytes = in.readNBytes(MAX_ARTICLE_BYTES + 1);
        if (bytes.length > MAX_ARTICLE_BYTES) {
            sink.problem(new InputProblem(origin, "larger than " + (MAX_ARTICLE_BYTES >> 20) + " MiB, the most one article may be; not read"));
            return;
        }
        switch (format) {
            case FEED -> feeds.read(origin, bytes, sink);
            case SITEMAP -> Sitemaps.report(origin, bytes, sink);
            case OTHER_XML -> sink.problem(new InputProblem(origin, "XML with root <" + InputFormat.rootElement(bytes)
                    + ">: neither an RSS or Atom feed, a sitemap, nor a page"));
            default -> readArticle(origin, format == InputFormat.HTML, bytes, sink);
        }
    }

    /**
     * Reads a gzipped input as what it holds, whatever its name: the format is then chosen by the
     * name without ".gz" and by the content. Every member of a concatenated gzip is read (a WARC
     * gzips each record; {@code cat a.gz b.gz}), also from a pipe, where the JDK's GZIPInputStream
     * may stop after a member when no byte has arrived yet. Damage in the compressed data is one
     * problem line; what came before it has been read (a batch's earlier lines are published).
     */
    private void readGzip(String origin, String name, InputStream in, ArticleSink sink) throws IOException {
        try {
            readStream(origin, name, GzipCompressorInputStream.builder().setInputStream(in).setDecompressConcatenated(true).get(), sink);
        } catch (IOException e) {
            String why = e instanceof EOFException ? "it ends inside the compressed data" : reason(e);
            sink.problem(new InputProblem(origin, "corrupt or truncated gzip (" + why + "); what came before the damage was read"));
        }
    }

    /** gzip's magic bytes, 1f 8b: the extension alone would miss a compressed file named otherwise, or standard input. */
    private static boolean isGzip(byte[] head) {
        return head.length >= 2 && head[0] == (byte) 0x1f && head[1] == (byte) 0x8b;
    }

    private static boolean isWarcName(String name) {
        return name.endsWith(".warc") || name.endsWith(".wet");
    }

    private static String withoutGz(String name) {
        return name.endsWith(".gz") ? name.substring(0, name.length() - 3) : name;
    }

    /**
     * The first bytes of an input, left in the stream: up to {@link #HEAD_BYTES}, or fewer once
     * enough to tell the format has arrived (standard input is not kept waiting for more).
     */
    private static byte[] head(BufferedInputStream in) throws IOException {
        in.mark(HEAD_BYTES);
        byte[] head = new byte[HEAD_BYTES];
        int n = 0;
        while (n < HEAD_BYTES) {
            int r = in.read(head, n, HEAD_BYTES - n);
            if (r < 0) {
                break;
            }
            n += r;
            int start = InputFormat.skipBomAndWhiteSpace(head, n);
            // Enough to tell the format: a few bytes ("WARC/", "{"), or for markup its first elements (a feed's
            // root may follow an XML declaration and comments).
            if (start < n && n - start >= MARKUP_HEAD_BYTES || start + 8 <= n && head[start] != '<') {
                break;
            }
        }
        in.reset();
        return Arrays.copyOf(head, n);
    }

    private void readArticle(String origin, boolean html, byte[] bytes, ArticleSink sink) {
        String text;
        try {
            text = decode(bytes, 0, bytes.length);
        } catch (CharacterCodingException e) {
            sink.problem(new InputProblem(origin, "binary or non-UTF-8 input, not an article"));
            return;
        }
        if (text.isBlank()) {
            sink.problem(new InputProblem(origin, "empty input"));
            return;
        }
        sink.article(new RawArticle(null, defaults.published(), defaults.source(), null, null, defaults.lang(), text, html, origin));
    }

    /** A NUL near the start is binary: text in UTF-8 never has one, a photo or an archive almost always does. */
    private static boolean hasNul(byte[] bytes) {
        for (byte b : bytes) {
            if (b == 0) {
                return true;
            }
        }
        return false;
    }

    private static String decode(byte[] bytes, int from, int to) throws CharacterCodingException {
        String text = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT)
                .decode(ByteBuffer.wrap(bytes, from, to - from)).toString();
        return text.startsWith("\uFEFF") ? text.substring(1) : text;
    }

    /**
     * Reads a batch line by line as the lines arrive, decoding each line alone, so that one line
     * in another encoding (or cut binary, or over the size limit) is reported by number and costs
     * the batch nothing else.
     */
    private void readJsonLines(String origin, BoundedLines lines, ArticleSink sink) throws IOException {
        int lineNumber = 0;
        boolean anyLine = false;
        for (byte[] bytes = lines.next(); bytes != null; bytes = lines.next()) {
            lineNumber++;
            if (bytes == BoundedLines.TOO_LONG) {
                anyLine = true;
                sink.problem(new InputProblem(origin + ":" + lineNumber,
                        "line longer than " + (MAX_ARTICLE_BYTES >> 20) + " MiB, the most one article may be; not read"));
                continue;
            }
            String line;
            try {
                line = decode(bytes, 0, bytes.length).strip();
            } catch (CharacterCodingException e) {
                anyLine = true;
                sink.problem(new InputProblem(origin + ":" + lineNumber, "not valid UTF-8 (binary or another encoding)"));
                continue;
            }
            if (!line.isEmpty()) {
                anyLine = true;
                readJsonLine(origin + ":" + lineNumber, line, sink);
            }
        }
        if (!anyLine) {
            sink.problem(new InputProblem(origin, "empty input"));
        }
    }

    private void readJsonLine(String origin, String line, ArticleSink sink) {
        JsonNode node;
        try {
            node = Json.MAPPER.readTree(line);
        } catch (IOException e) {
            String msg = e.getMessage() == null ? "" : e.getMessage().lines().findFirst().orElse("");
            sink.problem(new InputProblem(origin, "invalid JSON (" + msg + ")"));
            return;
        }
        if (node == null || !node.isObject()) {
            sink.problem(new InputProblem(origin, "expected a JSON object with a \"text\" field"));
            return;
        }
        JsonNode body = node.get("text");
        if (body == null || !body.isTextual()) {
            sink.problem(new InputProblem(origin, "missing \"text\" (a string)"));
            return;
        }
        if (body.asText().isBlank()) {
            sink.problem(new InputProblem(origin, "empty article"));
            return;
        }
        LocalDate published = defaults.published();
        String date = string(node, "published");
        if (date != null) {
            published = PublicationDates.dayOf(date);
            if (published == null) {
                sink.problem(new InputProblem(origin, "bad \"published\" date '" + date + "' (expected YYYY-MM-DD, an ISO 8601 or an RFC 822 date)"));
                return;
            }
        }
        String dataset = string(node, "dataset");
        if (dataset != null && !Dataset.valid(dataset)) {
            sink.problem(new InputProblem(origin, "bad \"dataset\" '" + dataset + "' (lower-case letters, digits, '.', '_' or '-')"));
            return;
        }
        String source = string(node, "source");
        String lang = string(node, "lang");
        String text = body.asText();
        boolean html = InputFormat.looksLikeHtml(text);
        sink.article(new RawArticle(string(node, "id"), published, source == null ? defaults.source() : source,
                string(node, "url"), string(node, "title"), lang == null ? defaults.lang() : lang, text,
                html, origin, !html, null, dataset));
    }

    private static String string(JsonNode node, String field) {
        JsonNode v = node.get(field);
        return v == null || v.isNull() ? null : v.asText();
    }
}
