package org.crosswalk.app.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.crosswalk.app.Wiring;
import org.crosswalk.store.Workspace;
import org.crosswalk.store.WorkspaceProblem;
import org.crosswalk.tables.priorities.ImportProblem;
import org.crosswalk.tables.priorities.ImportedPriorities;
import org.crosswalk.tables.priorities.PriorityImport;
import org.crosswalk.tables.priorities.PriorityImportPreview;
import org.crosswalk.tables.reading.TableFiles;
import org.crosswalk.tables.reading.TableReadException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code crosswalk import-priorities WORKSPACE FILE}: reads themes, priorities, sub-items, notes
 * and leads from an Excel, CSV or Word file and adds what the workspace lacks as one undoable
 * edit, or with --dry-run only says what it would add.
 */
@Command(name = "import-priorities", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = {"Read themes, priorities and sub-items from an Excel (.xlsx), CSV or Word (.docx) file and add "
                + "them to a workspace.",
                "Columns are found by their headings (Theme, Priority, Sub-items, Notes, Lead, in any order); in a Word "
                        + "document without such a table, headings are themes, bullets priorities and nested bullets "
                        + "sub-items. What the workspace already has (the same wording) is not added again."},
        exitCodeListHeading = ExitCodes.HEADING, exitCodeList = {ExitCodes.OK_LINE, ExitCodes.BAD_INPUT_LINE,
                ExitCodes.USAGE_LINE})
final class ImportPrioritiesCommand implements Callable<Integer> {
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    @ParentCommand
    private CrosswalkCommand parent;

    @Spec
    private CommandSpec spec;

    @Parameters(index = "0", paramLabel = "WORKSPACE", description = "A workspace file (.crosswalk).")
    private Path workspaceFile;

    @Parameters(index = "1", paramLabel = "FILE", description = "The priorities: .xlsx, .csv or .docx.")
    private Path file;

    @Option(names = "--sheet", paramLabel = "NAME",
            description = "The sheet (or Word table, \"Table 2\") to read. Default: the first with a Priority column.")
    private String sheet;

    @Option(names = "--dry-run", description = "Read and report, but save nothing.")
    private boolean dryRun;

    @Option(names = "--json", description = "Print what was (or would be) created and what already existed as JSON.")
    private boolean json;

    @Override
    public Integer call() throws Exception {
        Wiring wiring = parent.wiring();
        String name = file.getFileName().toString();
        ImportedPriorities imported;
        try {
            imported = PriorityImport.fromFile(TableFiles.read(file.toAbsolutePath().normalize()), sheet);
        } catch (TableReadException e) {
            throw CommandFailure.nothingImported(name, e);
        }
        if (imported.themes().isEmpty()) {
            throw new CommandFailure("Nothing was imported from “" + name + "”: no priorities were found in "
                    + imported.source() + "." + problems(imported));
        }
        Path target = workspaceFile.toAbsolutePath().normalize();
        PriorityImportPreview preview = lookReadOnly(wiring, target, imported);
        if (preview == null || (!dryRun && !preview.nothingToCreate())) {
            try (Workspace workspace = wiring.files().open(target, dryRun)) {
                // Again on what the file holds now: it may have changed since the look.
                preview = PriorityImport.preview(imported, workspace.load());
                if (!dryRun && !preview.nothingToCreate()) {
                    workspace.history().execute(PriorityImport.edit(preview));
                }
            }
        }
        PrintWriter out = spec.commandLine().getOut();
        out.println(json ? JSON.writeValueAsString(toJson(preview, name)) : PriorityImportReport.text(preview, name,
                workspaceFile.getFileName().toString(), dryRun));
        out.flush();
        return ExitCodes.OK;
    }

    /**
     * What the import would add, from a read-only opening: when it adds nothing, the workspace is never
     * opened for writing (so it may be open in a Crosswalk window, or on a read-only share). Null when
     * it cannot be opened read-only; opening it for writing then says why, or upgrades it.
     */
    private static PriorityImportPreview lookReadOnly(Wiring wiring, Path target, ImportedPriorities imported)
            throws Exception {
        try (Workspace workspace = wiring.files().open(target, true)) {
            return PriorityImport.preview(imported, workspace.load());
        } catch (WorkspaceProblem notReadable) {
            return null;
        }
    }

    private static String problems(ImportedPriorities imported) {
        StringBuilder text = new StringBuilder();
        imported.problems().forEach(p -> text.append(System.lineSeparator()).append("  ").append(p.message()));
        return text.toString();
    }

    private ObjectNode toJson(PriorityImportPreview preview, String name) {
        ObjectNode root = JSON.createObjectNode();
        root.put("file", name);
        root.put("source", preview.source());
        root.put("saved", !dryRun && !preview.nothingToCreate());
        ObjectNode created = root.putObject("created");
        created.put("themes", preview.newThemes());
        created.put("priorities", preview.newPriorities());
        created.put("sub_items", preview.newSubItems());
        ObjectNode existing = root.putObject("existing");
        existing.put("themes", preview.existingThemes());
        existing.put("priorities", preview.existingPriorities());
        existing.put("sub_items", preview.existingSubItems());
        ArrayNode themes = root.putArray("themes");
        for (PriorityImportPreview.Theme theme : preview.themes()) {
            ObjectNode themeNode = themes.addObject();
            themeNode.put("title", theme.title());
            themeNode.put("new", theme.isNew());
            ArrayNode priorities = themeNode.putArray("priorities");
            for (PriorityImportPreview.Priority priority : theme.priorities()) {
                ObjectNode node = priorities.addObject();
                node.put("title", priority.title());
                node.put("new", priority.isNew());
                node.put("line", priority.line());
                node.put("note", priority.note());
                node.put("lead", priority.lead());
                ArrayNode subItems = node.putArray("sub_items");
                priority.subItems().forEach(s -> subItems.addObject().put("text", s.text()).put("new", !s.exists()));
            }
        }
        ArrayNode problems = root.putArray("problems");
        for (ImportProblem problem : preview.problems()) {
            problems.addObject().put("line", problem.line()).put("message", problem.message());
        }
        return root;
    }
}
