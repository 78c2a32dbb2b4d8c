package tally.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import org.apache.logging.log4j.Level;
import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.core.Appender;
import org.apache.logging.log4j.core.LoggerContext;
import org.apache.logging.log4j.core.appender.WriterAppender;
import org.apache.logging.log4j.core.config.Configuration;
import org.apache.logging.log4j.core.config.LoggerConfig;
import org.apache.logging.log4j.core.layout.PatternLayout;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;
import tally.stats.TallyEnvironment;
import tally.stats.consolidate.Estimate;
import tally.streams.app.TallyStreamsConfig;
import tally.streams.kafka.CaughtUp;
import tally.streams.kafka.EmbeddedKafka;
import tally.streams.kafka.TopicReader;
import tally.streams.topology.TallyTopics;

/**
 * ingest and run against a broker that only takes SASL_SSL (PLAIN over TLS with a self-signed
 * certificate made here), configured as a user would: a client properties file given with
 * --kafka-config. Wrong credentials fail fast with one clear line, and no password is ever
 * printed or logged: everything the commands print, System.out/err and every log event (at
 * INFO, where Kafka dumps its configurations) is searched for them.
 */
class SecureKafkaTest {

    private static final String SAMPLES = "../samples/articles.jsonl";

    @TempDir
    static Path dir;

    static EmbeddedKafka kafka;
    static String saslPassword;
    static String keystorePassword;
    static String truststorePassword;
    static Path goodConfig;
    static Path wrongPassword;
    static Path untrusted;
    static Properties secureClient;
    static String saslBootstrap;

    static final StringWriter LOG = new StringWriter();
    static final ByteArrayOutputStream CONSOLE = new ByteArrayOutputStream();
    static PrintStream originalOut;
    static PrintStream originalErr;

    @BeforeAll
    static void start() throws Exception {
        captureEverything();
        saslPassword = randomSecret();
        keystorePassword = randomSecret();
        truststorePassword = randomSecret();
        Path keystore = dir.resolve("broker.p12");
        Path truststore = dir.resolve("truststore.p12");
        makeCertificate(keystore, truststore);

        int saslPort = EmbeddedKafka.freePort();
        saslBootstrap = "127.0.0.1:" + saslPort;
        Properties broker = new Properties();
        broker.put("listeners", "SASL_SSL://" + saslBootstrap);
        broker.put("advertised.listeners", "SASL_SSL://" + saslBootstrap);
        broker.put("listener.security.protocol.map", "SASL_SSL:SASL_SSL");
        broker.put("sasl.enabled.mechanisms", "PLAIN");
        broker.put("listener.name.sasl_ssl.plain.sasl.jaas.config",
                "org.apache.kafka.common.security.plain.PlainLoginModule required user_tally=\"" + saslPassword + "\";");
        broker.put("listener.name.sasl_ssl.ssl.keystore.location", keystore.toString());
        broker.put("listener.name.sasl_ssl.ssl.keystore.password", keystorePassword);
        broker.put("listener.name.sasl_ssl.ssl.keystore.type", "PKCS12");
        kafka = EmbeddedKafka.start(dir.resolve("kafka"), broker);

        secureClient = clientProperties(truststore, saslPassword);
        goodConfig = write(dir.resolve("client.properties"), secureClient);
        wrongPassword = write(dir.resolve("wrong-password.properties"), clientProperties(truststore, "not-" + saslPassword));
        // A forgotten truststore: the JDK's own CAs do not know the broker's self-signed certificate.
        Properties noTruststore = clientProperties(truststore, saslPassword);
        List.of("ssl.truststore.location", "ssl.truststore.password", "ssl.truststore.type").forEach(noTruststore::remove);
        untrusted = write(dir.resolve("no-truststore.properties"), noTruststore);
    }

    @AfterAll
    static void stop() {
        try {
            if (kafka != null) {
                kafka.close();
            }
        } finally {
            System.setOut(originalOut);
            System.setErr(originalErr);
            ((LoggerContext) LogManager.getContext(false)).reconfigure(); // back to log4j2.xml
        }
    }

    private static TallyRun tally(String... args) {
        TallyRun run = TallyRun.of(args);
        assertNoSecret(run.out() + run.err(), String.join(" ", args));
        return run;
    }

