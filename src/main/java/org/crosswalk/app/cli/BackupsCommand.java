package org.crosswalk.app.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.crosswalk.store.WorkspaceProblem;
import org.crosswalk.store.backup.Backup;
import org.crosswalk.store.backup.BackupSummary;
import org.crosswalk.store.backup.Backups;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code crosswalk backups WORKSPACE}: the automatic backups of a workspace, newest first. */
@Command(name = "backups", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = {"List the backups of a workspace, newest first.",
                "Each line: when (local time), why (on open, while editing, before upgrade, before merge, before "
                        + "restore), what it holds (themes, priorities, links), its size and its file — which "
                        + "“crosswalk restore” takes. The workspace is only read, so this works while Crosswalk "
                        + "has it open."},
        exitCodeListHeading = ExitCodes.HEADING, exitCodeList = {ExitCodes.OK_LINE, ExitCodes.BAD_INPUT_LINE,
                ExitCodes.USAGE_LINE})
final class BackupsCommand implements Callable<Integer> {
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

    @ParentCommand
    private CrosswalkCommand parent;

    @Spec
    private CommandSpec spec;

    @Parameters(paramLabel = "WORKSPACE", description = "A workspace file (.crosswalk).")
    private Path workspace;

    @Option(names = "--json", description = "Print an array of {file, madeAt, reason, size, board, themes, "
            + "priorities, links, lastChange}; the counts are null for a backup that cannot be read.")
    private boolean json;

    /** One backup as printed; counts null when the backup cannot be read. */
    record Listed(String file, String madeAt, String reason, long size, String board, Integer themes,
                  Integer priorities, Integer links, String lastChange) {
    }

    @Override
    public Integer call() throws Exception {
        Path path = workspace.toAbsolutePath().normalize();
        if (!Files.isRegularFile(path)) {
            throw new CommandFailure("“" + path + "” was not found. Give the path of a workspace file (.crosswalk).");
        }
        Backups backups = parent.wiring().backups();
        List<Listed> listed = new ArrayList<>();
        for (Backup backup : backups.listFor(path)) {
            listed.add(listed(backups, backup));
        }
        PrintWriter out = spec.commandLine().getOut();
        if (json) {
            out.println(JSON.writeValueAsString(listed));
        } else if (listed.isEmpty()) {
            out.println("No backups of “" + path.getFileName() + "” yet (they are kept in " + backups.root() + ").");
        } else {
            listed.forEach(row -> out.printf("%s  %-15s  %-40s  %7s  %s%n", row.madeAt(), row.reason(),
                    row.themes() == null ? "cannot be read (damaged?)" : row.themes() + " themes, "
                            + row.priorities() + " priorities, " + row.links() + " links",
                    Math.max(1, Math.round(row.size() / 1024.0)) + " KB", row.file()));
        }
        out.flush();
        return ExitCodes.OK;
    }

    private static Listed listed(Backups backups, Backup backup) {
        String when = WHEN.format(backup.madeAt().atZone(ZoneId.systemDefault()));
        try {
            BackupSummary summary = backups.summarize(backup);
            return new Listed(backup.file().toString(), when, backup.reason().label(), backup.size(), summary.board(),
                    summary.themes(), summary.priorities(), summary.links(), summary.lastChange());
        } catch (WorkspaceProblem damaged) {
            return new Listed(backup.file().toString(), when, backup.reason().label(), backup.size(), null, null,
                    null, null, null);
        }
    }
}
