package org.crosswalk.ui;

import java.nio.file.Files;
import java.nio.file.Path;

/** Where a file chooser for something to import starts: the folder of the last file, else Downloads, else home. */
public final class StartFolder {
    private StartFolder() {
    }

    /** @param last the folder of the last file chosen, or null */
    public static Path forImport(Path last) {
        if (last != null && Files.isDirectory(last)) {
            return last;
        }
        Path home = Path.of(System.getProperty("user.home"));
        Path downloads = home.resolve("Downloads");
        return Files.isDirectory(downloads) ? downloads : home;
    }
}
