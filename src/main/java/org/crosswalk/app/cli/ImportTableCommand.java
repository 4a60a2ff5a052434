package org.crosswalk.app.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.crosswalk.app.Wiring;
import org.crosswalk.store.Workspace;
import org.crosswalk.store.WorkspaceProblem;
import org.crosswalk.tables.mapping.TableImport;
import org.crosswalk.tables.mapping.TableImportEdit;
import org.crosswalk.tables.mapping.TablePreview;
import org.crosswalk.tables.reading.Grid;
import org.crosswalk.tables.reading.TableFile;
import org.crosswalk.tables.reading.TableFiles;
import org.crosswalk.tables.reading.TableReadException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code crosswalk import-table WORKSPACE FILE}: imports a whole mapping table (a board paper's
 * Word table, or Crosswalk's own XLSX or CSV export) as one undoable edit: themes, priorities,
 * sub-items, links to the plan's paragraphs and "no mention" statements. What cannot be matched
 * is printed; the rest is imported, unless --dry-run.
 */
@Command(name = "import-table", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = {"Import a whole mapping table from a Word document (.docx), an Excel workbook (.xlsx) or a "
                + "CSV file: priorities grouped under themes, and the plan paragraphs they cite.",
                "Paragraph numbers (\"2.18.\"), quotes and page citations (\"(NHS LTP p. 37)\") become links; "
                        + "\"No specific mention…\" becomes the priority's no-mention statement. Citations that "
                        + "match nothing are listed. With --dry-run nothing is saved."},
        exitCodeListHeading = ExitCodes.HEADING, exitCodeList = {ExitCodes.OK_LINE, ExitCodes.BAD_INPUT_LINE,
                ExitCodes.USAGE_LINE})
final class ImportTableCommand implements Callable<Integer> {
    @ParentCommand
    private CrosswalkCommand parent;

    @Spec
    private CommandSpec spec;

    @Parameters(index = "0", paramLabel = "WORKSPACE", description = "A workspace file (.crosswalk).")
    private Path workspaceFile;

    @Parameters(index = "1", paramLabel = "FILE", description = "The table: .docx, .xlsx or .csv.")
    private Path tableFile;

    @Option(names = "--plan", paramLabel = "LABEL", description = {"The plan the citations quote, by its label, "
            + "e.g. \"NHS LTP\".", "Default: the workspace's only plan, or the one the citations name."})
    private String plan;

    @Option(names = "--dry-run", description = "Read, match and report, but save nothing.")
    private boolean dryRun;

    @Option(names = "--json", description = "Print what is (or would be) created and what could not be matched as JSON.")
    private boolean json;

    /**
     * The preview, made on a read-only view: a table that cannot be imported is refused before the
     * workspace is opened for writing, so the file stays byte for byte as it was. Null when the
     * file is from an older Crosswalk and must be upgraded (opened for editing) to be read.
     */
    private TablePreview previewWithoutWriting(Wiring wiring, Path target, Grid grid, String name) throws Exception {
        try (Workspace workspace = wiring.files().open(target, true)) {
            return previewOf(workspace, grid, name);
        } catch (WorkspaceProblem e) {
            if (dryRun || e.kind() != WorkspaceProblem.Kind.READ_ONLY) {
                throw e;
            }
            return null;
        }
    }

    private TablePreview previewOf(Workspace workspace, Grid grid, String name) throws Exception {
        try {
            return TableImport.preview(grid, workspace.load(), plan);
        } catch (TableReadException e) {
            throw CommandFailure.nothingImported(name, e);
        }
    }

    @Override
    public Integer call() throws Exception {
        Wiring wiring = parent.wiring();
        String name = tableFile.getFileName().toString();
        Grid grid;
        try {
            TableFile file = TableFiles.read(tableFile.toAbsolutePath().normalize());
            grid = TableImport.mostCiting(file.grids());
        } catch (TableReadException e) {
            throw CommandFailure.nothingImported(name, e);
        }
        if (grid == null) {
            throw new CommandFailure("Nothing was imported from “" + name + "”. It holds no table. Crosswalk imports a "
                    + "mapping table from a Word table, an Excel sheet or a CSV file.");
        }
        Path target = workspaceFile.toAbsolutePath().normalize();
        TablePreview preview = previewWithoutWriting(wiring, target, grid, name);
        boolean saved = false;
        if (!dryRun && (preview == null || !preview.changesNothing())) {
            try (Workspace workspace = wiring.files().open(target, false)) {
                preview = previewOf(workspace, grid, name);
                if (!preview.changesNothing()) {
                    workspace.history().execute(TableImportEdit.of(preview));
                    saved = true;
                }
            }
        }
        PrintWriter out = spec.commandLine().getOut();
        TableImportReport report = new TableImportReport(preview, name, workspaceFile.getFileName().toString(), dryRun);
        out.println(json ? report.json(saved) : report.text(saved));
        out.flush();
        return ExitCodes.OK;
    }
}