    @Test
    void ingestAndRunWorkThroughSaslSsl() throws Exception {
        TallyRun ingest = tally("ingest", "--kafka-config", goodConfig.toString(), "--partitions", "2", SAMPLES);
        assertEquals(0, ingest.exit(), ingest.err());
        assertTrue(ingest.out().startsWith("ingested 57 articles and "), ingest.out());
        assertTrue(ingest.out().contains(" to " + saslBootstrap + " in "), "through the SASL_SSL listener: " + ingest.out());
        assertFalse(TopicReader.all(secureClient, TallyEnvironment.DEFAULT.figures(), TallyTopics.DEFAULT.figures().valueSerde().deserializer()).isEmpty());

        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int[] exit = {-1};
        Thread runner = new Thread(() -> {
            CommandLine cli = Tally.commandLine();
            cli.setOut(new PrintWriter(out, true));
            cli.setErr(new PrintWriter(err, true));
            exit[0] = cli.execute("run", "--kafka-config", goodConfig.toString(), "--data-dir", dir.resolve("run").toString(),
                    "--http-port", "0", "--partitions", "2");
        }, "tally-run");
        runner.start();
        try {
            awaitCaughtUp(runner, out, err);
            Map<String, Estimate> estimates = TopicReader.latest(secureClient, TallyTopics.DEFAULT.estimates());
            assertTrue(estimates.containsKey("deaths|MX|2010-01-01|2010-12-31|total|flow|organized_crime"), estimates.keySet().toString());
        } finally {
            runner.interrupt(); // as Ctrl-C: run closes the Streams application and returns
            runner.join(Duration.ofSeconds(60).toMillis());
        }
        assertFalse(runner.isAlive(), "run did not stop when interrupted");
        assertEquals(0, exit[0], "an interrupt is a clean stop: " + err);
        assertTrue(out.toString().contains("tally run: streams running against " + saslBootstrap), out + "\n" + err);
        assertNoSecret(out + "\n" + err, "run");
        assertNoSecretLogged();
    }

    @Test
    void wrongPasswordFailsFastWithOneClearLine() {
        for (String command : List.of("ingest", "run")) {
            String line = failsFastWithOneLine(command, wrongPassword);
            assertTrue(line.contains("cannot connect to Kafka at " + saslBootstrap + ": Authentication failed: Invalid username or password"), line);
        }
        assertNoSecretLogged();
    }

    @Test
    void untrustedCertificateFailsFastWithOneClearLine() {
        String line = failsFastWithOneLine("ingest", untrusted);
        assertTrue(line.contains("cannot connect to Kafka at " + saslBootstrap + ": SSL handshake failed: "), line);
        assertTrue(line.contains("certification path"), "the reason, not only \"SSL handshake failed\": " + line);
        assertNoSecretLogged();
    }

    /** Runs ingest or run with a client properties file that cannot connect; returns its one line on stderr. */
    private static String failsFastWithOneLine(String command, Path config) {
        List<String> args = new ArrayList<>(List.of(command, "--kafka-config", config.toString(), "--partitions", "2"));
        if (command.equals("ingest")) {
            args.add(SAMPLES);
        } else {
            args.addAll(List.of("--data-dir", dir.resolve("failed-run").toString(), "--http-port", "0"));
        }
        long started = System.nanoTime();
        TallyRun run = tally(args.toArray(String[]::new));
        Duration took = Duration.ofNanos(System.nanoTime() - started);
        assertNotEquals(0, run.exit(), command + ": " + run.out() + run.err());
        assertTrue(took.compareTo(Duration.ofSeconds(20)) < 0, command + " took " + took);
        List<String> lines = run.err().strip().lines().toList();
        assertEquals(1, lines.size(), command + ": one line, no stack trace: " + run.err());
        assertTrue(lines.get(0).startsWith("tally " + command + ": "), lines.get(0));
        return lines.get(0);
    }

    /** Waits until run's Streams application has consumed every figure; fails at once if run stopped. */
    private static void awaitCaughtUp(Thread runner, StringWriter out, StringWriter err) {
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while (true) {
            if (!runner.isAlive()) {
                fail("run stopped: " + out + "\n" + err);
            }
            try {
                CaughtUp.await(secureClient, TallyEnvironment.DEFAULT.applicationId(), TallyEnvironment.DEFAULT.figures(), Duration.ofSeconds(3));
                return;
            } catch (IllegalStateException notYet) {
                if (System.nanoTime() > deadline) {
                    throw notYet;
                }
            }
        }
    }

    private static void assertNoSecret(String text, String where) {
        for (String secret : List.of(saslPassword, keystorePassword, truststorePassword)) {
            assertFalse(text.contains(secret), "a password appears in the output of " + where);
        }
    }

