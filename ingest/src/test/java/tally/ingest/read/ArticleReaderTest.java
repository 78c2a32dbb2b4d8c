package tally.ingest.read;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PipedInputStream;
import java.io.PipedOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tally.ingest.Extraction;
import tally.ingest.clean.CleanArticle;
import tally.stats.Dataset;
import tally.stats.Figure;
import tally.stats.json.Json;

class ArticleReaderTest {

    @TempDir
    Path dir;

    private final List<RawArticle> articles = new ArrayList<>();
    private final List<InputProblem> problems = new ArrayList<>();
    private final ArticleSink sink = ArticleSink.of(articles::add, problems::add);
    private final ArticleReader reader = new ArticleReader(new ArticleReader.Defaults(null, "cli-source", null));

    private void read(String name, byte[] content) throws Exception {
        Path file = dir.resolve(name);
        Files.write(file, content);
        reader.read(file.toString(), null, sink);
    }

    @Test
    void aBadJsonLineIsReportedByNumberAndTheOthersAreRead() throws Exception {
        read("batch.jsonl", ("{\"id\":\"a\",\"published\":\"2012-09-17\",\"text\":\"One.\",\"source\":\"Herald\"}\n"
                + "{not json\n"
                + "\n"
                + "{\"id\":7,\"text\":\"Three.\",\"url\":\"https://x.test/3\",\"lang\":\"en\"}\n").getBytes(StandardCharsets.UTF_8));
        assertEquals(2, articles.size());
        assertEquals("a", articles.get(0).ref());
        assertEquals(LocalDate.of(2012, 9, 17), articles.get(0).published());
        assertEquals("Herald", articles.get(0).source());
        assertEquals("7", articles.get(1).ref());
        assertEquals("cli-source", articles.get(1).source(), "the command line's default fills in");
        assertEquals(1, problems.size());
        assertTrue(problems.get(0).toString().endsWith("batch.jsonl:2: invalid JSON (Unexpected character ('n' (code 110)): was expecting double-quote to start field name)"),
                problems.get(0).toString());
    }

    @Test
    void badFieldsAreReported() throws Exception {
        read("b.jsonl", ("{\"text\":\"\"}\n{\"id\":\"x\"}\n{\"text\":\"ok\",\"published\":\"17/09/2012\"}\n[1,2]\n")
                .getBytes(StandardCharsets.UTF_8));
        assertEquals(List.of("empty article", "missing \"text\" (a string)",
                        "bad \"published\" date '17/09/2012' (expected YYYY-MM-DD, an ISO 8601 or an RFC 822 date)", "expected a JSON object with a \"text\" field"),
                problems.stream().map(InputProblem::message).toList());
    }

    /** Issue 18: a line names its dataset (as generate's lines do); its articles and figures carry it, a bad name is a problem. */
    @Test
    void aLineNamesItsDatasetAndItsArticleAndFiguresCarryIt() throws Exception {
        String text = "Officials said 1,318 people were killed in the floods in Bangladesh last year.";
        read("load.jsonl", ("{\"published\":\"2025-03-04\",\"dataset\":\"synthetic\",\"text\":\"" + text + "\"}\n"
                + "{\"published\":\"2025-03-04\",\"text\":\"" + text + "\"}\n"
                + "{\"dataset\":\"My Load\",\"text\":\"" + text + "\"}\n").getBytes(StandardCharsets.UTF_8));
        assertEquals(List.of("bad \"dataset\" 'My Load' (lower-case letters, digits, '.', '_' or '-')"),
                problems.stream().map(InputProblem::message).toList());
        Extraction extraction = new Extraction();
        Extraction.Result synthetic = extraction.process(articles.get(0));
        Extraction.Result real = extraction.process(articles.get(1));
        assertEquals("synthetic", synthetic.article().dataset());
        assertEquals(Dataset.DEFAULT, real.article().dataset());
        assertNotEquals(real.article().id(), synthetic.article().id(), "the same text in another dataset is another article");
        assertEquals(CleanArticle.idOf(real.article().text()), real.article().id(), "the default dataset's ids are what they were");
        assertEquals(List.of("synthetic"), synthetic.figures().stream().map(Figure::dataset).distinct().toList());
        assertEquals(1, real.figures().size());
        assertFalse(Json.MAPPER.writeValueAsString(real.figures().get(0)).contains("dataset"), "the default is not written");
        assertTrue(Json.MAPPER.writeValueAsString(synthetic.figures().get(0)).endsWith(",\"dataset\":\"synthetic\"}"));
        assertEquals(Dataset.DEFAULT, Json.MAPPER.readValue(Json.MAPPER.writeValueAsString(real.article()), CleanArticle.class).dataset(),
                "a record without the field reads as the default dataset");
        assertEquals("trial", extraction.process(articles.get(1).inDataset("trial")).figures().get(0).dataset(), "ingest --dataset");
    }

