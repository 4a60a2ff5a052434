package org.crosswalk.fuzz;

import java.nio.file.Path;
import java.util.List;
import java.util.Random;

/** One reader under fuzzing: its valid seed files, how to damage them, and how to call it. */
interface FuzzTarget {
    /** A valid file to start from; {@code extension} is the name the damaged copy is given. */
    record Seed(String name, byte[] bytes, String extension) {
    }

    String name();

    List<Seed> seeds();

    Mutation mutate(Seed seed, Random random);

    /**
     * Gives {@code file} to the reader (in {@code folder}, a fresh folder of its own) and says how it
     * ended. Throwing anything is a failure of the case.
     */
    Outcome run(Path file, Path folder) throws Exception;
}
