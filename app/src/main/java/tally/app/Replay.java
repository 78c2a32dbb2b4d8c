package tally.app;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.stream.Collectors;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.ConsumerGroupDescription;
import org.apache.kafka.clients.admin.MemberDescription;
import org.apache.kafka.common.errors.GroupIdNotFoundException;
import org.apache.kafka.clients.CommonClientConfigs;
import org.apache.kafka.tools.StreamsResetter;
import tally.stats.TallyEnvironment;

/**
 * Resets the Streams application the way Kafka's application reset tool does (it is that tool):
 * input offsets back to the earliest, internal topics deleted. The local state is wiped when the
 * application next starts ({@code TallyApp.start(..., cleanUp = true)}). A reset under running
 * instances would pull their partitions from under them: {@link #requireNoLiveMembers} says so
 * first, and the reset tool itself refuses unless forced.
 */
public final class Replay {

    private Replay() {
    }

    /**
     * @param force remove live members instead of refusing (an instance killed a moment ago stays a
     *              member until its session times out)
     */
    public static void reset(Properties client, TallyEnvironment environment, boolean force) {
        Path config = null;
        try {
            // The reset tool takes client settings (security included) from a file: write one only we can read.
            config = Files.createTempFile("tally-reset", ".properties",
                    PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
            try (Writer w = Files.newBufferedWriter(config, StandardCharsets.UTF_8)) {
                client.store(w, null);
            }
            ByteArrayOutputStream captured = new ByteArrayOutputStream();
            PrintStream originalOut = System.out;
            int code;
            synchronized (System.class) {
                System.setOut(new PrintStream(captured, true, StandardCharsets.UTF_8));
                try {
                    List<String> args = new ArrayList<>(List.of(
                        "--bootstrap-server", client.getProperty(CommonClientConfigs.BOOTSTRAP_SERVERS_CONFIG),
                        "--application-id", environment.applicationId(),
                        "--input-topics", environment.figures(),
                        "--to-earliest",
                        "--command-config", config.toString()));
                    if (force) {
                        args.add("--force");
                    }
                    code = new StreamsResetter().execute(args.toArray(String[]::new));
                } finally {
                    System.setOut(originalOut);
                }
            }
            if (code != 0) {
                throw new IllegalStateException("the application reset failed: " + captured.toString(StandardCharsets.UTF_8).strip());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            if (config != null) {
                try {
                    Files.deleteIfExists(config);
                } catch (IOException ignored) {
                    // a temporary file; the OS cleans it up
                }
            }
        }
    }

    /** Refuses, naming the members' hosts, while instances of the application are in its group. */
    public static void requireNoLiveMembers(Properties client, TallyEnvironment environment) {
        Collection<MemberDescription> members;
        try (Admin admin = Admin.create(client)) {
            ConsumerGroupDescription group = admin.describeConsumerGroups(List.of(environment.applicationId()))
                    .describedGroups().get(environment.applicationId()).get(30, TimeUnit.SECONDS);
            members = group.members();
        } catch (ExecutionException e) {
            if (e.getCause() instanceof GroupIdNotFoundException) {
                return;
            }
            throw new IllegalStateException("cannot tell whether the application runs: " + e.getCause().getMessage(), e.getCause());
        } catch (TimeoutException | InterruptedException e) {
            throw new IllegalStateException("cannot tell whether the application runs: no answer from Kafka within 30 s", e);
        }
        if (!members.isEmpty()) {
            String hosts = members.stream().map(MemberDescription::host).distinct().sorted().collect(Collectors.joining(", "));
            throw new IllegalStateException("the application " + environment.applicationId() + " is running (" + members.size()
                    + " live member(s), from " + hosts + "); stop every 'tally run' and 'tally demo' first, or pass --force "
                    + "(a killed instance stays a member until its session times out, 45 s by default)");
        }
    }
}