    @Test
    void binaryAndInvalidUtf8AreRefused() throws Exception {
        read("photo.txt", new byte[] {(byte) 0x89, 'P', 'N', 'G', 0, 0, 0, 13});
        read("latin1.txt", "Se\u00f1or".getBytes(StandardCharsets.ISO_8859_1));
        assertEquals(List.of("binary or non-UTF-8 input, not an article", "binary or non-UTF-8 input, not an article"),
                problems.stream().map(InputProblem::message).toList());
    }

    @Test
    void missingEmptyAndFolders() throws Exception {
        reader.read(dir.resolve("nope.txt").toString(), null, sink);
        read("empty.txt", "  \n".getBytes(StandardCharsets.UTF_8));
        assertEquals(List.of("no such file", "empty input"), problems.stream().map(InputProblem::message).toList());
        problems.clear();
        Files.createDirectories(dir.resolve("sub"));
        Files.writeString(dir.resolve("sub/a.html"), "<html><body><p>x</p></body></html>");
        Files.writeString(dir.resolve("sub/b.txt"), "plain");
        Files.writeString(dir.resolve("sub/notes.md"), "ignored");
        articles.clear();
        reader.read(dir.resolve("sub").toString(), null, sink);
        assertEquals(List.of(true, false), articles.stream().map(RawArticle::html).toList());
    }

    @Test
    void formatIsSniffedFromContentOnStandardInput() {
        reader.read("-", new ByteArrayInputStream("{\"text\":\"a\"}\n{\"text\":\"b\"}".getBytes(StandardCharsets.UTF_8)), sink);
        reader.read("-", new ByteArrayInputStream("<!doctype html><html><body><p>hi</p></body></html>".getBytes(StandardCharsets.UTF_8)), sink);
        reader.read("-", new ByteArrayInputStream("Just text.".getBytes(StandardCharsets.UTF_8)), sink);
        assertEquals(4, articles.size());
        assertEquals(List.of(false, false, true, false), articles.stream().map(RawArticle::html).toList());
    }

    /**
     * An unreadable file's problem says why, once (issue 21, item 9): the JDK's message for a
     * denied file is only its name. A denied file cannot be made as root (this test's machine), so
     * the reason is checked for the exception the JDK throws, and for a real unreadable file (a
     * symbolic link to itself), the line holds the reason and not the path twice.
     */
    @Test
    void anUnreadableFileSaysWhy() throws Exception {
        assertEquals("permission denied", ArticleReader.reason(new java.nio.file.AccessDeniedException(dir.resolve("a.txt").toString())));
        Path loop = Files.createSymbolicLink(dir.resolve("loop.txt"), dir.resolve("loop.txt"));
        reader.read(loop.toString(), null, sink);
        assertEquals(List.of(loop + ": cannot read: Too many levels of symbolic links or unable to access attributes of symbolic link"), problems.stream().map(InputProblem::toString).toList());
    }

