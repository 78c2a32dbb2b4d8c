package tally.ingest.read;

/** Why an input, or one line of it, yields no article: one line for the user, no stack trace. */
public record InputProblem(String origin, String message) {

    @Override
    public String toString() {
        return origin + ": " + message;
    }
}
