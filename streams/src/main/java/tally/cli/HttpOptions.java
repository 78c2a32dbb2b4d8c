package tally.cli;

import picocli.CommandLine.Option;

/** Where health and metrics are served. */
final class HttpOptions {

    @Option(names = "--http-port", paramLabel = "PORT", defaultValue = "8080",
            description = "Port of /health/live, /health/ready and /metrics (default: ${DEFAULT-VALUE}; 0 picks a free port).")
    int port;

    @Option(names = "--http-host", paramLabel = "HOST", defaultValue = "127.0.0.1",
            description = "Address to bind (default: ${DEFAULT-VALUE}; 0.0.0.0 in a container).")
    String host;
}
