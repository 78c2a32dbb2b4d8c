package tally.app;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import tally.stats.consolidate.Estimate;
import tally.stats.consolidate.Mentions;
import tally.stats.consolidate.SeriesPoint;

/** Plain-text tables of the output topics, for people at a terminal. */
public final class Tables {

    private Tables() {
    }

    public static String estimates(Map<String, Estimate> estimates) {
        List<String[]> rows = new ArrayList<>();
        rows.add(new String[] {"metric", "place", "kind", "definition", "period", "basis", "best", "low", "high", "disputed", "per year",
            "per 100k", "sources", "articles"});
        estimates.values().stream()
                .sorted(Comparator.comparing((Estimate e) -> e.metric().ordinal()).thenComparing(Estimate::place)
                        .thenComparing(e -> e.period().from()).thenComparing(Estimate::statistic))
                .forEach(e -> rows.add(new String[] {e.metric().json(), e.subdivision() == null ? e.place() : e.subdivision(),
                    e.kind().json(), e.definition().json(), e.period().from() + ".." + e.period().to(),
                    e.basis().json(), count(e.best()), count(e.low()), count(e.high()), e.disputed() ? "disputed" : "", count(e.perYear()),
                    rate(e.per100k()),
                    String.valueOf(e.sources()), String.valueOf(e.articleCount())}));
        return render(rows);
    }

    public static String series(Map<String, SeriesPoint> points) {
        List<String[]> rows = new ArrayList<>();
        rows.add(new String[] {"metric", "place", "kind", "definition", "year", "value", "per 100k", "change %", "derivation", "estimates"});
        points.values().stream()
                .sorted(Comparator.comparing((SeriesPoint p) -> p.metric().ordinal()).thenComparing(p -> p.series().encode())
                        .thenComparing(SeriesPoint::year))
                .forEach(p -> rows.add(new String[] {p.metric().json(), p.series().area(), p.kind().json(), p.definition().json(),
                    String.valueOf(p.year()), count(p.value()),
                    rate(p.per100k()), p.change() == null ? "" : String.format(Locale.ROOT, "%+.1f", p.change()), p.derivation(),
                    String.valueOf(p.estimates())}));
        return render(rows);
    }

    public static String mentions(Map<String, Mentions> mentions, int top) {
        List<String[]> rows = new ArrayList<>();
        rows.add(new String[] {"metric", "place", "week", "figures", "articles"});
        mentions.values().stream()
                .sorted(Comparator.comparing(Mentions::figures).reversed().thenComparing(Mentions::weekStart))
                .limit(top)
                .forEach(m -> rows.add(new String[] {m.metric().json(), m.place() == null ? "-" : m.place(),
                    m.weekStart() + ".." + m.weekEnd(), String.valueOf(m.figures()), String.valueOf(m.articles())}));
        return render(rows);
    }

    private static String count(Double v) {
        if (v == null) {
            return "";
        }
        return v == Math.rint(v) ? String.format(Locale.ROOT, "%,d", v.longValue()) : String.format(Locale.ROOT, "%,.1f", v);
    }

    private static String rate(Double v) {
        return v == null ? "" : String.format(Locale.ROOT, "%.2f", v);
    }

    private static String render(List<String[]> rows) {
        int[] widths = new int[rows.get(0).length];
        for (String[] r : rows) {
            for (int i = 0; i < r.length; i++) {
                widths[i] = Math.max(widths[i], r[i].length());
            }
        }
        StringBuilder out = new StringBuilder();
        for (int k = 0; k < rows.size(); k++) {
            String[] r = rows.get(k);
            for (int i = 0; i < r.length; i++) {
                boolean numeric = k > 0 && !r[i].isEmpty() && (Character.isDigit(r[i].charAt(0)) || r[i].charAt(0) == '+' || r[i].charAt(0) == '-') && i > 2;
                out.append(numeric ? " ".repeat(widths[i] - r[i].length()) + r[i] : r[i] + " ".repeat(widths[i] - r[i].length()));
                out.append(i + 1 < r.length ? "  " : "");
            }
            out.append('\n');
            if (k == 0) {
                for (int i = 0; i < r.length; i++) {
                    out.append("-".repeat(widths[i])).append(i + 1 < r.length ? "  " : "");
                }
                out.append('\n');
            }
        }
        return out.toString();
    }
}
