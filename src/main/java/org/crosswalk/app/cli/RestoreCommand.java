package org.crosswalk.app.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.crosswalk.store.Workspace;
import org.crosswalk.store.WorkspaceProblem;
import org.crosswalk.store.backup.Backup;
import org.crosswalk.store.backup.BackupRestore;
import org.crosswalk.store.backup.Backups;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code crosswalk restore WORKSPACE BACKUP}: brings a backup back into its workspace. */
@Command(name = "restore", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = {"Replace a workspace's content with one of its backups.",
                "What the workspace holds now is first kept as a backup “before restore”. The backup is checked "
                        + "first (whole, of this workspace); the workspace is replaced in one step, never half. "
                        + "Refused while the workspace is open in Crosswalk."},
        exitCodeListHeading = ExitCodes.HEADING, exitCodeList = {ExitCodes.OK_LINE, ExitCodes.BAD_INPUT_LINE,
                ExitCodes.USAGE_LINE})
final class RestoreCommand implements Callable<Integer> {

    @ParentCommand
    private CrosswalkCommand parent;

    @Spec
    private CommandSpec spec;

    @Parameters(index = "0", paramLabel = "WORKSPACE", description = "The workspace file (.crosswalk) to restore.")
    private Path workspace;

    @Parameters(index = "1", paramLabel = "BACKUP", description = "A backup file, as “crosswalk backups” lists it.")
    private Path backupFile;

    @Override
    public Integer call() throws Exception {
        Path target = workspace.toAbsolutePath().normalize();
        Backups backups = parent.wiring().backups();
        Backup backup = chosen(backups, backupFile.toAbsolutePath().normalize());
        Workspace open;
        try {
            open = parent.wiring().files().open(target, false);
        } catch (WorkspaceProblem problem) {
            if (problem.kind() == WorkspaceProblem.Kind.IN_USE) {
                throw new CommandFailure("“" + target.getFileName() + "” is open in Crosswalk, so nothing was "
                        + "restored. Close it there (or use File > Restore from Backup… in that window) and try "
                        + "again.", problem);
            }
            throw problem;
        }
        BackupRestore.Restored restored;
        try {
            restored = backups.restorer().restore(open, backup);
        } finally {
            open.close(); // already closed after a restore; closes it after a refusal
        }
        restored.workspace().close();
        PrintWriter out = spec.commandLine().getOut();
        out.println("Restored “" + target.getFileName() + "” from " + backup.file().getFileName() + " ("
                + restored.summary().counts() + ").");
        out.println("What it held before is kept as " + restored.before().file());
        out.flush();
        return ExitCodes.OK;
    }

    private static Backup chosen(Backups backups, Path file) throws Exception {
        if (!Files.isRegularFile(file)) {
            throw new CommandFailure("The backup “" + file + "” was not found, so nothing was restored. Run "
                    + "“crosswalk backups WORKSPACE” to list the backups.");
        }
        return backups.describe(file).orElseThrow(() -> new CommandFailure("“" + file.getFileName() + "” is not "
                + "a Crosswalk backup (its name ends like “(2026-11-23 18-20-05, on open).crosswalk”), so nothing "
                + "was restored. Run “crosswalk backups WORKSPACE” to list the backups."));
    }
}
