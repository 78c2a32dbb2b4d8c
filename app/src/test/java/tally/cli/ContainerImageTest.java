package tally.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/**
 * The two ways to build Tally's image agree and do what the operations guide says (issue 20): the
 * Jib build (profile {@code image} of app/pom.xml, no Docker daemon) only when asked, to a tar
 * tagged with the version, with OCI labels; both builds on base images pinned by an exact tag, the
 * same runtime base, and the same entrypoint, JVM flags, command, environment, user, port and
 * volume. An image tar built with {@code -Pimage} is checked as well: its labels, and Tally's
 * classes in layers apart from the third-party jars.
 */
class ContainerImageTest {

    private static final Path POM = Path.of("pom.xml");
    private static final Path DOCKERFILE = Path.of("..", "docker", "Dockerfile");
    private static final Path IMAGE_TAR = Path.of("target", "tally-image.tar");
    /** An exact tag: a full version such as 17.0.17_10 or 3.9.11, never a moving one like 17-jre or latest. */
    private static final Pattern EXACT_TAG = Pattern.compile("[a-z0-9./-]+:\\d+\\.\\d+\\.\\d+[^:@]*");

    private static Element profile;
    private static Element jibPlugin;
    private static Element jib;
    private static final List<String> FROM = new ArrayList<>();
    private static final Map<String, String> DOCKER = new LinkedHashMap<>();
    private static final Map<String, String> ENV = new HashMap<>();

    @BeforeAll
    static void read() throws Exception {
        Document pom = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(POM.toFile());
        for (Element p : children((Element) pom.getElementsByTagName("profiles").item(0), "profile")) {
            if (text(p, "id").equals("image")) {
                profile = p;
            }
        }
        assertNotNull(profile, "a profile 'image' in " + POM);
        for (Element plugin : children(child(child(profile, "build"), "plugins"), "plugin")) {
            if (text(plugin, "artifactId").equals("jib-maven-plugin")) {
                jibPlugin = plugin;
                jib = child(plugin, "configuration");
            }
        }
        assertNotNull(jib, "Jib in the profile");
        // The Dockerfile's instructions, continuation lines joined.
        for (String line : Files.readString(DOCKERFILE).replace("\\\n", " ").split("\n")) {
            String l = line.strip();
            if (l.isEmpty() || l.startsWith("#")) {
                continue;
            }
            String[] instruction = l.split("\\s+", 2);
            if (instruction[0].equals("FROM")) {
                FROM.add(instruction[1].split("\\s+")[0]);
            } else if (instruction[0].equals("ENV")) {
                Matcher m = Pattern.compile("(\\w+)=(\\S+)").matcher(instruction[1]);
                while (m.find()) {
                    ENV.put(m.group(1), m.group(2));
                }
            } else {
                DOCKER.put(instruction[0], instruction[1]);
            }
        }
    }

    @Test
    void theImageIsBuiltOnlyWhenAskedToATarTaggedWithTheVersion() throws Exception {
        assertTrue(children(profile, "activation").isEmpty(), "not active by default: no image build in mvn verify");
        Element execution = child(child(jibPlugin, "executions"), "execution");
        assertEquals("buildTar", text(child(execution, "goals"), "goal"), "a tar: no daemon, no registry");
        assertEquals("tally:${project.version}", text(child(jib, "to"), "image"));
        assertEquals("${project.build.directory}/tally-image.tar", text(child(jib, "outputPaths"), "tar"));
        Element container = child(jib, "container");
        assertEquals("OCI", text(container, "format"));
        Map<String, String> labels = map(child(container, "labels"));
        assertEquals("${project.version}", labels.get("org.opencontainers.image.version"));
        assertEquals("${git.commit.id.abbrev}", labels.get("org.opencontainers.image.revision"));
        assertEquals("Tally", labels.get("org.opencontainers.image.title"));
        assertEquals("${tally.image.base}", labels.get("org.opencontainers.image.base.name"));
    }

    @Test
    void theBaseImagesArePinnedByAnExactTagAndBothBuildsRunOnTheSameOne() {
        String jibBase = text(child(profile, "properties"), "tally.image.base");
        assertEquals("${tally.image.base}", text(child(jib, "from"), "image"));
        assertEquals(2, FROM.size(), FROM.toString());
        for (String image : List.of(FROM.get(0), FROM.get(1), jibBase)) {
            assertTrue(EXACT_TAG.matcher(image).matches(), image + " is not pinned by an exact tag");
        }
        assertEquals(FROM.get(1), jibBase, "the Dockerfile's runtime stage and Jib on the same base");
    }

