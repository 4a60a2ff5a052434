package org.crosswalk.app.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.crosswalk.app.Wiring;
import org.crosswalk.model.WorkspaceContent;
import org.crosswalk.store.Workspace;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code crosswalk sample --out FILE}: writes the Oxfordshire sample workspace. */
@Command(name = "sample", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = {"Write the sample workspace.",
                "The sample is the Oxfordshire Health Improvement Board's mapping of its priorities to the NHS "
                        + "Long Term Plan (February 2019).",
                "Missing folders are created. An existing file is kept unless --force is given."},
        exitCodeListHeading = ExitCodes.HEADING, exitCodeList = {ExitCodes.OK_LINE, ExitCodes.BAD_INPUT_LINE,
                ExitCodes.USAGE_LINE})
final class SampleCommand implements Callable<Integer> {

    @ParentCommand
    private CrosswalkCommand parent;

    @Spec
    private CommandSpec spec;

    @Option(names = {"-o", "--out"}, required = true, paramLabel = "FILE",
            description = "Where to write the workspace, e.g. sample.crosswalk.")
    private Path out;

    @Option(names = {"-f", "--force"}, description = "Replace FILE if it exists.")
    private boolean force;

    @Override
    public Integer call() throws Exception {
        Path target = out.toAbsolutePath().normalize();
        if (Files.isDirectory(target)) {
            throw new CommandFailure("“" + target + "” is a folder. Nothing was written. Give a file name, e.g. "
                    + target.resolve("sample.crosswalk") + ".");
        }
        if (Files.exists(target) && !force) {
            throw new CommandFailure("“" + target + "” already exists, so it was left as it is. Choose another "
                    + "name, or add --force to replace it.");
        }
        createFolder(target.getParent());
        Wiring wiring = parent.wiring();
        WorkspaceContent content;
        try (Workspace workspace = wiring.sample().create(wiring.files(), target)) {
            content = workspace.load();
        }
        PrintWriter stdout = spec.commandLine().getOut();
        stdout.println("Wrote the sample workspace to " + target);
        stdout.println(WorkspaceSummary.of(target.toString(), wiring.files().schemaVersion(), content).oneLine());
        stdout.flush();
        return ExitCodes.OK;
    }

    private static void createFolder(Path folder) throws CommandFailure {
        if (folder == null) {
            return;
        }
        try {
            Files.createDirectories(folder);
        } catch (IOException e) {
            Path blocker = folder;
            while (blocker != null && !Files.exists(blocker)) {
                blocker = blocker.getParent();
            }
            String reason = blocker != null && !Files.isDirectory(blocker)
                    ? "“" + blocker + "” is a file, not a folder"
                    : "check the path and that you may write there";
            throw new CommandFailure("Crosswalk could not create the folder “" + folder + "”, so nothing was "
                    + "written: " + reason + ".", e);
        }
    }
}
