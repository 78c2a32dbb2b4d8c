package tally.ingest.read;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tally.ingest.Extraction;
import tally.stats.Figure;

/**
 * A batch as the reliability issue describes it: hostile inputs (empty, binary, invalid UTF-8,
 * 50 MB, a single 5 MB line, 100,000 nested elements, scripts full of figure-like sentences)
 * between good articles with known figures, read and extracted the way {@code tally extract}
 * does (one sink, no try/catch: an exception would lose the rest of the batch and fail here).
 * Each bad input must end in a clear problem or be processed, within a bound measured from the
 * end of the input before it, in CPU time of the reading thread; the bounds are hang guards, far
 * above the seconds it takes, not benchmarks (wall time tripped them at load average 24). Everything runs in the surefire default heap. {@code HostileInputTest} covers the
 * extractor alone on adversarial text; this test covers the batch around it.
 */
class HostileArticlesTest {

    /** The bound for every input but the 50 MB one, and for that one. */
    private static final Duration BOUND = Duration.ofSeconds(30);
    private static final Duration BOUND_50_MB = Duration.ofSeconds(60);

    @TempDir
    Path dir;

    private final ArticleReader reader = new ArticleReader(new ArticleReader.Defaults(null, "hostile", null));

    /** What became of one input: its figures as "metric=value", or its problem, and how long it took. */
    record Outcome(String origin, List<String> figures, String problem, Duration took) {
    }

    /** Extracts every article as it arrives and keeps only a summary, so the batch's memory stays its own. */
    private static final class BatchSink implements ArticleSink {
        private final Extraction extraction = new Extraction();
        private final List<Outcome> outcomes = new ArrayList<>();
        /** The reading thread's CPU time: a hang guard that other processes' load cannot trip. */
        private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();
        private long last = THREADS.getCurrentThreadCpuTime();

        @Override
        public void article(RawArticle raw) {
            Extraction.Result result = extraction.process(raw);
            List<String> figures = result.figures().stream().map(HostileArticlesTest::summary).toList();
            record(raw.origin(), figures, result.problem());
        }

        @Override
        public void problem(InputProblem problem) {
            record(problem.origin(), List.of(), problem.message());
        }

        private void record(String origin, List<String> figures, String problem) {
            long now = THREADS.getCurrentThreadCpuTime();
            String name = origin.substring(origin.lastIndexOf(java.io.File.separatorChar) + 1); // "batch.jsonl:12"
            outcomes.add(new Outcome(name, figures, problem, Duration.ofNanos(now - last)));
            last = now;
        }

        /** The one outcome of an input ("name.txt", "batch.jsonl:12"). */
        Outcome of(String origin) {
            List<Outcome> found = outcomes.stream().filter(o -> o.origin().equals(origin)).toList();
            assertEquals(1, found.size(), () -> origin + " should have exactly one outcome: " + outcomes);
            return found.get(0);
        }
    }

    private static String summary(Figure f) {
        return f.metric().json() + "=" + (long) f.value();
    }

    // Good articles with known figures.

    private static final String GOOD_TEXT = "Published: 2011-01-13\n\n"
            + "Mexico released its database of drug-war killings on Wednesday, the first official count since the "
            + "government sent the army into the streets, and officials said it would be updated every month.\n\n"
            + "According to the figures, 15,273 people were killed in drug violence in Mexico in 2010, "
            + "a sharp rise from the year before, when the government counted fewer deaths.\n";

    private static final String GOOD_HTML = "<!doctype html><html><head><title>Border arrests fall</title>"
            + "<meta property=\"article:published_time\" content=\"2012-02-03\"></head><body>"
            + "<nav><a href=\"/\">Home</a> <a href=\"/world\">World</a></nav><article>"
            + "<p>The number of people caught crossing the border illegally fell again last year, the government said "
            + "on Thursday, and officials credited a weaker economy and tougher enforcement along the frontier.</p>"
            + "<p>The officials said that agents of the U.S. Border Patrol apprehended 327,577 migrants along the southwest "
            + "border in fiscal year 2011, which is the lowest number that they have recorded in the past four decades.</p>"
            + "</article></body></html>";

