package tally.ingest.read;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import tally.stats.json.Json;

/**
 * Reads articles from files, folders or standard input. The format is chosen by extension
 * (.jsonl, .html, .txt) and otherwise by content: JSON Lines batches (one article a line), HTML
 * pages and plain text. A bad line or file is reported and the rest is still read.
 */
public final class ArticleReader {

    /** Defaults for inputs that do not say: publication date, outlet and language. */
    public record Defaults(LocalDate published, String source, String lang) {
    }

    private static final List<String> EXTENSIONS = List.of(".jsonl", ".ndjson", ".json", ".html", ".htm", ".xhtml", ".txt", ".text");

    private final Defaults defaults;

    public ArticleReader(Defaults defaults) {
        this.defaults = defaults;
    }

    /** Reads a file, every article file below a folder, or standard input for "-". */
    public void read(String input, InputStream stdin, ArticleSink sink) {
        if (input.equals("-")) {
            try {
                readBytes("<stdin>", "", stdin.readAllBytes(), sink);
            } catch (IOException e) {
                sink.problem(new InputProblem("<stdin>", "cannot read standard input: " + e.getMessage()));
            }
            return;
        }
        Path path = Path.of(input);
        if (Files.isDirectory(path)) {
            try (Stream<Path> files = Files.walk(path)) {
                List<Path> articles = files.filter(Files::isRegularFile).filter(ArticleReader::isArticleFile).sorted().toList();
                if (articles.isEmpty()) {
                    sink.problem(new InputProblem(input, "no article files (.jsonl, .html, .txt) in this folder"));
                }
                articles.forEach(p -> readFile(p, sink));
            } catch (IOException e) {
                sink.problem(new InputProblem(input, "cannot list folder: " + e.getMessage()));
            }
            return;
        }
        readFile(path, sink);
    }

    private static boolean isArticleFile(Path p) {
        String name = p.getFileName().toString().toLowerCase(Locale.ROOT);
        return EXTENSIONS.stream().anyMatch(name::endsWith);
    }

    private void readFile(Path path, ArticleSink sink) {
        String origin = path.toString();
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(path);
        } catch (NoSuchFileException e) {
            sink.problem(new InputProblem(origin, "no such file"));
            return;
        } catch (IOException e) {
            sink.problem(new InputProblem(origin, "cannot read: " + e.getMessage()));
            return;
        }
        readBytes(origin, path.getFileName().toString().toLowerCase(Locale.ROOT), bytes, sink);
    }

    /** Reads content already in memory; {@code name} (a file name) chooses the format like an extension would. */
    public void readBytes(String origin, String name, byte[] bytes, ArticleSink sink) {
        if (hasNul(bytes)) {
            sink.problem(new InputProblem(origin, "binary or non-UTF-8 input, not an article"));
            return;
        }
        if (name.endsWith(".jsonl") || name.endsWith(".ndjson") || name.endsWith(".json")
                || (!name.endsWith(".html") && !name.endsWith(".htm") && !name.endsWith(".txt") && startsWithBrace(bytes))) {
            readJsonLines(origin, bytes, sink);
            return;
        }
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
        boolean html = name.endsWith(".html") || name.endsWith(".htm") || name.endsWith(".xhtml") || (!name.endsWith(".txt") && looksLikeHtml(text));
        sink.article(new RawArticle(null, defaults.published(), defaults.source(), null, null, defaults.lang(), text, html, origin));
    }

    /** A NUL near the start is binary: text in UTF-8 never has one, a photo or an archive almost always does. */
    private static boolean hasNul(byte[] bytes) {
        for (int i = 0; i < Math.min(bytes.length, 8192); i++) {
            if (bytes[i] == 0) {
                return true;
            }
        }
        return false;
    }

    /** The first byte after white space and a byte-order mark is '{': a JSON Lines batch. */
    private static boolean startsWithBrace(byte[] bytes) {
        int i = bytes.length >= 3 && bytes[0] == (byte) 0xEF && bytes[1] == (byte) 0xBB && bytes[2] == (byte) 0xBF ? 3 : 0;
        while (i < bytes.length && (bytes[i] == ' ' || bytes[i] == '\t' || bytes[i] == '\r' || bytes[i] == '\n')) {
            i++;
        }
        return i < bytes.length && bytes[i] == '{';
    }

    private static String decode(byte[] bytes, int from, int to) throws CharacterCodingException {
        String text = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT)
                .decode(ByteBuffer.wrap(bytes, from, to - from)).toString();
        return text.startsWith("\uFEFF") ? text.substring(1) : text;
    }

    static boolean looksLikeHtml(String text) {
        String head = text.substring(0, Math.min(text.length(), 4096)).toLowerCase(Locale.ROOT);
        return head.stripLeading().startsWith("<") && (head.contains("<html") || head.contains("<!doctype html")
                || head.contains("<body") || head.contains("<p>") || head.contains("<div") || head.contains("<article"));
    }

    /**
     * Splits a batch into lines at the byte level and decodes each line alone, so that one line in
     * another encoding (or cut binary) is reported by number and costs the batch nothing else. A
     * newline byte never occurs inside a multi-byte UTF-8 character, so the split is exact.
     */
    private void readJsonLines(String origin, byte[] bytes, ArticleSink sink) {
        int lineNumber = 0;
        boolean anyLine = false;
        int start = 0;
        while (start <= bytes.length) {
            int nl = indexOf(bytes, (byte) '\n', start);
            int end = nl < 0 ? bytes.length : nl;
            lineNumber++;
            String line;
            try {
                line = decode(bytes, start, end).strip();
            } catch (CharacterCodingException e) {
                line = null;
                anyLine = true;
                sink.problem(new InputProblem(origin + ":" + lineNumber, "not valid UTF-8 (binary or another encoding)"));
            }
            if (line != null && !line.isEmpty()) {
                anyLine = true;
                readJsonLine(origin + ":" + lineNumber, line, sink);
            }
            if (nl < 0) {
                break;
            }
            start = nl + 1;
        }
        if (!anyLine) {
            sink.problem(new InputProblem(origin, "empty input"));
        }
    }

    private static int indexOf(byte[] bytes, byte b, int from) {
        for (int i = from; i < bytes.length; i++) {
            if (bytes[i] == b) {
                return i;
            }
        }
        return -1;
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
            try {
                published = LocalDate.parse(date.length() > 10 ? date.substring(0, 10) : date);
            } catch (DateTimeParseException e) {
                sink.problem(new InputProblem(origin, "bad \"published\" date '" + date + "' (expected YYYY-MM-DD)"));
                return;
            }
        }
        String source = string(node, "source");
        String lang = string(node, "lang");
        String text = body.asText();
        boolean html = looksLikeHtml(text);
        sink.article(new RawArticle(string(node, "id"), published, source == null ? defaults.source() : source,
                string(node, "url"), string(node, "title"), lang == null ? defaults.lang() : lang, text,
                html, origin, !html));
    }

    private static String string(JsonNode node, String field) {
        JsonNode v = node.get(field);
        return v == null || v.isNull() ? null : v.asText();
    }
}