    private static void assertNoSecretLogged() {
        String logged = LOG.toString();
        assertTrue(logged.contains("AdminClientConfig values"), "the capture sees Kafka's INFO configuration dumps");
        assertNoSecret(logged, "the log");
        assertNoSecret(CONSOLE.toString(StandardCharsets.UTF_8), "System.out/System.err");
    }

    /**
     * Every log event at INFO and above goes to {@link #LOG} instead of the console (INFO is
     * where Kafka dumps every client and broker configuration), and System.out and System.err
     * are copied to {@link #CONSOLE}.
     */
    private static void captureEverything() {
        LoggerContext context = (LoggerContext) LogManager.getContext(false);
        Configuration config = context.getConfiguration();
        Appender capture = WriterAppender.newBuilder().setName("secure-kafka-test").setTarget(LOG)
                .setLayout(PatternLayout.newBuilder().withPattern("%level %c - %m%n%ex").withConfiguration(config).build())
                .setConfiguration(config).build();
        capture.start();
        config.addAppender(capture);
        List<LoggerConfig> loggers = new ArrayList<>(config.getLoggers().values());
        loggers.add(config.getRootLogger());
        for (LoggerConfig logger : loggers) {
            new ArrayList<>(logger.getAppenders().keySet()).forEach(logger::removeAppender);
            logger.setLevel(Level.INFO);
        }
        config.getRootLogger().addAppender(capture, Level.INFO, null);
        context.updateLoggers();

        originalOut = System.out;
        originalErr = System.err;
        System.setOut(new PrintStream(new Tee(originalOut, CONSOLE), true, StandardCharsets.UTF_8));
        System.setErr(new PrintStream(new Tee(originalErr, CONSOLE), true, StandardCharsets.UTF_8));
    }

    private static final class Tee extends OutputStream {
        private final OutputStream first;
        private final OutputStream second;

        Tee(OutputStream first, OutputStream second) {
            this.first = first;
            this.second = second;
        }

        @Override
        public synchronized void write(int b) throws IOException {
            first.write(b);
            second.write(b);
        }

        @Override
        public synchronized void write(byte[] b, int off, int len) throws IOException {
            first.write(b, off, len);
            second.write(b, off, len);
        }

        @Override
        public void flush() throws IOException {
            first.flush();
        }
    }

    private static Properties clientProperties(Path truststore, String password) {
        Properties p = new Properties();
        p.put("bootstrap.servers", saslBootstrap);
        p.put("security.protocol", "SASL_SSL");
        p.put("sasl.mechanism", "PLAIN");
        p.put("sasl.jaas.config", "org.apache.kafka.common.security.plain.PlainLoginModule required username=\"tally\" password=\""
                + password + "\";");
        p.put("ssl.truststore.location", truststore.toString());
        p.put("ssl.truststore.password", truststorePassword);
        p.put("ssl.truststore.type", "PKCS12");
        // The default, said out loud: the certificate names 127.0.0.1, so the host is verified too.
        p.put("ssl.endpoint.identification.algorithm", "https");
        return p;
    }

    private static Path write(Path file, Properties p) throws IOException {
        try (Writer w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            p.store(w, null);
        }
        return file;
    }

    private static String randomSecret() {
        byte[] bytes = new byte[18];
        new SecureRandom().nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    /** A self-signed certificate for 127.0.0.1 and localhost, and a truststore holding it; passwords via the environment, not argv. */
    private static void makeCertificate(Path keystore, Path truststore) throws Exception {
        Path cert = dir.resolve("broker.pem");
        keytool("-genkeypair", "-alias", "broker", "-keyalg", "EC", "-groupname", "secp256r1", "-validity", "7",
                "-dname", "CN=localhost", "-ext", "SAN=ip:127.0.0.1,dns:localhost",
                "-keystore", keystore.toString(), "-storetype", "PKCS12", "-storepass:env", "KS_PASS");
        keytool("-exportcert", "-rfc", "-alias", "broker", "-file", cert.toString(),
                "-keystore", keystore.toString(), "-storetype", "PKCS12", "-storepass:env", "KS_PASS");
        keytool("-importcert", "-noprompt", "-alias", "broker", "-file", cert.toString(),
                "-keystore", truststore.toString(), "-storetype", "PKCS12", "-storepass:env", "TS_PASS");
    }

    private static void keytool(String... args) throws Exception {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "keytool").toString());
        command.addAll(List.of(args));
        ProcessBuilder pb = new ProcessBuilder(command).redirectErrorStream(true);
        pb.environment().put("KS_PASS", keystorePassword);
        pb.environment().put("TS_PASS", truststorePassword);
        Process process = pb.start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertEquals(0, process.waitFor(), "keytool " + args[0] + ": " + output);
    }
}
