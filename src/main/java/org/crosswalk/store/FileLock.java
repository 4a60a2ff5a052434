package org.crosswalk.store;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.Objects;
import java.util.Optional;

/**
 * Marks a workspace as open in this process, with an OS lock on a "-lock" file beside it. The
 * OS drops the lock when the process ends, even if it is killed, so a crash never leaves a file
 * stuck. (Not on the database file itself: closing any handle to it would drop SQLite's locks.)
 */
final class FileLock implements AutoCloseable {
    /** Lock files this process holds. */
    private static final java.util.Set<Path> HELD = java.util.concurrent.ConcurrentHashMap.newKeySet();

    private final Path path;
    private final FileChannel channel;
    private final java.nio.channels.FileLock lock;

    private FileLock(Path path, FileChannel channel, java.nio.channels.FileLock lock) {
        this.path = path;
        this.channel = channel;
        this.lock = lock;
    }

    static Path lockFileOf(Path workspace) {
        return workspace.resolveSibling(workspace.getFileName() + "-lock");
    }

    /** The lock, or empty when another process (or this one) holds it. */
    static Optional<FileLock> tryAcquire(Path workspace) throws IOException {
        Path path = lockFileOf(workspace.toAbsolutePath().normalize());
        // Asked again in this process, answer from memory: opening the lock file once more and
        // closing it would drop this process's OS lock (POSIX), freeing the file for others.
        if (!HELD.add(path)) {
            return Optional.empty();
        }
        Optional<FileLock> lock = Optional.empty();
        try {
            lock = acquire(path);
            return lock;
        } finally {
            if (lock.isEmpty()) {
                HELD.remove(path);
            }
        }
    }

    private static Optional<FileLock> acquire(Path path) throws IOException {
        for (int attempt = 0; attempt < 3; attempt++) {
            FileChannel channel = FileChannel.open(path, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
            Object openedKey = key(path);
            java.nio.channels.FileLock lock;
            try {
                lock = channel.tryLock();
            } catch (OverlappingFileLockException e) {
                lock = null;
            }
            if (lock == null) {
                channel.close();
                return Optional.empty();
            }
            // The previous holder deletes its lock file on close: make sure we locked the file
            // that is still there, not one it has just removed.
            if (Objects.equals(openedKey, key(path))) {
                return Optional.of(new FileLock(path, channel, lock));
            }
            lock.release();
            channel.close();
        }
        return Optional.empty();
    }

    private static Object key(Path path) throws IOException {
        try {
            return Files.readAttributes(path, BasicFileAttributes.class).fileKey();
        } catch (NoSuchFileException e) {
            return null;
        }
    }

    @Override
    public void close() throws IOException {
        try {
            Files.deleteIfExists(path);
        } finally {
            try {
                lock.release();
                channel.close();
            } finally {
                HELD.remove(path);
            }
        }
    }
}
