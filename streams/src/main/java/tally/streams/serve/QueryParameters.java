package tally.streams.serve;

import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import tally.stats.Category;
import tally.stats.Dataset;
import tally.stats.Definition;
import tally.stats.Kind;
import tally.stats.Metric;
import tally.stats.Place;
import tally.stats.Places;
import tally.stats.Qualifier;
import tally.stats.consolidate.StatisticKey;

/**
 * The query string of an API request, checked: unknown or repeated parameters and values that
 * name nothing Tally knows are a 400 with a message, never a 500. An empty value is as if absent
 * (a dashboard filter set to "all").
 */
final class QueryParameters {

    private static final Set<String> COUNTRIES = Places.all().stream().map(Place::iso2).collect(Collectors.toUnmodifiableSet());
    static final String WHOLE_COUNTRY = "none";
    private static final int MIN_YEAR = 1900;
    private static final int MAX_YEAR = 2100;

    private final Map<String, String> values;

    private QueryParameters(Map<String, String> values) {
        this.values = values;
    }

    static QueryParameters of(URI uri, Set<String> allowed) {
        Map<String, String> values = new LinkedHashMap<>();
        String raw = uri.getRawQuery();
        if (raw != null && !raw.isEmpty()) {
            for (String pair : raw.split("&")) {
                if (pair.isEmpty()) {
                    continue;
                }
                int eq = pair.indexOf('=');
                String name = decode(eq < 0 ? pair : pair.substring(0, eq));
                String value = eq < 0 ? "" : decode(pair.substring(eq + 1));
                if (!allowed.contains(name)) {
                    throw ApiException.badRequest("unknown parameter '" + name + "'; this endpoint takes "
                            + (allowed.isEmpty() ? "no parameters" : String.join(", ", new TreeSet<>(allowed))));
                }
                if (values.containsKey(name)) {
                    throw ApiException.badRequest("parameter '" + name + "' is given twice");
                }
                values.put(name, value.strip());
            }
        }
        values.values().removeIf(String::isEmpty);
        return new QueryParameters(values);
    }

