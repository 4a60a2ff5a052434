package org.crosswalk.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.Objects;
import org.crosswalk.store.edit.SaveFailedException;

/**
 * Which file a workspace was opened from (its file key: device and inode on Linux and macOS). On
 * those systems a file can be deleted, moved or replaced while it is open, and SQLite would go on
 * saving edits into the vanished file, lost at close; checking before each edit stops that.
 */
final class FileIdentity {
    private final Path path;
    private final Object key;

    private FileIdentity(Path path, Object key) {
        this.path = path;
        this.key = key;
    }

    static FileIdentity of(Path path) {
        return new FileIdentity(path, keyOf(path));
    }

    /** Throws when the path no longer names the file that was opened. */
    void verify() {
        Object now = keyOf(path);
        if (now == null || !Objects.equals(key, now)) {
            throw new SaveFailedException("“" + path.getFileName() + "” was deleted, moved or replaced by another "
                    + "file while it was open here, so this change was not made. Everything you did before it is "
                    + "still in this window: use File > Save a Copy As… to keep it, then open that copy.", null);
        }
    }

    /** The file key, "none" where the system has none (only existence is checked then), null if gone. */
    private static Object keyOf(Path path) {
        try {
            Object key = Files.readAttributes(path, BasicFileAttributes.class).fileKey();
            return key == null ? "none" : key;
        } catch (IOException e) {
            return null;
        }
    }
}
