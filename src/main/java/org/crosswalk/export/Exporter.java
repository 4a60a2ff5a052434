package org.crosswalk.export;

import java.io.IOException;
import java.io.OutputStream;

/** Writes a {@link Paper} in one format. One class per format; the GUI and the CLI share them. */
public interface Exporter {

    /** The short name used on the command line: "docx", "pdf", "html", "xlsx", "csv". */
    String format();

    /** What a person calls it: "Word document". */
    String description();

    /** The file name ending, with its dot: ".docx". */
    String extension();

    /** Writes the whole paper to {@code out} (which the caller closes). */
    void write(Paper paper, OutputStream out) throws IOException;

    /**
     * What the person exporting should know about how this format shows {@code paper} (text it
     * cannot show, for example), or null when there is nothing to say.
     */
    default String caution(Paper paper) {
        return null;
    }
}
