package org.crosswalk.plans.reading;

import java.nio.file.Path;

/** Reads one document format (PDF, Word, HTML, text) into blocks; never changes a workspace. */
public interface PlanReader {
    /**
     * @throws PlanReadException with a plain-English message when the file cannot be read
     * @throws java.util.concurrent.CancellationException when {@code progress} says stop
     */
    SourceDocument read(Path file, ReadProgress progress) throws PlanReadException;
}