    /** A page whose scripts, styles and handlers are full of figures; only the article's own sentence counts. */
    static final String SCRIPTED_HTML = "<!doctype html><html><head><title>Violence in Honduras</title>"
            + "<meta property=\"article:published_time\" content=\"2012-05-10\">"
            + "<script>document.write('Officials said 901 people were killed in Mexico last year.');</script>"
            + "<style>p::after { content: 'Officials said 902 migrants died crossing the border in 2011.'; }</style>"
            + "<script type=\"application/ld+json\">{\"@type\":\"NewsArticle\",\"articleBody\":"
            + "\"Officials said 903 people were killed in Mexico in 2011.\"}</script>"
            + "</head><body onload=\"alert('Officials said 904 people were killed in Mexico in 2011.')\"><article>"
            + "<p onclick=\"track('Officials said 905 people were killed in Mexico in 2011.')\">Police in San Pedro Sula "
            + "said on Wednesday that 31 people were killed in Honduras last week, and the government said it would send "
            + "more soldiers to the city after a month of violence between rival gangs.</p>"
            + "<noscript>Officials said 906 people were killed in Mexico in 2011.</noscript>"
            + "<script>var quote = \"</scr\" + \"ipt><p>Officials said 907 people were killed in Mexico in 2011.</p>\";</script>"
            + "<svg><script>Officials said 908 people were killed in Mexico in 2011.</script></svg>"
            + "<template><p>Officials said 909 people were killed in Mexico in 2011.</p></template>"
            + "<img src=\"x\" onerror=\"Officials said 910 people were killed in Mexico in 2011.\">"
            + "<iframe srcdoc=\"<p>Officials said 911 people were killed in Mexico in 2011.</p>\"></iframe>"
            + "<p>The city has one of the highest murder rates in the world, and residents said that the violence had "
            + "changed the way they live, work and travel, with many shops closing before dark.</p></article>"
            + "<script>Officials said 912 people were killed in Mexico in 2011. The script is never closed";

    private static final List<String> SCRIPTED_HTML_FIGURES = List.of("deaths=31");

    /** 100,000 nested divs around an article: a parser must neither overflow its stack nor go quadratic. */
    static String nestedHtml() {
        return "<html><body>" + "<div>".repeat(100_000) + "<p>Police in Ciudad Juarez said on Tuesday that 12 people were "
                + "killed in a shootout in Mexico, and officials said the violence had grown worse since the summer.</p>"
                + "</div>".repeat(100_000) + "</body></html>";
    }

    @Test
    void aFolderOfHostileFilesLosesNoGoodArticle() throws Exception {
        Path batch = Files.createDirectories(dir.resolve("batch"));
        Files.writeString(batch.resolve("00-good.txt"), GOOD_TEXT);
        Files.write(batch.resolve("01-empty.txt"), new byte[0]);
        Files.writeString(batch.resolve("02-blank.html"), " \n\t\n");
        Files.write(batch.resolve("03-binary.txt"), randomBytes(1 << 20, true));
        Files.write(batch.resolve("04-binary-no-nul.html"), randomBytes(1 << 16, false));
        Files.write(batch.resolve("05-bad-utf8.txt"), concat(GOOD_TEXT.substring(0, 120), new byte[] {(byte) 0xC3, (byte) 0x28,
                (byte) 0xFF, (byte) 0xED, (byte) 0xA0, (byte) 0x80}, GOOD_TEXT.substring(120)));
        Files.writeString(batch.resolve("06-nested.html"), nestedHtml());
        Files.writeString(batch.resolve("07-scripts.html"), SCRIPTED_HTML);
        long size = write50MegabyteArticle(batch.resolve("08-huge.txt"));
        Files.writeString(batch.resolve("09-bad-date.txt"), GOOD_TEXT.replace("2011-01-13", "2011-13-45"));
        Files.writeString(batch.resolve("10-good.html"), GOOD_HTML);
        assertTrue(size >= 50_000_000, "50 MB written: " + size);

        BatchSink sink = new BatchSink();
        assertTimeoutPreemptively(Duration.ofMinutes(5), () -> reader.read(batch.toString(), null, sink));

        assertEquals(List.of("deaths=15273"), sink.of("00-good.txt").figures());
        assertEquals("empty input", sink.of("01-empty.txt").problem());
        assertEquals("empty input", sink.of("02-blank.html").problem());
        assertEquals("binary or non-UTF-8 input, not an article", sink.of("03-binary.txt").problem());
        assertEquals("binary or non-UTF-8 input, not an article", sink.of("04-binary-no-nul.html").problem());
        assertEquals("binary or non-UTF-8 input, not an article", sink.of("05-bad-utf8.txt").problem());
        assertEquals(List.of("deaths=12"), processed(sink.of("06-nested.html")).figures());
        assertEquals(SCRIPTED_HTML_FIGURES, processed(sink.of("07-scripts.html")).figures());
        Outcome huge = processed(sink.of("08-huge.txt"));
        assertEquals("deaths=44", huge.figures().get(0), "the first figure of the 50 MB article");
        assertTrue(huge.figures().containsAll(List.of("deaths=44", "migrants=150000", "deportations=396906")), huge.figures()::toString);
        assertEquals(List.of("deaths=15273"), processed(sink.of("09-bad-date.txt")).figures(), "a header that is no date is text");
        assertEquals(List.of("apprehensions=327577"), sink.of("10-good.html").figures());
        assertEquals(11, sink.outcomes.size(), sink.outcomes::toString);
        for (Outcome o : sink.outcomes) {
            Duration bound = o.origin().equals("08-huge.txt") ? BOUND_50_MB : BOUND;
            assertTrue(o.took().compareTo(bound) <= 0, () -> o.origin() + " took " + o.took());
        }
    }

