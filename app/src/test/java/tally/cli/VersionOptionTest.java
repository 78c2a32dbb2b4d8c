package tally.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * {@code tally --version} names the build an operator runs (issue 20): the version of the root
 * pom.xml, not "development build", and in a git checkout a commit of the repository.
 */
class VersionOptionTest {

    private static final Pattern OUTPUT = Pattern.compile("tally (\\S+) \\(commit (\\w+)( \\+ local changes)?\\)\\s*");

    @Test
    void printsThePomsVersionAndTheCommit() throws Exception {
        TallyRun run = TallyRun.of("--version");
        assertEquals(0, run.exit(), run.err());
        Matcher m = OUTPUT.matcher(run.out());
        assertTrue(m.matches(), run.out());
        assertEquals(pomVersion(), m.group(1));
        // A commit of this repository (in a linked worktree the build reads the main worktree's HEAD, so not always HEAD).
        if (git("rev-parse", "HEAD") != null) {
            assertTrue(m.group(2).length() >= 7 && git("cat-file", "-e", m.group(2) + "^{commit}") != null, "commit " + m.group(2));
        }
    }

    /** The version in the root pom.xml: the first <version> after the parent's artifactId. */
    private static String pomVersion() throws IOException {
        String pom = Files.readString(Path.of("..", "pom.xml"));
        Matcher m = Pattern.compile("<artifactId>tally-parent</artifactId>\\s*<version>([^<]+)</version>").matcher(pom);
        assertTrue(m.find(), "a version in pom.xml");
        return m.group(1);
    }

    /** What git printed, or null when it failed or there is no git checkout (a source archive builds with commit "unknown"). */
    private static String git(String... args) throws InterruptedException {
        List<String> command = new ArrayList<>(List.of("git"));
        command.addAll(List.of(args));
        try {
            Process git = new ProcessBuilder(command).directory(Path.of("..").toFile()).start();
            String out = new String(git.getInputStream().readAllBytes(), StandardCharsets.UTF_8).trim();
            return git.waitFor() == 0 ? out : null;
        } catch (IOException e) {
            return null;
        }
    }
}
