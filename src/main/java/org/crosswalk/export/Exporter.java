package org.crosswalk.export;

import java.io.IOException;
import java.io.OutputStream;
import org.crosswalk.export.progress.ProgressReport;

/**
 * Writes a {@link Paper} (the board paper) and a {@link ProgressReport} (the follow-up paper) in
 * one format. One class per format; the GUI and the CLI share them.
 */
public interface Exporter {

    /** The short name used on the command line: "docx", "pdf", "html", "xlsx", "csv". */
    String format();

    /** What a person calls it: "Word document". */
    String description();

    /** The file name ending, with its dot: ".docx". */
    String extension();

    /** Writes the whole paper to {@code out} (which the caller closes). */
    void write(Paper paper, OutputStream out) throws IOException;

    /** Writes the whole progress report to {@code out} (which the caller closes). */
    void write(ProgressReport report, OutputStream out) throws IOException;

    /**
     * What the person exporting should know about how this format shows {@code paper} (text it
     * cannot show, for example), or null when there is nothing to say.
     */
    default String caution(Paper paper) {
        return null;
    }

    /** As {@link #caution(Paper)}, for the progress report. */
    default String caution(ProgressReport report) {
        return null;
    }
}
