package tally.stats;

import java.time.LocalDate;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * What makes a figure on {@code tally.figures} acceptable: the shape (schema version, ids), a
 * sane value and a possible period and place. A figure that fails is dead-lettered with the reason.
 */
public final class FigureValidation {

    /** More people than have ever lived at once is not a count. */
    public static final double MAX_VALUE = 1e10;
    static final LocalDate EARLIEST = LocalDate.of(1900, 1, 1);
    /**
     * A publication date after this is a broken date field, not news. A fixed bound rather than
     * today's date, so that validating a retained topic again gives the same answer.
     */
    static final LocalDate LATEST_PUBLISHED = LocalDate.of(2199, 12, 31);
    private static final Set<String> COUNTRIES = Places.all().stream().map(Place::country)
            .filter(c -> c != null).collect(Collectors.toUnmodifiableSet());

    private FigureValidation() {
    }

    /** The reason the figure is invalid, or null when it is valid. */
    public static String problem(Figure f) {
        if (f.schema() != Figure.SCHEMA) {
            return "unknown schema version " + f.schema();
        }
        if (f.id().isBlank() || f.articleId().isBlank()) {
            return "missing id or articleId";
        }
        if (!(f.value() > 0) || f.value() > MAX_VALUE || Double.isNaN(f.value()) || Double.isInfinite(f.value())) {
            return "value " + f.value() + " is not a count of people";
        }
        if (f.place() != null && !COUNTRIES.contains(f.place())) {
            return "unknown place '" + f.place() + "'";
        }
        if (!f.definition().appliesTo(f.metric())) {
            return "definition " + f.definition().json() + " does not apply to " + f.metric().json();
        }
        if (f.subdivision() != null && (f.place() == null || !f.subdivision().startsWith(f.place() + "-"))) {
            return "subdivision '" + f.subdivision() + "' is not inside place '" + f.place() + "'";
        }
        if (f.subdivision() != null && !Places.subdivisions().contains(f.subdivision())) {
            return "unknown subdivision '" + f.subdivision() + "'";
        }
        if (f.published() != null && (f.published().isBefore(EARLIEST) || f.published().isAfter(LATEST_PUBLISHED))) {
            return "publication date " + f.published() + " is not between " + EARLIEST + " and " + LATEST_PUBLISHED;
        }
        if (!Dataset.valid(f.dataset())) {
            return "dataset '" + f.dataset() + "' is not a dataset name";
        }
        Period p = f.period();
        if (p != null && p.from().isBefore(EARLIEST)) {
            return "period starts before " + EARLIEST;
        }
        if (p != null && f.published() != null && p.from().isAfter(f.published())) {
            return "period starts after the publication date";
        }
        return null;
    }
}
