package org.crosswalk.settings;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AppPathsTest {
    private static final Map<String, String> NO_ENVIRONMENT = Map.of();

    @TempDir
    Path home;

    @Test
    void theInstalledAppKeepsItsDataInTheUsualPerUserFolder() {
        assertEquals(Path.of("/home/val/.local/share/crosswalk"),
                AppPaths.detect(installed("Linux", "/home/val"), NO_ENVIRONMENT).dataDir());
        assertEquals(Path.of("/xdg/crosswalk"),
                AppPaths.detect(installed("Linux", "/home/val"), Map.of("XDG_DATA_HOME", "/xdg")).dataDir());
        assertEquals(Path.of("L", "Crosswalk"),
                AppPaths.detect(installed("Windows 11", "C:\\Users\\val"), Map.of("LOCALAPPDATA", "L")).dataDir());
        assertEquals(Path.of("/Users/val/Library/Application Support/Crosswalk"),
                AppPaths.detect(installed("Mac OS X", "/Users/val"), NO_ENVIRONMENT).dataDir());
    }

    @Test
    void aDevelopmentRunUsesFoldersOfItsOwn() {
        assertEquals(Path.of("/home/val/.local/share/crosswalk-dev"),
                AppPaths.detect(development("Linux", "/home/val"), NO_ENVIRONMENT).dataDir());
        assertEquals(Path.of("L", "Crosswalk-dev"),
                AppPaths.detect(development("Windows 11", "C:\\Users\\val"), Map.of("LOCALAPPDATA", "L")).dataDir());
        assertEquals(Path.of("/Users/val/Library/Application Support/Crosswalk-dev"),
                AppPaths.detect(development("Mac OS X", "/Users/val"), NO_ENVIRONMENT).dataDir());
    }

    @Test
    void workspacesGoToDocumentsSeparatelyForInstalledAndDevelopmentRuns() throws IOException {
        Files.createDirectory(home.resolve("Documents"));
        AppPaths installed = AppPaths.detect(installed("Linux", home.toString()), NO_ENVIRONMENT);
        AppPaths development = AppPaths.detect(development("Linux", home.toString()), NO_ENVIRONMENT);

        assertEquals(home.resolve("Documents").resolve("Crosswalk"), installed.documentsDir());
        assertEquals(home.resolve("Documents").resolve("Crosswalk (development)"), development.documentsDir());
        assertNotEquals(installed.backupDir(), development.backupDir());
        assertNotEquals(installed.preferencesFile(), development.preferencesFile());
    }

    @Test
    void withoutADocumentsFolderWorkspacesStayInTheDataFolder() {
        AppPaths installed = AppPaths.detect(installed("Linux", home.toString()), NO_ENVIRONMENT);

        assertEquals(home.resolve(".local/share/crosswalk/workspaces"), installed.documentsDir());
        assertEquals(home.resolve(".local/share/crosswalk/backups"), installed.backupDir());
        assertEquals(home.resolve(".local/share/crosswalk/logs"), installed.logDir());
    }

    @Test
    void aChosenDataFolderWinsForBothAndHoldsTheWorkspaces() {
        for (Map<String, String> properties : List.of(installed("Linux", "/home/val"), development("Linux", "/home/val"))) {
            Map<String, String> chosen = new HashMap<>(properties);
            chosen.put("crosswalk.dataDir", "/tmp/cw");

            AppPaths paths = AppPaths.detect(chosen, NO_ENVIRONMENT);

            assertEquals(Path.of("/tmp/cw"), paths.dataDir());
            assertEquals(Path.of("/tmp/cw/workspaces"), paths.documentsDir());
            assertEquals(Path.of("/tmp/cw/backups"), paths.backupDir());
        }
        assertEquals(Path.of("/env/cw"),
                AppPaths.detect(development("Linux", "/home/val"), Map.of("CROSSWALK_DATA_DIR", "/env/cw")).dataDir());
    }

    private static Map<String, String> installed(String os, String home) {
        return Map.of("os.name", os, "user.home", home, AppPaths.INSTALLED_MARKER, "/opt/crosswalk/bin/Crosswalk");
    }

    private static Map<String, String> development(String os, String home) {
        return Map.of("os.name", os, "user.home", home);
    }
}