    @Test
    void aJsonLinesBatchWithHostileLinesLosesNoGoodLine() throws Exception {
        Path batch = dir.resolve("batch.jsonl");
        try (OutputStream out = Files.newOutputStream(batch)) {
            for (int i = 0; i < 100; i++) {
                out.write(goodLine(i));
            }
            out.write("\n".getBytes(StandardCharsets.UTF_8)); // 101: empty line, skipped silently
            out.write("{}\n".getBytes(StandardCharsets.UTF_8)); // 102
            out.write(concat("{\"id\":\"latin1\",\"text\":\"Police said 12 people were killed in Le", new byte[] {(byte) 0xF3},
                    "n.\"}\n")); // 103: ISO-8859-1 "León" in an otherwise good line
            out.write(jsonLine("five-mb", fiveMegabyteParagraph())); // 104
            out.write(jsonLine("digits", "1,000,".repeat(5_000_000 / 6))); // 105: 5 MB without a space
            out.write(jsonLine("scripts", SCRIPTED_HTML)); // 106
            out.write(jsonLine("nested", nestedHtml())); // 107
            out.write(jsonLine("controls", "Police said 13 people were killed in Mexico.\u0000\u0001\u001b[2J\u202e\ufeff\ud800")); // 108: escaped controls
            out.write("{\"id\":\"cut\",\"text\":\"Police said 14 people were\n".getBytes(StandardCharsets.UTF_8)); // 109
            out.write(("[".repeat(100_000) + "\n").getBytes(StandardCharsets.UTF_8)); // 110
            out.write("{\"text\":\"   \"}\n".getBytes(StandardCharsets.UTF_8)); // 111
            for (int i = 100; i < 200; i++) {
                out.write(goodLine(i));
            }
        }

        BatchSink sink = new BatchSink();
        assertTimeoutPreemptively(Duration.ofMinutes(3), () -> reader.read(batch.toString(), null, sink));

        for (int i = 0; i < 200; i++) {
            int line = i < 100 ? i + 1 : i + 12;
            assertEquals(List.of("deaths=" + (100 + i)), sink.of("batch.jsonl:" + line).figures(), "good line " + line);
        }
        assertTrue(sink.outcomes.stream().noneMatch(o -> o.origin().equals("batch.jsonl:101")), "an empty line is skipped");
        assertEquals("missing \"text\" (a string)", sink.of("batch.jsonl:102").problem());
        assertEquals("not valid UTF-8 (binary or another encoding)", sink.of("batch.jsonl:103").problem());
        Outcome five = processed(sink.of("batch.jsonl:104"));
        assertEquals("deaths=44", five.figures().get(0));
        assertEquals(List.of(), processed(sink.of("batch.jsonl:105")).figures(), "a run of numbers counts nothing");
        assertEquals(SCRIPTED_HTML_FIGURES, processed(sink.of("batch.jsonl:106")).figures());
        assertEquals(List.of("deaths=12"), processed(sink.of("batch.jsonl:107")).figures());
        assertEquals(List.of("deaths=13"), processed(sink.of("batch.jsonl:108")).figures());
        assertTrue(sink.of("batch.jsonl:109").problem().startsWith("invalid JSON ("), sink.of("batch.jsonl:109")::toString);
        assertTrue(sink.of("batch.jsonl:110").problem().startsWith("invalid JSON ("), sink.of("batch.jsonl:110")::toString);
        assertEquals("empty article", sink.of("batch.jsonl:111").problem());
        assertEquals(200 + 10, sink.outcomes.size());
        for (Outcome o : sink.outcomes) {
            assertTrue(o.took().compareTo(BOUND) <= 0, () -> o.origin() + " took " + o.took());
        }
    }

