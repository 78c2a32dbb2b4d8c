package tally.ingest.evaluate;

import java.nio.file.Files;
import java.nio.file.Path;

/** A folder of the repository's realnews/ (gold, build), looked for from the module's folder upwards. */
final class RealNewsFolder {

    private RealNewsFolder() {
    }

    /** realnews/NAME, or null when no folder above holds it. */
    static Path find(String name) {
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            Path folder = dir.resolve("realnews").resolve(name);
            if (Files.isDirectory(folder)) {
                return folder;
            }
        }
        return null;
    }
}
