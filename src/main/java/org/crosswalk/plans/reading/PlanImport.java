package org.crosswalk.plans.reading;

import java.nio.file.Path;

/** Reads a plan document of any supported format into a {@link ParsedPlan} for review. */
public final class PlanImport {
    private PlanImport() {
    }

    /**
     * @throws PlanReadException with a plain-English message when the file cannot be read
     * @throws java.util.concurrent.CancellationException when {@code progress} says stop
     */
    public static ParsedPlan read(Path file, ReadProgress progress) throws PlanReadException {
        throw new PlanReadException("Reading plans is being wired up: " + file.getFileName());
    }
}
