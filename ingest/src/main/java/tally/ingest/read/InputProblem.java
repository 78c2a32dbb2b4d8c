package tally.ingest.read;

/** Why an input, or one line of it, yields no article: one line for the user, no stack trace. */
public record InputProblem(String origin, String message) implements InputReport {

    /**
     * Both parts may quote the input (a file name, a "lang" or "published" value, a parser's
     * message), which can hold line breaks and other control characters: escaped, a problem
     * stays one line and cannot pass for another.
     */
    public InputProblem {
        origin = oneLine(origin);
        message = oneLine(message);
    }

    @Override
    public String toString() {
        return origin + ": " + message;
    }

    private static String oneLine(String s) {
        if (s == null || s.chars().noneMatch(InputProblem::isBreaking)) {
            return s;
        }
        StringBuilder out = new StringBuilder(s.length() + 16);
        s.chars().forEach(c -> out.append(isBreaking(c) ? String.format("\\u%04x", c) : String.valueOf((char) c)));
        return out.toString();
    }

    private static boolean isBreaking(int c) {
        return Character.isISOControl(c) || c == '\u2028' || c == '\u2029';
    }
}
