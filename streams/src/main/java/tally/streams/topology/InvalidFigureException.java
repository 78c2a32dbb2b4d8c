package tally.streams.topology;

/** A figure that parsed but is not acceptable; its message is the reason in the dead-letter queue. */
public final class InvalidFigureException extends RuntimeException {

    public InvalidFigureException(String reason) {
        super(reason);
    }
}
