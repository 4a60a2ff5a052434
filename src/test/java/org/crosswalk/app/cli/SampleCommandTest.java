package org.crosswalk.app.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.crosswalk.model.WorkspaceContent;
import org.crosswalk.store.Workspace;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SampleCommandTest {
    @TempDir
    Path home;

    @Test
    void writesTheSampleIntoNewFoldersAndSaysWhere() throws Exception {
        Cli cli = new Cli(home);
        Path target = home.resolve("new").resolve("folders").resolve("oxon.crosswalk");

        Cli.Result result = cli.run("sample", "--out", target.toString());

        assertEquals(0, result.exit(), result::toString);
        assertEquals("", result.err());
        List<String> lines = result.out().lines().toList();
        assertEquals(2, lines.size(), result::toString);
        assertEquals("Wrote the sample workspace to " + target.toAbsolutePath(), lines.get(0));
        SampleFacts facts = SampleFacts.read();
        assertEquals("Oxfordshire Health Improvement Board: 1 plan (NHS LTP), " + facts.themes() + " themes, "
                + facts.priorities() + " priorities, " + facts.links() + " links, " + facts.noMention()
                + " marked “no mention”.", lines.get(1));

        try (Workspace workspace = cli.wiring().files().open(target, true)) {
            WorkspaceContent content = workspace.load();
            assertEquals("Oxfordshire Health Improvement Board", content.board().name());
            assertEquals(facts.themes(), content.themes().size());
            assertEquals(facts.priorities(), content.priorities().size());
            assertEquals(facts.links(), content.links().size());
        }
        assertFalse(Files.exists(target.resolveSibling("oxon.crosswalk-lock")), "the lock is released");
        try (var files = Files.list(target.getParent())) {
            assertEquals(List.of("oxon.crosswalk"), files.map(p -> p.getFileName().toString())
                    .filter(name -> !name.endsWith("-wal") && !name.endsWith("-shm")).toList(),
                    "no temporary files are left beside it");
        }
    }

    @Test
    void refusesToReplaceAnExistingFileWithoutForce() throws Exception {
        Path target = home.resolve("mine.crosswalk");
        byte[] precious = "the user's own file".getBytes(StandardCharsets.UTF_8);
        Files.write(target, precious);

        Cli.Result result = new Cli(home).run("sample", "--out", target.toString());

        assertEquals(ExitCodes.BAD_INPUT, result.exit(), result::toString);
        assertEquals("", result.out());
        assertTrue(result.err().contains("already exists"), result::toString);
        assertTrue(result.err().contains("--force"), result::toString);
        assertTrue(result.errIsPlain(), result::toString);
        assertArrayEquals(precious, Files.readAllBytes(target), "the existing file is untouched");
    }

    @Test
    void replacesAnExistingFileWithForce() throws Exception {
        Cli cli = new Cli(home);
        Path target = home.resolve("mine.crosswalk");
        Files.writeString(target, "old");

        Cli.Result result = cli.run("sample", "--force", "--out", target.toString());

        assertEquals(0, result.exit(), result::toString);
        try (Workspace workspace = cli.wiring().files().open(target, true)) {
            assertEquals(SampleFacts.read().priorities(), workspace.load().priorities().size());
        }
    }

    @Test
    void refusesAFolderAsTheTarget() throws Exception {
        Path folder = Files.createDirectories(home.resolve("a-folder"));

        Cli.Result result = new Cli(home).run("sample", "--force", "--out", folder.toString());

        assertEquals(ExitCodes.BAD_INPUT, result.exit(), result::toString);
        assertTrue(result.err().contains("is a folder"), result::toString);
        try (var files = Files.list(folder)) {
            assertEquals(0, files.count());
        }
    }

    @Test
    void explainsAFolderThatCannotBeMade() throws Exception {
        Path blocker = Files.writeString(home.resolve("blocker"), "a file where a folder should be");

        Cli.Result result = new Cli(home).run("sample", "--out", blocker.resolve("x.crosswalk").toString());

        assertEquals(ExitCodes.BAD_INPUT, result.exit(), result::toString);
        assertTrue(result.err().contains("could not create the folder"), result::toString);
        assertTrue(result.errIsPlain(), result::toString);
    }

    @Test
    void outIsRequired() {
        Cli.Result result = new Cli(home).run("sample");

        assertEquals(ExitCodes.USAGE, result.exit(), result::toString);
        assertTrue(result.err().contains("--out"), result::toString);
    }
}
