package org.crosswalk.ui.planimport;

import java.nio.file.Path;
import org.crosswalk.plans.reading.ParsedPlan;
import org.crosswalk.plans.reading.PlanReadException;
import org.crosswalk.plans.reading.ReadProgress;

/**
 * Reads a plan file for review: {@code PlanImport::read} in the app, a plan built by hand in
 * tests. Runs off the JavaFX thread.
 */
@FunctionalInterface
public interface PlanFileReader {
    /**
     * @throws PlanReadException with a plain-English message when the file cannot be read
     * @throws java.util.concurrent.CancellationException when {@code progress} says stop
     */
    ParsedPlan read(Path file, ReadProgress progress) throws PlanReadException;
}