    private static Outcome processed(Outcome o) {
        assertNull(o.problem(), () -> o.origin() + " should have been processed: " + o.problem());
        return o;
    }

    private static byte[] goodLine(int i) {
        return jsonLine("g" + i, "Police in Ciudad Juarez said " + (100 + i) + " people were killed in Mexico last month.");
    }

    private static byte[] jsonLine(String id, String text) {
        try {
            return (tally.stats.json.Json.MAPPER.writeValueAsString(java.util.Map.of("id", id, "published", "2012-03-05",
                    "text", text)) + "\n").getBytes(StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static byte[] randomBytes(int n, boolean withNuls) {
        byte[] bytes = new byte[n];
        new Random(7).nextBytes(bytes);
        for (int i = 0; i < n; i++) {
            if (withNuls && i % 97 == 0) {
                bytes[i] = 0;
            } else if (!withNuls && bytes[i] == 0) {
                bytes[i] = (byte) 0xFF;
            }
        }
        return bytes;
    }

    private static byte[] concat(String before, byte[] middle, String after) {
        byte[] a = before.getBytes(StandardCharsets.UTF_8);
        byte[] c = after.getBytes(StandardCharsets.UTF_8);
        byte[] out = new byte[a.length + middle.length + c.length];
        System.arraycopy(a, 0, out, 0, a.length);
        System.arraycopy(middle, 0, out, a.length, middle.length);
        System.arraycopy(c, 0, out, a.length + middle.length, c.length);
        return out;
    }

    /** Realistic sentences, a few of them figures; repeated in varied order. */
    private static final String[] PROSE = {
        "The government said on Monday that it would send more federal police to the northern states.",
        "Residents said that the violence had changed the way they live, work and travel in the region.",
        "Officials in the capital declined to comment on the report, which was published by a university.",
        "Analysts said that the cartels had split into smaller groups that fight over local markets.",
        "Some 150,000 unauthorized migrants arrive in the United States each year, researchers estimate.",
        "The Obama administration deported 396,906 people in fiscal year 2011, immigration officials said.",
        "Human rights groups said the army had been accused of abuses in several of the cities it patrols.",
        "The mayor said that schools would stay open and that buses would run on their normal routes.",
    };

    private static final String FIRST_PARAGRAPH = "Police in Tegucigalpa said on Tuesday that 44 people were killed in "
            + "Honduras over the weekend, the deadliest two days in the country this year.";

    /** Writes about 50 MB of paragraphs to a file without holding them in memory; returns the size. */
    private static long write50MegabyteArticle(Path file) throws IOException {
        Random random = new Random(50);
        long written = 0;
        try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            out.write("Published: 2012-03-05\n\n" + FIRST_PARAGRAPH + "\n\n");
            while (written < 50_000_000) {
                StringBuilder paragraph = new StringBuilder();
                for (int s = 0; s < 4; s++) {
                    paragraph.append(PROSE[random.nextInt(PROSE.length)]).append(' ');
                }
                paragraph.append("\n\n");
                out.write(paragraph.toString());
                written += paragraph.length();
            }
        }
        return Files.size(file);
    }

    /** About 5 MB of sentences in one paragraph, so one JSON line with one 5 MB text field. */
    private static String fiveMegabyteParagraph() {
        Random random = new Random(5);
        StringBuilder text = new StringBuilder(FIRST_PARAGRAPH).append(' ');
        while (text.length() < 5_000_000) {
            text.append(PROSE[random.nextInt(PROSE.length)]).append(' ');
        }
        return text.toString();
    }
}
