package tally.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** The README's main command, twice on the same data directory: the second run starts from the first's data. */
class DemoCommandTest {

    @TempDir
    Path dir;

    private String demo() {
        StringWriter out = new StringWriter();
        CommandLine cli = Tally.commandLine();
        cli.setOut(new PrintWriter(out, true));
        cli.setErr(new PrintWriter(new StringWriter(), true));
        assertEquals(0, cli.execute("demo", "--once", "--data-dir", dir.toString(), "--partitions", "2", "--http-port", "0"));
        return out.toString();
    }

    private static String estimatesTable(String output) {
        int start = output.indexOf("Consolidated estimates");
        return output.substring(start, output.indexOf("Yearly series"));
    }

    @Test
    void printsTheTablesAndARestartChangesNoStatistic() {
        String first = demo();
        assertTrue(first.contains("Consolidated estimates (tally.estimates)"), first);
        // Mexico's 2010 deaths are two statistics: killings linked to organized crime and all homicides.
        assertTrue(first.matches("(?s).*deaths\\s+MX\\s+flow\\s+organized_crime\\s+2010-01-01\\.\\.2010-12-31\\s+total\\s+15,273\\s+15,000\\s+15,300\\s.*"),
                first);
        assertTrue(first.matches("(?s).*deaths\\s+MX\\s+flow\\s+homicide\\s+2010-01-01\\.\\.2010-12-31\\s+total\\s+25,757\\s.*"), first);
        assertTrue(first.contains("Yearly series (tally.series.yearly)"));
        assertTrue(first.contains("Busiest weeks (tally.mentions.weekly)"));
        String second = demo();
        assertEquals(estimatesTable(first), estimatesTable(second), "the samples ingested twice count once");
    }
}
