package tally.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.GroupListing;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;
import tally.app.SharedBroker;
import tally.stats.TallyEnvironment;
import tally.streams.app.TallyApp;
import tally.streams.app.TallyStreamsConfig;
import tally.streams.kafka.CaughtUp;

/**
 * Staging and production side by side on one cluster (issue 20): each ingests its own articles
 * through {@code --topic-prefix} or {@code TALLY_TOPIC_PREFIX}, each application consolidates only
 * its own figures, and every topic, internal topic and consumer group is the environment's own.
 */
class TwoEnvironmentsTest {

    private static final String MX_2010 = "\"deaths|MX|2010-01-01|2010-12-31|total|flow|unspecified\"";

    @TempDir
    static Path dir;

    @RegisterExtension
    static final SharedBroker kafka = new SharedBroker();


    /** A command with {@code env} as its environment, as a container sets it. */
    private static TallyRun tally(Map<String, String> env, String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine cli = Tally.commandLine(env);
        cli.setOut(new PrintWriter(out, true));
        cli.setErr(new PrintWriter(err, true));
        return new TallyRun(cli.execute(args), out.toString(), err.toString());
    }

    @Test
    void stagingAndProductionShareABrokerWithoutSeeingEachOther() throws Exception {
        String bootstrap = kafka.bootstrapServers();
        Path production = dir.resolve("production.jsonl");
        Files.writeString(production, "{\"id\":\"p1\",\"published\":\"2011-01-13\",\"source\":\"Herald\",\"text\":\"Officials said 15,273 people were killed in Mexico in 2010.\"}\n");
        Path staging = dir.resolve("staging.jsonl");
        Files.writeString(staging, "{\"id\":\"s1\",\"published\":\"2011-01-20\",\"source\":\"La Voz\",\"lang\":\"es\",\"text\":\"En 2010 murieron 15 mil 273 personas en México.\"}\n"
                + "{\"id\":\"s2\",\"published\":\"2011-01-21\",\"source\":\"El Diario\",\"lang\":\"es\",\"text\":\"En 2010 murieron 15 mil 300 personas en México.\"}\n");
        Map<String, String> stagingEnv = Map.of("TALLY_TOPIC_PREFIX", "staging.");

        TallyRun ingestProduction = tally(Map.of(), "ingest", "--bootstrap-servers", bootstrap, "--partitions", "2", production.toString());
        assertEquals(0, ingestProduction.exit(), ingestProduction.err());
        TallyRun ingestStaging = tally(Map.of(), "ingest", "--bootstrap-servers", bootstrap, "--partitions", "2", "--topic-prefix", "staging.",
                staging.toString());
        assertEquals(0, ingestStaging.exit(), ingestStaging.err());

        TallyEnvironment prod = TallyEnvironment.DEFAULT;
        TallyEnvironment stage = TallyEnvironment.of("staging.", null);
        Properties client = new Properties();
        client.put("bootstrap.servers", bootstrap);
        try (TallyApp a = TallyApp.start(prod, client, dir.resolve("state-production"), TallyStreamsConfig.EXACTLY_ONCE, 1, false, null);
             TallyApp b = TallyApp.start(stage, client, dir.resolve("state-staging"), TallyStreamsConfig.EXACTLY_ONCE, 1, false, null)) {
            a.awaitRunning(Duration.ofMinutes(2));
            b.awaitRunning(Duration.ofMinutes(2));
            CaughtUp.await(client, prod.applicationId(), prod.figures(), Duration.ofMinutes(2));
            CaughtUp.await(client, stage.applicationId(), stage.figures(), Duration.ofMinutes(2));

            try (Admin admin = Admin.create(client)) {
                Set<String> groups = admin.listGroups().all().get(30, TimeUnit.SECONDS).stream().map(GroupListing::groupId)
                        .collect(Collectors.toSet());
                assertTrue(groups.containsAll(Set.of("tally-streams", "staging.tally-streams")), groups.toString());
                Set<String> topics = admin.listTopics().names().get(30, TimeUnit.SECONDS);
                Set<String> stagingTopics = topics.stream().filter(t -> t.startsWith("staging.")).collect(Collectors.toSet());
                assertTrue(stagingTopics.containsAll(stage.all()), topics.toString());
                assertTrue(stagingTopics.stream().anyMatch(t -> t.startsWith("staging.tally-streams-") && t.endsWith("-changelog")),
                        "Streams' internal topics carry the prefix: " + topics);
                assertTrue(topics.containsAll(prod.all()) && topics.stream().anyMatch(t -> t.startsWith("tally-streams-")),
                        "production keeps today's names: " + topics);
            }
        }

        TallyRun exportProduction = tally(Map.of(), "export", "estimates", "--bootstrap-servers", bootstrap);
        TallyRun exportStaging = tally(stagingEnv, "export", "estimates", "--bootstrap-servers", bootstrap);
        assertEquals(0, exportProduction.exit(), exportProduction.err());
        assertEquals(0, exportStaging.exit(), exportStaging.err());
        List<String> productionMx = exportProduction.out().lines().filter(l -> l.startsWith(MX_2010)).toList();
        List<String> stagingMx = exportStaging.out().lines().filter(l -> l.startsWith(MX_2010)).toList();
        assertEquals(1, productionMx.size(), exportProduction.out());
        assertEquals(1, stagingMx.size(), exportStaging.out());
        // best,low,high,...,sources,article_count,figures,first_reported,last_reported
        assertTrue(productionMx.get(0).contains(",15273,15273,15273,false,") && productionMx.get(0).endsWith(",1,1,1,2011-01-13,2011-01-13"),
                "production counts only its English article: " + productionMx);
        assertTrue(stagingMx.get(0).contains(",15273,15300,false,") && stagingMx.get(0).endsWith(",2,2,2,2011-01-20,2011-01-21"),
                "staging counts only its two Spanish articles: " + stagingMx);
        assertFalse(exportStaging.out().equals(exportProduction.out()));
    }
}