    private static String decode(String s) {
        try {
            return URLDecoder.decode(s, StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            throw ApiException.badRequest("malformed percent-encoding in the query string");
        }
    }

    Optional<String> text(String name) {
        return Optional.ofNullable(values.get(name));
    }

    Optional<Category> category() {
        return text("category").map(c -> Arrays.stream(Category.values()).filter(k -> k.json().equals(c)).findFirst()
                .orElseThrow(() -> ApiException.badRequest("unknown category '" + c + "'; one of " + names(Category.values()))));
    }

    Optional<Metric> metric() {
        return text("metric").map(m -> Metric.parse(m)
                .orElseThrow(() -> ApiException.badRequest("unknown metric '" + m + "'; one of " + names(Metric.values()))));
    }

    /** An ISO 3166-1 alpha-2 country code (any case), or {@code --} for figures about no one country. */
    Optional<String> place() {
        return text("place").map(p -> {
            String iso = p.toUpperCase(Locale.ROOT);
            if (!iso.equals(Place.NO_COUNTRY) && !COUNTRIES.contains(iso)) {
                throw ApiException.badRequest("unknown place '" + p + "'; use an ISO 3166-1 alpha-2 country code such as MX or US");
            }
            return iso;
        });
    }

    /** {@code limit}: how many entries one page may hold, from 1 to {@code max}; {@code fallback} when not given. */
    int limit(int fallback, int max) {
        return text("limit").map(l -> {
            try {
                int limit = Integer.parseInt(l);
                if (limit >= 1 && limit <= max) {
                    return limit;
                }
            } catch (NumberFormatException e) {
                // falls through to the message
            }
            throw ApiException.badRequest("limit must be a number from 1 to " + max + "; got '" + l + "'");
        }).orElse(fallback);
    }

    /** A whole number of at least 1 ({@code min_sources}). */
    Optional<Integer> atLeastOne(String name) {
        return text(name).map(v -> {
            try {
                int n = Integer.parseInt(v);
                if (n >= 1) {
                    return n;
                }
            } catch (NumberFormatException e) {
                // falls through to the message
            }
            throw ApiException.badRequest(name + " must be a whole number of at least 1; got '" + v + "'");
        });
    }

    Optional<Qualifier> qualifier() {
        return text("qualifier").map(k -> Arrays.stream(Qualifier.values()).filter(v -> v.json().equals(k)).findFirst()
                .orElseThrow(() -> ApiException.badRequest("unknown qualifier '" + k + "'; one of "
                        + Arrays.stream(Qualifier.values()).map(Qualifier::json).collect(Collectors.joining(", ")))));
    }

    /** A dataset name ({@code dataset=}); a 400 saying what a name is, for anything else. */
    Optional<String> dataset() {
        return text("dataset").map(d -> {
            if (!Dataset.valid(d)) {
                throw ApiException.badRequest("dataset '" + d + "' is not a dataset name (lower-case letters, digits, '.', '_' or '-', "
                        + "e.g. default or synthetic)");
            }
            return d;
        });
    }

    Optional<Kind> kind() {
        return text("kind").map(k -> {
            try {
                return Kind.of(k);
            } catch (IllegalArgumentException e) {
                throw ApiException.badRequest(e.getMessage());
            }
        });
    }

    Optional<Definition> definition() {
        return text("definition").map(d -> {
            try {
                return Definition.of(d);
            } catch (IllegalArgumentException e) {
                throw ApiException.badRequest(e.getMessage());
            }
        });
    }

    /**
     * An ISO 3166-2 code (any case) to keep that subdivision's statistics, or {@value #WHOLE_COUNTRY}
     * to keep only those of whole countries; absent, both.
     */
    Optional<String> subdivision() {
        return text("subdivision").map(s -> {
            if (s.equals(WHOLE_COUNTRY)) {
                return s;
            }
            String code = s.toUpperCase(Locale.ROOT);
            if (!code.matches("[A-Z]{2}-[A-Z0-9]{1,3}") || !COUNTRIES.contains(code.substring(0, 2))) {
                throw ApiException.badRequest("unknown subdivision '" + s + "'; use an ISO 3166-2 code such as MX-CHH, or "
                        + WHOLE_COUNTRY + " for whole countries only");
            }
            return code;
        });
    }

    /** Whether a statistic's subdivision (null: a whole country) passes the {@link #subdivision} filter. */
    static boolean subdivisionMatches(Optional<String> filter, String subdivision) {
        return filter.map(f -> f.equals(WHOLE_COUNTRY) ? subdivision == null : f.equals(subdivision)).orElse(true);
    }

    Optional<Integer> year() {
        return text("year").map(y -> {
            try {
                int year = Integer.parseInt(y);
                if (year >= MIN_YEAR && year <= MAX_YEAR) {
                    return year;
                }
            } catch (NumberFormatException e) {
                // falls through to the message
            }
            throw ApiException.badRequest("year must be a number from " + MIN_YEAR + " to " + MAX_YEAR + "; got '" + y + "'");
        });
    }

    /** A date parameter, {@code YYYY-MM-DD}. */
    Optional<LocalDate> date(String name) {
        return text(name).map(d -> {
            try {
                return LocalDate.parse(d);
            } catch (DateTimeParseException e) {
                throw ApiException.badRequest(name + " must be a date YYYY-MM-DD; got '" + d + "'");
            }
        });
    }

    StatisticKey statistic() {
        String key = text("statistic").orElseThrow(() -> ApiException.badRequest(
                "parameter 'statistic' is required, e.g. statistic=deaths%7CMX%7C2010-01-01%7C2010-12-31%7Ctotal%7Cflow%7Cunspecified "
                        + "(an estimate's statistic key, URL-encoded: | is %7C)"));
        try {
            return StatisticKey.parse(key);
        } catch (IllegalArgumentException e) {
            throw ApiException.badRequest(e.getMessage());
        }
    }

    private static String names(Enum<?>[] values) {
        return Arrays.stream(values).map(v -> v.name().toLowerCase(Locale.ROOT)).collect(Collectors.joining(", "));
    }
}
