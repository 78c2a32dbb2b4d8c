package tally.cli;

import com.fasterxml.jackson.databind.ObjectWriter;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;
import tally.ingest.generate.SyntheticNews;
import tally.stats.json.Json;

/** {@code tally generate}: synthetic news with known figures, for benchmarks and accuracy at scale. */
@Command(name = "generate",
        mixinStandardHelpOptions = true,
        description = {
            "Writes synthetic news articles as JSON Lines, each with the figures it states ('expect').",
            "",
            "Articles read like wire copy: most sentences carry no figure (many carry numbers that count nothing: "
                + "ages, times, money, percentages), some state a violence or migration figure in a reporter's phrasing. "
                + "The same --seed gives the same articles. The file is both an input for ingest and extract and a "
                + "gold set for evaluate: `tally generate --articles 100000 -o news.jsonl && tally evaluate news.jsonl`."})
final class GenerateCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--articles", paramLabel = "N", defaultValue = "1000", description = "How many (default: ${DEFAULT-VALUE}).")
    int articles;

    @Option(names = "--seed", paramLabel = "S", defaultValue = "1", description = "Random seed (default: ${DEFAULT-VALUE}).")
    long seed;

    @Option(names = {"-o", "--output"}, paramLabel = "FILE", description = "Write here instead of standard output.")
    Path output;

    @Override
    public Integer call() {
        if (articles < 0) {
            throw new IllegalArgumentException("--articles must be 0 or more");
        }
        SyntheticNews news = new SyntheticNews(seed);
        ObjectWriter writer = Json.MAPPER.writer();
        try (OutputStream out = new BufferedOutputStream(output == null ? unclosed(System.out) : Files.newOutputStream(output), 1 << 16)) {
            for (int i = 0; i < articles; i++) {
                out.write(writer.writeValueAsBytes(news.next()));
                out.write('\n');
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + (output == null ? "standard output" : output) + ": " + e.getMessage(), e);
        }
        return 0;
    }

    /** Standard output stays open for whoever runs this (a test, a pipe). */
    private static OutputStream unclosed(OutputStream out) {
        return new java.io.FilterOutputStream(out) {
            @Override
            public void close() throws IOException {
                flush();
            }
        };
    }
}