    @Test
    void bothBuildsStartTallyTheSameWay() throws Exception {
        Element container = child(jib, "container");
        List<String> entrypoint = new ArrayList<>();
        new ObjectMapper().readTree(DOCKER.get("ENTRYPOINT")).forEach(n -> entrypoint.add(n.asText()));
        List<String> flags = new ArrayList<>();
        children(child(container, "jvmFlags"), "jvmFlag").forEach(f -> flags.add(f.getTextContent().strip()));
        assertEquals(entrypoint.stream().filter(a -> a.startsWith("-XX:")).toList(), flags);
        assertEquals(entrypoint.get(entrypoint.size() - 1), text(container, "mainClass"));
        List<String> cmd = new ArrayList<>();
        new ObjectMapper().readTree(DOCKER.get("CMD")).forEach(n -> cmd.add(n.asText()));
        List<String> args = new ArrayList<>();
        children(child(container, "args"), "arg").forEach(a -> args.add(a.getTextContent().strip()));
        assertEquals(cmd, args);
        assertEquals(ENV, map(child(container, "environment")));
        assertEquals(DOCKER.get("USER"), text(container, "user"));
        assertEquals(DOCKER.get("WORKDIR"), text(container, "workingDirectory"));
        assertEquals(DOCKER.get("EXPOSE"), text(child(container, "ports"), "port"));
        assertEquals("[\"" + text(child(container, "volumes"), "volume") + "\"]", DOCKER.get("VOLUME"));
    }

    /** After {@code mvn package -DskipTests -Pimage}: the tar Jib wrote, as the guide describes it. */
    @Test
    void aBuiltImageHasItsLabelsAndTallyApartFromTheLibraries(@TempDir Path image) throws Exception {
        Assumptions.assumeTrue(Files.exists(IMAGE_TAR), "no " + IMAGE_TAR.toAbsolutePath()
                + ": the image is built only with -Pimage (docker/README.md, 'Building the image without Docker')");
        tar("-xf", IMAGE_TAR.toAbsolutePath().toString(), "-C", image.toString());
        ObjectMapper json = new ObjectMapper();
        JsonNode index = json.readTree(image.resolve("index.json").toFile());
        assertTrue(index.path("manifests").get(0).path("annotations").path("org.opencontainers.image.ref.name").asText()
                .matches("(tally:)?\\d+\\.\\d+\\.\\d+(-SNAPSHOT)?"), index.toString());
        JsonNode manifest = json.readTree(image.resolve(blob(index.path("manifests").get(0))).toFile());
        JsonNode config = json.readTree(image.resolve(blob(manifest.path("config"))).toFile());
        JsonNode labels = config.path("config").path("Labels");
        assertTrue(labels.path("org.opencontainers.image.version").asText().matches("\\d+\\.\\d+\\.\\d+(-SNAPSHOT)?"), labels.toString());
        assertTrue(labels.path("org.opencontainers.image.revision").asText().matches("[0-9a-f]{7,40}"), labels.toString());
        List<String> layers = new ArrayList<>();
        for (JsonNode layer : manifest.path("layers")) {
            layers.add(tar("-tzf", image.resolve(blob(layer)).toString()));
        }
        assertTrue(layers.size() >= 5, "the base, then Tally's layers: " + layers.size());
        assertTrue(layers.stream().anyMatch(l -> l.contains("opt/tally/libs/kafka-streams-") && !l.contains("opt/tally/classes/")),
                "the third-party jars in a layer of their own");
        assertTrue(layers.stream().anyMatch(l -> l.contains("opt/tally/classes/tally/cli/Tally.class") && !l.contains("opt/tally/libs/")),
                "Tally's own classes apart");
    }

    /** Runs tar (GNU tar, as on the build machines; the image tar is an OCI layout) and returns what it printed. */
    private static String tar(String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of("tar"));
        command.addAll(List.of(args));
        Process tar = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.DISCARD).start();
        String out = new String(tar.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertEquals(0, tar.waitFor(), String.join(" ", command));
        return out;
    }

    private static String blob(JsonNode descriptor) {
        return "blobs/" + descriptor.path("digest").asText().replace(':', '/');
    }

    private static Map<String, String> map(Element parent) {
        Map<String, String> m = new HashMap<>();
        for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e) {
                m.put(e.getTagName(), e.getTextContent().strip());
            }
        }
        return m;
    }

    private static List<Element> children(Element parent, String name) {
        List<Element> found = new ArrayList<>();
        for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e && e.getTagName().equals(name)) {
                found.add(e);
            }
        }
        return found;
    }

    private static Element child(Element parent, String name) {
        List<Element> found = children(parent, name);
        assertFalse(found.isEmpty(), "no <" + name + "> in <" + parent.getTagName() + ">");
        return found.get(0);
    }

    private static String text(Element parent, String name) {
        return child(parent, name).getTextContent().strip();
    }
}
