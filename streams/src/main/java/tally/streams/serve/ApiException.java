package tally.streams.serve;

/** A request that cannot be answered, with the HTTP status and a message for the caller. */
final class ApiException extends RuntimeException {

    private final int status;

    ApiException(int status, String message) {
        super(message);
        this.status = status;
    }

    static ApiException badRequest(String message) {
        return new ApiException(400, message);
    }

    static ApiException notFound(String message) {
        return new ApiException(404, message);
    }

    /** The stores are moving between instances (a rebalance) or not open yet: the caller should retry. */
    static ApiException unavailable(String message) {
        return new ApiException(503, message);
    }

    int status() {
        return status;
    }
}
