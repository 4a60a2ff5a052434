package org.crosswalk.plans.catalogue;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;

/** The shared seeds and fixtures beside the repository (-Dseeds.dir from surefire). */
final class SharedFiles {
    private SharedFiles() {
    }

    static Path seeds() {
        Path seeds = Path.of(System.getProperty("seeds.dir", "../shared/seeds"));
        assumeTrue(Files.isDirectory(seeds), "the shared seeds folder is not here: " + seeds.toAbsolutePath());
        return seeds;
    }

    static Path fixture(String name) {
        Path file = Path.of(System.getProperty("seeds.dir", "../shared/seeds")).resolveSibling("fixtures")
                .resolve("plan-import").resolve(name);
        assumeTrue(Files.isRegularFile(file), "the shared fixture is not here: " + file.toAbsolutePath());
        return file;
    }

    /** Whitespace collapsed, curly single quotes straightened, markdown emphasis dropped. */
    static String normalise(String text) {
        return text.replace('\u2018', '\'').replace('\u2019', '\'')
                .replace('\u201C', '"').replace('\u201D', '"')
                .replace("*", "")
                .replaceAll("\\s+", " ")
                .strip();
    }
}
