package tally.ingest.read;

/**
 * Items of an input that are not articles by their nature, not by damage: a feed item that carries
 * only a summary, a web archive's requests, redirects and PDFs. One line for the user, counted
 * apart from problems; a run that skips is not a failed run.
 *
 * @param items how many items the line stands for
 */
public record Skipped(String origin, String message, long items) implements InputReport {

    public Skipped {
        // The same one-line escaping as a problem: both quote the input.
        InputProblem line = new InputProblem(origin, message);
        origin = line.origin();
        message = line.message();
    }

    @Override
    public String toString() {
        return origin + ": " + message;
    }
}
