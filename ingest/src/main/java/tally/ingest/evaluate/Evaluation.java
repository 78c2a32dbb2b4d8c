package tally.ingest.evaluate;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import tally.ingest.Extraction;
import tally.ingest.extract.Trace;
import tally.ingest.read.RawArticle;
import tally.stats.Figure;
import tally.stats.json.Json;

/**
 * Scores the extractor on a gold set: precision, recall and F1 on (metric, value), and on the
 * matched figures the accuracy of place, qualifier, period, basis and percent change, and of kind and
 * definition where the gold carries them (issue 17; a gold figure without them is not scored on them). An item whose
 * form is a page is read as a text copy of a page (the boilerplate filter runs), as {@code extract}
 * reads a saved page; any other item is the article's own text. Each disagreement names the link
 * rule of the figure found, or, for a figure missed, the guard that dropped its number ({@link Trace}).
 */
public final class Evaluation {

    /** One disagreement, for reading what went wrong. */
    public record Miss(String itemId, String kind, String detail, String text) {
    }

    /**
     * The scores. Accuracies are over matched figures; {@code allRight} counts the matched figures
     * whose place, qualifier, period and basis are all right, the figures a user can take as they are.
     * Kind and definition are scored over the matched figures whose gold carries them ({@code kindScored},
     * {@code definitionScored}).
     */
    public record Report(int items, int expected, int predicted, int matched, int placeRight, int qualifierRight,
                         int periodRight, int basisRight, int changeRight, int allRight, int kindScored, int kindRight,
                         int definitionScored, int definitionRight, List<Miss> misses) {

        public double kindAccuracy() {
            return kindScored == 0 ? 1 : kindRight / (double) kindScored;
        }

        public double definitionAccuracy() {
            return definitionScored == 0 ? 1 : definitionRight / (double) definitionScored;
        }

        public double precision() {
            return predicted == 0 ? 1 : matched / (double) predicted;
        }

        public double recall() {
            return expected == 0 ? 1 : matched / (double) expected;
        }

        public double f1() {
            double p = precision();
            double r = recall();
            return p + r == 0 ? 0 : 2 * p * r / (p + r);
        }

        /** Expected figures found with every field right, over all expected figures. */
        public double allFieldsRight() {
            return expected == 0 ? 1 : allRight / (double) expected;
        }

        private double share(int right) {
            return matched == 0 ? 0 : right / (double) matched;
        }

        public String summary() {
            return String.format(Locale.ROOT,
                    "items %d, expected %d, predicted %d, matched %d%n"
                            + "precision %.3f  recall %.3f  F1 %.3f%n"
                            + "on matches: place %.3f  qualifier %.3f  period %.3f  basis %.3f  change %.3f%n"
                            + "all fields right %.3f of expected (%d of %d)%n"
                            + "meaning on matches: kind %.3f (%d of %d annotated)  definition %.3f (%d of %d annotated)",
                    items, expected, predicted, matched, precision(), recall(), f1(),
                    share(placeRight), share(qualifierRight), share(periodRight), share(basisRight), share(changeRight),
                    allFieldsRight(), allRight, expected, kindAccuracy(), kindRight, kindScored, definitionAccuracy(),
                    definitionRight, definitionScored);
        }
    }

    private Evaluation() {
    }

