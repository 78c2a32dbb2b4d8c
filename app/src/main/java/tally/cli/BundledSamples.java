package tally.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/** The sample articles packed into tally.jar (from the project's samples/ folder). */
final class BundledSamples {

    /** One bundled file. */
    record Sample(String name, byte[] content) {
    }

    private static final String DIR = "tally/samples";

    private BundledSamples() {
    }

    static List<Sample> load() {
        URL anchor = BundledSamples.class.getClassLoader().getResource(DIR + "/articles.jsonl");
        if (anchor == null) {
            throw new IllegalStateException("the sample articles are not bundled in this build");
        }
        try {
            URI uri = anchor.toURI();
            if (uri.getScheme().equals("jar")) {
                try (FileSystem jar = FileSystems.newFileSystem(uri, Map.of())) {
                    return read(jar.getPath("/" + DIR));
                }
            }
            return read(Path.of(uri).getParent());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    private static List<Sample> read(Path dir) throws IOException {
        List<Sample> samples = new ArrayList<>();
        try (Stream<Path> files = Files.walk(dir)) {
            for (Path p : files.filter(Files::isRegularFile).sorted().toList()) {
                samples.add(new Sample(dir.relativize(p).toString(), Files.readAllBytes(p)));
            }
        }
        return samples;
    }
}
