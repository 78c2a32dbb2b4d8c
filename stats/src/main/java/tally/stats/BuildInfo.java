package tally.stats;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;

/**
 * The version of Tally and the commit it was built from, as the build wrote them into
 * {@code tally/build.properties}: shown by {@code tally --version}, {@code /api/version}, the
 * {@code tally_build_info} metric and the first log line, so that a number can be traced to the code
 * that produced it. A build outside git has commit {@code unknown}.
 *
 * @param dirty the working tree had uncommitted changes
 */
public record BuildInfo(String version, String commit, boolean dirty) {

    private static final BuildInfo CURRENT = load();

    public static BuildInfo current() {
        return CURRENT;
    }

    /** "0.1.0-SNAPSHOT (commit 3f2a9c1)", with "+ local changes" for a dirty tree. */
    public String describe() {
        return version + " (commit " + commit + (dirty ? " + local changes" : "") + ")";
    }

    private static BuildInfo load() {
        Properties p = new Properties();
        try (InputStream in = BuildInfo.class.getResourceAsStream("/tally/build.properties")) {
            if (in != null) {
                p.load(in);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new BuildInfo(known(p.getProperty("version")), known(p.getProperty("commit")), "true".equals(p.getProperty("dirty")));
    }

    /** A value the build did not fill in ("${git.commit.id.abbrev}" outside git) is unknown. */
    private static String known(String value) {
        return value == null || value.isBlank() || value.startsWith("${") ? "unknown" : value;
    }
}