    public static List<GoldItem> load(Path file) {
        try {
            List<GoldItem> items = new ArrayList<>();
            int n = 0;
            for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
                n++;
                if (!line.isBlank()) {
                    try {
                        items.add(Json.MAPPER.readValue(line, GoldItem.class));
                    } catch (IOException e) {
                        throw new IllegalArgumentException(file + ":" + n + ": not a gold item: " + e.getMessage().lines().findFirst().orElse(""), e);
                    }
                }
            }
            return items;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static Report run(List<GoldItem> items) {
        Extraction extraction = new Extraction();
        int expected = 0;
        int predicted = 0;
        int matched = 0;
        int place = 0;
        int qualifier = 0;
        int period = 0;
        int basis = 0;
        int change = 0;
        int allRight = 0;
        int kindScored = 0;
        int kind = 0;
        int definitionScored = 0;
        int definition = 0;
        List<Miss> misses = new ArrayList<>();
        for (GoldItem item : items) {
            RawArticle raw = item.article();
            List<Trace.Dropped> dropped = new ArrayList<>();
            List<Figure> all = extraction.process(raw, (quote, value, reason) -> dropped.add(new Trace.Dropped(value, reason))).figures();
            List<Figure> found = new ArrayList<>(all);
            expected += item.expect().size();
            predicted += found.size();
            for (GoldItem.Expected e : item.expect()) {
                Figure f = found.stream().filter(x -> x.metric() == e.metric() && Math.abs(x.value() - e.value()) < 0.5)
                        .findFirst().orElse(null);
                if (f == null) {
                    misses.add(new Miss(item.id(), "missed", e.metric().json() + " " + fmt(e.value()) + " [" + whyMissed(e, found, all, dropped) + "]", item.text()));
                    continue;
                }
                found.remove(f);
                matched++;
                int placeOk = check(Objects.equals(f.place(), e.place()), item, f, "place", e.place(), f.place(), misses);
                int qualifierOk = check(f.qualifier() == e.qualifier(), item, f, "qualifier", e.qualifier(), f.qualifier(), misses);
                int periodOk = check(Objects.equals(f.period(), e.period()), item, f, "period", e.period(), f.period(), misses);
                int basisOk = check(f.basis() == e.basis(), item, f, "basis", e.basis(), f.basis(), misses);
                place += placeOk;
                qualifier += qualifierOk;
                period += periodOk;
                basis += basisOk;
                allRight += placeOk & qualifierOk & periodOk & basisOk;
                Double want = e.change() == null ? null : e.change().percent();
                Double got = f.change() == null ? null : f.change().percent();
                change += check(Objects.equals(want, got), item, f, "change", want, got, misses);
                if (e.kind() != null) {
                    kindScored++;
                    kind += check(f.kind() == e.kind(), item, f, "kind", e.kind().json(), f.kind().json(), misses);
                }
                if (e.definition() != null) {
                    definitionScored++;
                    definition += check(f.definition() == e.definition(), item, f, "definition", e.definition().json(),
                            f.definition().json(), misses);
                }
            }
            for (Figure f : found) {
                misses.add(new Miss(item.id(), "spurious", f.metric().json() + " " + fmt(f.value()) + " [rule " + f.rule() + "]", item.text()));
            }
        }
        return new Report(items.size(), expected, predicted, matched, place, qualifier, period, basis, change, allRight,
                kindScored, kind, definitionScored, definition, misses);
    }

    private static int check(boolean right, GoldItem item, Figure f, String field, Object want, Object got, List<Miss> misses) {
        if (!right) {
            misses.add(new Miss(item.id(), field, "expected " + want + ", got " + got + " [rule " + f.rule() + "]", item.text()));
        }
        return right ? 1 : 0;
    }

    /**
     * Why no figure of the expected metric and value was found: a figure of that value with another
     * metric and the rule that linked it, the guard that dropped the number, or that it was not read; and
     * when another mention of the same figure was found (a headline and its lead), that too, after the
     * reason this mention was not.
     *
     * @param unmatched the figures no expected figure has taken yet
     */
    private static String whyMissed(GoldItem.Expected e, List<Figure> unmatched, List<Figure> all, List<Trace.Dropped> dropped) {
        for (Figure f : unmatched) {
            if (Math.abs(f.value() - e.value()) < 0.5) {
                return "found as " + f.metric().json() + " by rule " + f.rule();
            }
        }
        String why = dropped.stream().filter(d -> Math.abs(d.value() - e.value()) < 0.5).map(Trace.Dropped::reason).findFirst()
                .orElse("not read: no number of this value in a sentence with a link word");
        return all.stream().filter(f -> f.metric() == e.metric() && Math.abs(f.value() - e.value()) < 0.5).findFirst()
                .map(f -> why + "; another mention found by rule " + f.rule()).orElse(why);
    }

    private static String fmt(double v) {
        return v == Math.rint(v) ? Long.toString((long) v) : Double.toString(v);
    }
}
