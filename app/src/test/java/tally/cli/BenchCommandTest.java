package tally.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** {@code tally bench} on a few figures: every part of the report is there, with rates and record counts measured. */
class BenchCommandTest {

    @Test
    void reportsTheBaselineThePipelineAndTheReferenceTopologies() {
        TallyRun run = TallyRun.of("bench", "--figures", "3000", "--guarantees", "at_least_once", "--latency-seconds", "0",
                "--cold-starts", "0", "--warm-up", "500");
        assertEquals(0, run.exit(), run.err());
        String out = run.out();
        assertTrue(out.contains("0. warm-up: 500 figures"), out);
        assertTrue(positive(out, "produce\\+consume ([0-9,]+) rec/s"), out);
        assertTrue(positive(out, "CPU per figure ([0-9,]+) us in the process"), out);
        assertTrue(positive(out, "([0-9,]+) us in the stream threads"), "stream threads found by name: " + out);
        assertTrue(positive(out, "pipeline at_least_once: 3,000 figures in [0-9.]+ s \\(producing took [0-9.]+ s\\): ([0-9,]+) figures/s"), out);
        assertTrue(positive(out, "([0-9.]+)  tally-streams-figure-updates-by-series-repartition"), "the pipeline's one repartition: " + out);
        assertTrue(positive(out, "a count per key, no repartition: ([0-9,]+) figures/s"), out);
        Matcher shape = Pattern.compile("the pipeline's shape, values as bytes: [0-9,]+ figures/s = [0-9]+ % of raw produce\\+consume; "
                + "([0-9.]+) records written per figure").matcher(out);
        assertTrue(shape.find(), out);
        double records = Double.parseDouble(shape.group(1));
        assertTrue(records > 9 && records < 11, "a store write, a repartition, five store writes, three outputs: " + records);
    }

    private static boolean positive(String out, String regex) {
        Matcher m = Pattern.compile(regex).matcher(out);
        return m.find() && Double.parseDouble(m.group(1).replace(",", "")) > 0;
    }
}
