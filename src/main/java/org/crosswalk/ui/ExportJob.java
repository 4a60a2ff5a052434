package org.crosswalk.ui;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.crosswalk.export.ExportProblem;
import org.crosswalk.store.WorkspaceProblem;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Writing one document (the board paper, the progress report): whether it is being written, what
 * to tell the person, and the file written (for "Open the file"). The writing runs off the JavaFX
 * thread; the outcome is reported on it.
 */
public final class ExportJob {
    private static final Logger LOG = LoggerFactory.getLogger(ExportJob.class);

    private final BooleanProperty exporting = new SimpleBooleanProperty();
    private final StringProperty message = new SimpleStringProperty("");
    private final ObjectProperty<Path> written = new SimpleObjectProperty<>();

    /** A written file and what its format could not show (null: nothing). */
    public record Written(Path path, String caution) {
    }

    public BooleanProperty exportingProperty() {
        return exporting;
    }

    public StringProperty messageProperty() {
        return message;
    }

    public ObjectProperty<Path> writtenProperty() {
        return written;
    }

    /**
     * Runs {@code work} (which writes {@code target}) in the background; {@code what} names the
     * document in the message for an unexpected failure ("the paper").
     */
    public void run(WorkspaceSession session, Path target, String what, Callable<Written> work) {
        exporting.set(true);
        written.set(null);
        message.set("Writing " + target.getFileName() + "…");
        session.background(work, done -> {
            exporting.set(false);
            written.set(done.path());
            message.set("Saved " + done.path().getFileName() + " in " + done.path().getParent() + "."
                    + (done.caution() == null ? "" : " " + done.caution()));
        }, error -> {
            exporting.set(false);
            if (error instanceof ExportProblem || error instanceof WorkspaceProblem) {
                message.set(error.getMessage());
            } else {
                LOG.error("Writing {} failed", what, error);
                message.set("Crosswalk could not write " + what + " because of an internal error. Nothing was "
                        + "written. Details are in the log file.");
            }
        });
    }
}
