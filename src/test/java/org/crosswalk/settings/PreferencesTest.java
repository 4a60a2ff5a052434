package org.crosswalk.settings;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PreferencesTest {
    @TempDir
    Path folder;

    @Test
    void changesSurviveARestart() {
        Path file = folder.resolve("data").resolve("preferences.properties");
        Preferences first = Preferences.load(file);
        first.setAuthorName("Val Messenger");
        first.setZoomPercent(150);
        first.addRecentFile(folder.resolve("a.crosswalk"));
        first.addRecentFile(folder.resolve("b.crosswalk"));
        first.addRecentFile(folder.resolve("a.crosswalk"));
        first.flush();

        Preferences second = Preferences.load(file);
        assertEquals("Val Messenger", second.authorName());
        assertEquals(150, second.zoomPercent());
        assertEquals(List.of(folder.resolve("a.crosswalk"), folder.resolve("b.crosswalk")), second.recentFiles());
    }

    @Test
    void zoomStaysBetween100And200AndAnUnreadableFileGivesDefaults() throws Exception {
        Path file = Files.writeString(folder.resolve("preferences.properties"), "zoom.percent=900\nauthor.name=\n");
        Preferences preferences = Preferences.load(file);
        assertEquals(200, preferences.zoomPercent());
        assertEquals(System.getProperty("user.name"), preferences.authorName(), "blank name: the OS user");
        Files.writeString(file, "zoom.percent=lots\n");
        assertEquals(100, Preferences.load(file).zoomPercent());
    }

    @Test
    void recentFilesAreLimited() {
        Preferences preferences = Preferences.load(folder.resolve("p.properties"), Runnable::run);
        for (int i = 0; i < 12; i++) {
            preferences.addRecentFile(folder.resolve(i + ".crosswalk"));
        }
        assertEquals(Preferences.RECENT_LIMIT, preferences.recentFiles().size());
        assertEquals(folder.resolve("11.crosswalk"), preferences.lastWorkspace().orElseThrow());
    }
}
