package tally.ingest.read;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.PipedInputStream;
import java.io.PipedOutputStream;
import java.io.RandomAccessFile;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Inputs are read as streams (issue 21, item 7): a 2 GB file, {@code /dev/zero} behind a symlink
 * and inputs over the 64 MiB limit of one article each end in one problem line, in the test JVM's
 * default heap, and the inputs after them are still read; standard input hands on each line of a
 * batch as it arrives. Before, each huge input ended in {@code OutOfMemoryError} (and the batch
 * with it), and standard input was read to its end first.
 */
class StreamedInputsTest {

    @TempDir
    Path dir;

    private final ArticleReader reader = new ArticleReader(new ArticleReader.Defaults(null, null, null));

    /** Every outcome as "name: problem" or "name: article". */
    private static final class Outcomes implements ArticleSink {
        final List<String> seen = new ArrayList<>();

        @Override
        public void article(RawArticle article) {
            seen.add(name(article.origin()) + ": article");
        }

        @Override
        public void problem(InputProblem problem) {
            seen.add(name(problem.origin()) + ": " + problem.message());
        }

        private static String name(String origin) {
            return origin.substring(origin.lastIndexOf('/') + 1);
        }
    }

    @Test
    void hugeAndEndlessInputsAreOneProblemEachAndTheRestIsRead() throws IOException {
        assumeTrue(Files.exists(Path.of("/dev/zero")), "a system with /dev/zero");
        Path batch = Files.createDirectories(dir.resolve("batch"));
        try (RandomAccessFile sparse = new RandomAccessFile(batch.resolve("1-two-gigabytes.txt").toFile(), "rw")) {
            sparse.setLength(2L << 30); // 2 GiB of zeros, no disk used
        }
        // Named on the command line (a folder's walk takes regular files only).
        Path zero = Files.createSymbolicLink(dir.resolve("2-zero.jsonl"), Path.of("/dev/zero"));
        Path big = batch.resolve("3-big.txt");
        writeRepeated(big, "Officials said that the talks would go on. ", ArticleReader.MAX_ARTICLE_BYTES + 1);
        Path lines = batch.resolve("4-long-line.jsonl");
        Files.writeString(lines, line("first"));
        writeRepeated(lines, "x", ArticleReader.MAX_ARTICLE_BYTES + 1);
        Files.writeString(lines, "\n" + line("third"), StandardOpenOption.APPEND);
        Files.writeString(batch.resolve("5-good.txt"), "Police said 12 people were killed in Mexico on Monday.");

        Outcomes outcomes = new Outcomes();
        reader.read(zero.toString(), null, outcomes);
        reader.read(batch.toString(), null, outcomes);

        assertEquals(List.of(
                "2-zero.jsonl: binary or non-UTF-8 input, not an article",
                "1-two-gigabytes.txt: binary or non-UTF-8 input, not an article",
                "3-big.txt: larger than 64 MiB, the most one article may be; not read",
                "4-long-line.jsonl:1: article",
                "4-long-line.jsonl:2: line longer than 64 MiB, the most one article may be; not read",
                "4-long-line.jsonl:3: article",
                "5-good.txt: article"), outcomes.seen);
    }

    @Test
    void standardInputHandsOnEachLineAsItArrives() throws Exception {
        PipedOutputStream writer = new PipedOutputStream();
        PipedInputStream stdin = new PipedInputStream(writer, 1 << 16);
        BlockingQueue<String> arrived = new LinkedBlockingQueue<>();
        Thread reading = new Thread(() -> reader.read("-", stdin,
                ArticleSink.of(article -> arrived.add(article.ref()), problem -> arrived.add("problem " + problem))), "stdin-reader");
        reading.start();
        for (String id : List.of("a", "b", "c")) {
            writer.write(line(id).getBytes(StandardCharsets.UTF_8));
            writer.flush();
            // A hang guard, not a timing: the line is read long before, while standard input stays open.
            assertEquals(id, arrived.poll(60, TimeUnit.SECONDS), "line " + id + " handed on before standard input closes");
        }
        writer.close();
        reading.join(TimeUnit.SECONDS.toMillis(60));
        assertEquals(List.of(), new ArrayList<>(arrived));
    }

    private static String line(String id) {
        return "{\"id\":\"" + id + "\",\"published\":\"2012-03-05\",\"text\":\"Police said 12 people were killed in Mexico.\"}\n";
    }

    /** Appends {@code unit} repeated to at least {@code bytes} bytes, without holding them in memory. */
    private static void writeRepeated(Path file, String unit, long bytes) throws IOException {
        byte[] block = unit.repeat((1 << 20) / unit.length()).getBytes(StandardCharsets.UTF_8);
        try (FileChannel out = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE, StandardOpenOption.APPEND)) {
            for (long written = 0; written < bytes; written += block.length) {
                out.write(ByteBuffer.wrap(block));
            }
        }
    }
}
