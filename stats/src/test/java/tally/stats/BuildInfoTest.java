package tally.stats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** The build writes its version and commit where Tally reads them. */
class BuildInfoTest {

    @Test
    void theBuildFillsInTheVersionAndTheCommit() {
        BuildInfo b = BuildInfo.current();
        assertTrue(b.version().matches("\\d+\\.\\d+\\.\\d+.*"), b.version());
        // A clone has .git: the commit is its abbreviated hash (a source tree without it says unknown).
        assertTrue(b.commit().matches("[0-9a-f]{7,40}") || b.commit().equals("unknown"), b.commit());
        assertTrue(b.describe().startsWith(b.version() + " (commit " + b.commit()), b.describe());
    }

    @Test
    void describesADirtyTree() {
        assertEquals("1.2.0 (commit abc1234 + local changes)", new BuildInfo("1.2.0", "abc1234", true).describe());
        assertEquals("1.2.0 (commit abc1234)", new BuildInfo("1.2.0", "abc1234", false).describe());
    }
}
