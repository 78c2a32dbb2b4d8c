package tally.cli;

import com.fasterxml.jackson.databind.SequenceWriter;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;
import tally.stats.consolidate.Snapshot;
import tally.stats.json.Json;
import tally.app.Export;
import tally.streams.kafka.KafkaConnection;

/** {@code tally export}: output topics or figures as CSV or JSON Lines, for pandas, R or a spreadsheet. */
@Command(name = "export",
        mixinStandardHelpOptions = true,
        description = {
            "Writes the current estimates, yearly series, weekly mentions, or the figures behind them, as CSV or JSON Lines.",
            "",
            "CSV has one header row; its columns are documented in the README. JSON Lines carries the records as "
                + "they are on the topics (JSON Schemas in stats/src/main/resources/tally/schemas/). --as-of "
                + "recomputes the statistics from the figures published on or before that date, with the same "
                + "rules as the Streams application; --dataset does the same with the figures of one dataset alone."})
final class ExportCommand implements Callable<Integer> {

    enum Format { CSV, JSONL }

    @Spec
    CommandSpec spec;

    @Mixin
    KafkaOptions kafka;

    @Parameters(paramLabel = "WHAT", description = "${COMPLETION-CANDIDATES}.",
            converter = Kinds.class, completionCandidates = Kinds.class)
    Export.Kind kind;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "csv", converter = Formats.class, completionCandidates = Formats.class,
            description = "${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
    Format format;

    @Option(names = "--as-of", paramLabel = "YYYY-MM-DD", description = "Only what had been reported (published) by then.")
    LocalDate asOf;

    @Option(names = "--dataset", paramLabel = "NAME", converter = Converters.DatasetName.class,
            description = "Only the figures of this dataset, and the statistics recomputed from them (default: every dataset).")
    String dataset;

    @Option(names = {"-o", "--output"}, paramLabel = "FILE", description = "Write to FILE instead of standard output.")
    Path output;

    @Override
    public Integer call() throws IOException {
        List<?> records;
        try (KafkaConnection connection = kafka.open()) {
            if (kind == Export.Kind.FIGURES) {
                records = Export.figures(connection.client(), connection.environment(), asOf, dataset);
            } else {
                Snapshot s = Export.statistics(connection.client(), connection.environment(), asOf, dataset);
                records = new ArrayList<>(switch (kind) {
                    case ESTIMATES -> s.estimates().values();
                    case SERIES -> s.series().values();
                    default -> s.mentions().values();
                });
            }
        }
        if (output == null) {
            write(records, spec.commandLine().getOut());
        } else {
            try (Writer out = Files.newBufferedWriter(output, StandardCharsets.UTF_8)) {
                write(records, out);
            }
        }
        if (output != null) {
            spec.commandLine().getErr().printf("tally export: %d %s written to %s%n", records.size(),
                    kind.name().toLowerCase(Locale.ROOT), output);
        }
        return 0;
    }

    private void write(List<?> records, Writer out) throws IOException {
        if (format == Format.JSONL) {
            for (Object r : records) {
                out.write(Json.MAPPER.writeValueAsString(r));
                out.write('\n');
            }
        } else {
            writeCsv(records, out);
        }
        out.flush();
    }

    private static void writeCsv(List<?> records, Writer out) throws IOException {
        List<Map<String, Object>> rows = records.stream().map(Export::row).toList();
        if (rows.isEmpty()) {
            return;
        }
        CsvMapper csv = new CsvMapper();
        csv.findAndRegisterModules();
        CsvSchema.Builder schema = CsvSchema.builder().setUseHeader(true);
        rows.get(0).keySet().forEach(schema::addColumn);
        SequenceWriter writer = csv.writer(schema.build()).without(com.fasterxml.jackson.core.JsonGenerator.Feature.AUTO_CLOSE_TARGET).writeValues(out);
        try (writer) {
            for (Map<String, Object> row : rows) {
                Map<String, Object> text = new java.util.LinkedHashMap<>();
                row.forEach((k, v) -> text.put(k, v == null ? "" : v instanceof Double d && d == Math.rint(d) ? String.valueOf(d.longValue()) : v.toString()));
                writer.write(text);
            }
        }
    }

    static final class Kinds extends Choice.OfEnum<Export.Kind> {
        Kinds() {
            super(Export.Kind.class);
        }
    }

    static final class Formats extends Choice.OfEnum<Format> {
        Formats() {
            super(Format.class);
        }
    }
}
