package tally.cli;

import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.ArrayList;
import java.util.List;
import org.apache.kafka.streams.state.HostInfo;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Option;
import picocli.CommandLine.TypeConversionException;
import tally.stats.consolidate.AlertThresholds;
import tally.streams.serve.TallyHttpServer;

/** Where the dashboard, API, health and metrics are served, and how other instances reach them. */
final class HttpOptions {

    @Option(names = "--http-port", paramLabel = "PORT", defaultValue = "8080", converter = Converters.Port.class,
            description = "Port of the dashboard, /api, /health and /metrics (default: ${DEFAULT-VALUE}; 0 picks a free port).")
    int port;

    @Option(names = "--http-host", paramLabel = "HOST", defaultValue = "127.0.0.1",
            description = "Address to bind (default: ${DEFAULT-VALUE}; 0.0.0.0 in a container).")
    String host;

    @Option(names = "--management-port", paramLabel = "PORT", converter = Converters.Port.class,
            description = "Serve /health and /metrics on this port (same address) instead of --http-port, on their own threads "
                    + "(default: on --http-port).")
    Integer managementPort;

    @Option(names = "--advertised-http", paramLabel = "HOST:PORT",
            description = "How the other instances reach this one's API, to answer queries for keys it owns "
                    + "(default: the bound address; with 0.0.0.0, this host's IP address).")
    String advertised;

    /** The instances' shared secret for /internal/stores/, from the environment only (a command line shows in ps). */
    static final String INTERNAL_TOKEN = "TALLY_INTERNAL_TOKEN";

    @Option(names = "--cors-origin", paramLabel = "ORIGIN", split = ",", converter = Origin.class,
            description = "Origin whose web pages may read the API (CORS), e.g. https://dash.example.org; repeat it or "
                    + "separate with commas (default: none, only pages of this server).")
    List<String> corsOrigins = new ArrayList<>();

    @Option(names = "--alert-change-percent", paramLabel = "PERCENT", defaultValue = "25",
            description = "A series' latest figure that moves by more than this percent against the year before raises an alert "
                    + "(/api/alerts; default: ${DEFAULT-VALUE}).")
    double alertChangePercent;

    @Option(names = "--alert-high-years", paramLabel = "YEARS", split = ",", defaultValue = "1,3",
            description = "A series' latest figure above every point of this many years before it raises an alert; one or more "
                    + "windows, comma-separated (default: ${DEFAULT-VALUE}).")
    List<Integer> alertHighYears;

    /** Binds the port; with {@code anyPortIfBusy}, a free port when the chosen one is taken. */
    TallyHttpServer bind(boolean anyPortIfBusy) {
        TallyHttpServer server;
        try {
            server = TallyHttpServer.bind(host, port);
        } catch (UncheckedIOException busy) {
            if (!anyPortIfBusy) {
                throw busy;
            }
            server = TallyHttpServer.bind(host, 0);
        }
        if (managementPort != null) {
            try {
                server.withManagementPort(managementPort);
            } catch (UncheckedIOException busy) {
                server.close();
                throw busy;
            }
        }
        try {
            return server.allowOrigins(corsOrigins).alertThresholds(new AlertThresholds(alertChangePercent, alertHighYears))
                    .requireInternalToken(System.getenv(INTERNAL_TOKEN));
        } catch (IllegalArgumentException notASetting) {
            server.close();
            throw notASetting;
        }
    }

    /** An origin of --cors-origin, checked as the command line is read. */
    static final class Origin implements ITypeConverter<String> {
        @Override
        public String convert(String value) {
            try {
                return TallyHttpServer.origin(value);
            } catch (IllegalArgumentException e) {
                throw new TypeConversionException(e.getMessage());
            }
        }
    }

    HostInfo advertised(int boundPort) {
        if (advertised != null) {
            int colon = advertised.lastIndexOf(':');
            try {
                if (colon > 0) {
                    int p = Integer.parseInt(advertised.substring(colon + 1));
                    if (p > 0 && p < 65536) {
                        return new HostInfo(advertised.substring(0, colon), p);
                    }
                }
            } catch (NumberFormatException e) {
                // falls through to the message
            }
            throw new IllegalArgumentException("--advertised-http must be HOST:PORT, e.g. tally-1:8080; got '" + advertised + "'");
        }
        if (host.equals("0.0.0.0") || host.equals("::")) {
            try {
                return new HostInfo(InetAddress.getLocalHost().getHostAddress(), boundPort);
            } catch (UnknownHostException e) {
                throw new IllegalStateException("cannot tell this host's address; set --advertised-http", e);
            }
        }
        return new HostInfo(host, boundPort);
    }
}
