package org.crosswalk.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.crosswalk.export.ExportService;
import org.crosswalk.export.Exporter;
import org.crosswalk.export.Paper;
import org.crosswalk.ui.paper.ExportViewModel;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The export dialog's state, on the real sample, with a plain-text exporter standing in for a format. */
class ExportViewModelTest {
    @TempDir
    Path folder;
    private UiTestBench bench;
    private ExportViewModel model;

    /** Writes the theme names and priority count, so the test can see what reached the file. */
    private static class OutlineText implements Exporter {
        @Override
        public String format() {
            return "txt";
        }

        @Override
        public String description() {
            return "Outline";
        }

        @Override
        public String extension() {
            return ".txt";
        }

        @Override
        public void write(Paper paper, OutputStream out) throws IOException {
            StringBuilder text = new StringBuilder(paper.title()).append('\n').append(paper.priorityHeading());
            paper.themes().forEach(t -> text.append('\n').append(t.theme()).append(": ").append(t.rows().size()));
            out.write(text.toString().getBytes(StandardCharsets.UTF_8));
        }

        @Override
        public void write(org.crosswalk.export.progress.ProgressReport report, OutputStream out) throws IOException {
            out.write((report.title() + '\n' + report.summaryLine()).getBytes(StandardCharsets.UTF_8));
        }
    }

    @BeforeEach
    void openSample() {
        bench = new UiTestBench(folder).withSample();
        model = new ExportViewModel(bench.session, new ExportService(List.of(new OutlineText())));
    }

    @Test
    void thePreviewFollowsTheSettingsAsTheyAreTyped() {
        assertEquals("HIB Priority", model.previewProperty().get().priorityHeading());
        assertEquals(3, model.previewProperty().get().themes().size());
        model.form().priorityHeading.set("Local priority");
        model.form().includeCoverageSummary.set(true);
        assertEquals("Local priority", model.previewProperty().get().priorityHeading());
        assertEquals(13, model.previewProperty().get().coverage().priorities());
        assertTrue(model.settingsChangedProperty().get());
    }

    @Test
    void exportingSavesTheSettingsAsOneUndoableEditAndWritesTheFile() throws Exception {
        model.form().title.set("Overview of the NHS Long Term Plan");
        Path target = folder.resolve("paper.txt");
        model.export(target);

        assertEquals(target, model.writtenProperty().get());
        assertTrue(model.messageProperty().get().startsWith("Saved paper.txt"));
        assertTrue(Files.readString(target).startsWith("Overview of the NHS Long Term Plan\nHIB Priority\n"
                + "Keeping Yourself Healthy / Prevent: 6"));
        assertEquals("Overview of the NHS Long Term Plan", bench.session.content().paper().title());
        assertEquals("Edit the paper settings", bench.session.undoDescriptionProperty().get());
        assertFalse(model.settingsChangedProperty().get());
        bench.session.undo();
        assertEquals("", bench.session.content().paper().title());
    }

    @Test
    void aFolderThatIsGoneIsExplainedAndNothingIsWritten() {
        model.export(folder.resolve("missing").resolve("paper.txt"));
        assertNull(model.writtenProperty().get());
        assertFalse(model.exportingProperty().get());
        assertTrue(model.messageProperty().get().contains("does not exist"), model.messageProperty().get());
    }

    @Test
    void whatTheFormatCannotShowIsToldAfterSaving() throws Exception {
        Exporter cautious = new OutlineText() {
            @Override
            public String caution(Paper paper) {
                return "The outline cannot show “" + paper.themes().get(0).theme().charAt(0) + "”.";
            }
        };
        model = new ExportViewModel(bench.session, new ExportService(List.of(cautious)));
        model.export(folder.resolve("paper.txt"));

        assertEquals("Saved paper.txt in " + folder + ". The outline cannot show “K”.", model.messageProperty().get());
        assertTrue(Files.exists(folder.resolve("paper.txt")));
    }

    @Test
    void aNameWindowsRefusesIsExplainedAndNothingIsWritten() throws Exception {
        model.export(folder.resolve("Paper: draft?.txt"));
        assertNull(model.writtenProperty().get());
        assertFalse(model.exportingProperty().get());
        assertTrue(model.messageProperty().get().startsWith("“Paper: draft?.txt” cannot be used as a file name: "
                + "Windows does not allow"), model.messageProperty().get());
        assertFalse(java.nio.file.Files.exists(folder.resolve("Paper: draft?.txt")));
    }

    @Test
    void theSuggestedNameIsThePaperTitleMadeSafe() {
        model.form().title.set("HIB 14/02/2019: Long Term Plan?");
        assertEquals("HIB 14 02 2019 Long Term Plan.txt", model.suggestedFileName());
        model.form().title.set("Aux");
        assertEquals("Board paper.txt", model.suggestedFileName());
    }
}