    private static byte[] gzip(String text) throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (GZIPOutputStream out = new GZIPOutputStream(bytes)) {
            out.write(text.getBytes(StandardCharsets.UTF_8));
        }
        return bytes.toByteArray();
    }

    /** gzip is known by its magic bytes: a compressed batch, a compressed page named otherwise, standard input. */
    @Test
    void gzippedInputsAreReadAsWhatTheyHold() throws Exception {
        read("batch.jsonl.gz", gzip("{\"id\":\"a\",\"text\":\"One.\"}\n{\"id\":\"b\",\"text\":\"Two.\"}\n"));
        read("page.download", gzip("<!doctype html><html><body><p>A page.</p></body></html>"));
        read("notes.txt.gz", gzip("<p>Kept as text: the name says .txt.</p>"));
        reader.read("-", new ByteArrayInputStream(gzip("Plain text from a pipe.")), sink);
        assertEquals(List.of(), problems);
        assertEquals(List.of("a", "b"), articles.subList(0, 2).stream().map(RawArticle::ref).toList());
        assertEquals(List.of(false, false, true, false, false), articles.stream().map(RawArticle::html).toList());
        assertEquals("Plain text from a pipe.", articles.get(4).body());
        articles.clear();
        Files.createDirectories(dir.resolve("folder"));
        Files.write(dir.resolve("folder/c.html.gz"), gzip("<html><body><p>c</p></body></html>"));
        Files.write(dir.resolve("folder/d.bin.gz"), gzip("not an article file"));
        reader.read(dir.resolve("folder").toString(), null, sink);
        assertEquals(List.of(dir.resolve("folder/c.html.gz").toString()), articles.stream().map(RawArticle::origin).toList(),
                "a folder's .gz files are read by the name inside");
    }

    /** A batch cut short in its compressed data: the lines before the damage are read, the damage is one line. */
    @Test
    void aTruncatedGzipIsOneProblemAfterWhatCameBefore() throws Exception {
        StringBuilder batch = new StringBuilder();
        for (int i = 0; i < 2000; i++) {
            batch.append("{\"id\":\"").append(i).append("\",\"text\":\"Article number ").append(i * 7919 % 10007).append(".\"}\n");
        }
        byte[] whole = gzip(batch.toString());
        read("cut.jsonl.gz", Arrays.copyOf(whole, whole.length / 2));
        assertTrue(articles.size() > 100 && articles.size() < 2000, "read up to the damage: " + articles.size());
        assertEquals(List.of("corrupt or truncated gzip (it ends inside the compressed data); what came before the damage was read"),
                problems.stream().map(InputProblem::message).toList());
        problems.clear();
        read("bad.gz", new byte[] {0x1f, (byte) 0x8b, 9, 9, 9, 9});
        assertEquals(1, problems.size(), problems.toString());
        assertTrue(problems.get(0).message().startsWith("corrupt or truncated gzip"), problems.toString());
    }

    /**
     * A concatenated gzip (each WARC record is a member; {@code cat a.gz b.gz}) down a pipe that
     * pauses between members: every member is read. The JDK's GZIPInputStream ends at a member's
     * end when no byte of the next has arrived yet.
     */
    @Test
    void everyMemberOfAConcatenatedGzipIsReadFromAPipe() throws Exception {
        PipedOutputStream writer = new PipedOutputStream();
        PipedInputStream pipe = new PipedInputStream(writer, 1 << 16);
        Thread producer = new Thread(() -> {
            try (writer) {
                writer.write(gzip("{\"id\":\"first\",\"text\":\"One.\"}\n"));
                writer.flush();
                Thread.sleep(300); // the reader reaches the first member's end with nothing more in the pipe
                writer.write(gzip("{\"id\":\"second\",\"text\":\"Two.\"}\n"));
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
        producer.start();
        reader.read("-", pipe, sink);
        producer.join();
        assertEquals(List.of(), problems);
        assertEquals(List.of("first", "second"), articles.stream().map(RawArticle::ref).toList());
    }
}
